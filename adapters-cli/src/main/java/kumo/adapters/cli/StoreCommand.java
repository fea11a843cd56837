package kumo.adapters.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import kumo.application.document.InvalidDocumentException;
import kumo.application.records.Actor;
import kumo.application.records.Page;
import kumo.application.records.StoreException;
import kumo.application.records.StoreLocation;
import kumo.application.records.port.in.StoreSession;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that works on the store: {@code --lang} and {@code --store} for all of them; the options are
 * checked and the input read ({@link #prepare}) before the store is opened, so bad input never touches it.
 * Then the store is opened, the work done ({@link #run}) and the store closed. A {@link StoreException}
 * becomes its message in the user's language and the exit code of its reason ({@link ExitCodes#of(
 * StoreException.Reason)}); details (the cause) only with {@code --debug}.
 */
abstract class StoreCommand extends KumoCommand {

    /** How times are shown in text output: to the second, in the time zone that defines "today". */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    /** The zone whose times are labelled "JST" (日本時間); times in another configured zone are labelled with its id. */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");


    @Mixin
    Options.StoreOption storeOption;

    /** Set by {@link KumoCli} when it builds the command tree. */
    final Context context;

    /** The output shape {@code --format} chose, for commands that have one ({@link #textOrJson}). */
    String shape;

    /**
     * What every store command is built with.
     *
     * @param stores       the use cases over a store location, from the composition root
     * @param clock        "today" is its date in its zone
     * @param stdout       the raw standard output (for {@code kumo store export -})
     * @param defaultActor who makes a change when {@code --actor} is not given (configured by the composition root)
     */
    record Context(StoreSession.Sessions stores, Supplier<KumoCli.Wiring> wiring, Clock clock, InputStream stdin,
            PrintStream stdout, String defaultActor) {
    }

    StoreCommand(Context context) {
        this.context = context;
    }

    @Override
    final Integer execute() {
        Integer stop = prepare();
        if (stop != null) {
            return stop;
        }
        int code = withStore(this::run);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Checks the options and reads the input, before the store is opened.
     *
     * @return an exit code to stop with (after printing why), or {@code null} to go on
     */
    Integer prepare() {
        return null;
    }

    /** The work, with the store open; returns the exit code. */
    abstract int run(StoreSession session);

    /** Opens the store, runs {@code work}, closes the store; store failures become their exit codes. */
    int withStore(Work work) {
        return withStore(context, storeOption.location, spec, cli, err, inputName(), work);
    }

    /**
     * Runs {@code work} with the use cases over the store named by {@code storeOption} (or the configured one),
     * then closes the store if the work opened it. A
     * {@link StoreException} is printed in the user's language and becomes the exit code of its reason; an
     * invalid document read meanwhile is reported as {@code inputName}'s.
     */
    static int withStore(Context context, String storeOption, CommandSpec spec, CliTexts cli, PrintWriter err,
            String inputName, Work work) {
        if (context.stores() == null) {
            throw new IllegalStateException("this kumo was built without a store");
        }
        Problems problems = new Problems(cli, err);
        StoreSession session;
        try {
            // parsed here: a location that is not one (a SQLite path with ?settings) is bad input, exit 2
            session = context.stores().at(storeOption);
        } catch (StoreException e) {
            return storeFailure(e, null, spec, cli, err, problems);
        }
        StoreLocation location = session.location();
        try (session) {
            return work.run(session);
        } catch (StoreException e) {
            return storeFailure(e, location, spec, cli, err, problems);
        } catch (InvalidDocumentException e) {
            return problems.invalid(inputName, e, "error.invalidInput");
        }
    }

    /**
     * Prints a store failure in the user's language (with the location, shown without credentials, when the store
     * is unusable) and returns its exit code.
     */
    private static int storeFailure(StoreException e, StoreLocation location, CommandSpec spec, CliTexts cli,
            PrintWriter err, Problems problems) {
        int code = ExitCodes.of(e.reason());
        problems.error(e.text().in(cli.language()));
        // a full export or backup target is named by the message; the store itself is fine
        if (code == ExitCodes.STORE_UNUSABLE && location != null && e.reason() != StoreException.Reason.TARGET_FULL) {
            err.println("  " + cli.get("store.location", location));
        }
        if (KumoCli.debug(spec.root().commandLine().getParseResult()) && e.getCause() != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The work done with the store's use cases. */
    @FunctionalInterface
    interface Work {
        int run(StoreSession session);
    }

    /** The input named in a message about an invalid document read while the store is open. */
    String inputName() {
        return cli.get("error.stdin");
    }

    // ---------------------------------------------------------------- option checks

    /** An option error: the message, then where the usage is; exit 2. */
    int usage(String message) {
        return problems.usage(spec.qualifiedName(), message);
    }

    /** The {@code --format} value in lower case when it is one of {@code allowed}, else {@code null}. */
    static String format(String value, List<String> allowed) {
        String shape = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return allowed.contains(shape) ? shape : null;
    }

    /**
     * Reads a {@code --format text|json} value into {@link #shape}.
     *
     * @return an exit code to stop with (after printing why), or {@code null} to go on
     */
    Integer textOrJson(String value) {
        shape = format(value, RecordCommands.TEXT_JSON);
        return shape == null ? usage(badFormat(value, RecordCommands.TEXT_JSON)) : null;
    }

    /** The message for a {@code --format} value that is none of {@code allowed}. */
    String badFormat(String value, List<String> allowed) {
        return cli.get("error.badChoice", "--format", value, String.join(" | ", allowed));
    }

    /** The actor named by {@code --actor} (or the configured one), or {@code null} after printing why it is unusable. */
    Actor actor(String option) {
        return actor(option != null ? option : context.defaultActor(), cli, problems, spec.qualifiedName());
    }

    /** An actor of this name, or {@code null} after printing why it is unusable (naming {@code --actor}). */
    static Actor actor(String name, CliTexts cli, Problems problems, String command) {
        try {
            return new Actor(name);
        } catch (IllegalArgumentException e) {
            problems.usage(command, cli.get("error.badActor", name, Actor.MAX_LENGTH));
            return null;
        }
    }

    // ---------------------------------------------------------------- output helpers

    /** A stored time as shown in text: to the second, in the clock's zone (Japan time by default), which is named. */
    String time(Instant at) {
        if (at == null) {
            return cli.get("unknown");
        }
        ZoneId zone = context.clock().getZone();
        String shown = TIME.withZone(zone).format(at);
        return JAPAN.equals(zone) ? cli.get("time.jst", shown) : cli.get("time.zone", shown, zone.getId());
    }

    /** Today by the CLI's clock, in its zone (the configured one: Japan by default). */
    LocalDate today() {
        return LocalDate.now(context.clock());
    }

    /** How a piece of evidence stands on {@code today}: days left, or expired how long ago. */
    String evidenceState(LocalDate today, LocalDate expiresOn) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, expiresOn);
        return days < 0 ? cli.get("expiring.expired", -days) : cli.get("expiring.left", days);
    }

    /** The label of an evidence kind (ISMAP_REGISTRATION…), or the code itself for a kind without one. */
    String evidenceKind(String kind) {
        String key = "evidenceKind." + kind;
        return cli.has(key) ? cli.get(key) : kind;
    }

    /** The one line about which page of how many was shown, and how to get the next. */
    void pageFooter(Page<?> page) {
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        if (page.items().isEmpty()) {
            out.println(cli.get("list.empty", page.total(), page.page(), pages));
            return;
        }
        long first = (long) (page.page() - 1) * page.size() + 1;
        out.println(cli.get("list.footer", first, first + page.items().size() - 1, page.total(), page.page(), pages));
        if (page.hasNext()) {
            out.println(cli.get("list.next", page.page() + 1));
        }
    }
}
