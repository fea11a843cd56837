package kumo.adapters.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import kumo.application.document.InvalidDocumentException;
import kumo.application.records.Actor;
import kumo.application.records.Page;
import kumo.application.records.RecordsUseCase;
import kumo.application.records.Store;
import kumo.application.records.StoreException;
import kumo.domain.catalogue.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that works on the store: {@code --lang} and {@code --store} for all of them; the options are
 * checked and the input read ({@link #prepare}) before the store is opened, so bad input never touches it.
 * Then the store is opened, the work done ({@link #run}) and the store closed. A {@link StoreException}
 * becomes its message in the user's language and the exit code of its reason ({@link ExitCodes#of(
 * StoreException.Reason)}); details (the cause) only with {@code --debug}.
 */
abstract class StoreCommand implements Callable<Integer> {

    /** How times are shown in text output: Japan time, to the second. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(KumoCli.TOKYO);

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja",
            description = {"Language of the output and of the messages: ja (default) or en.",
                           "出力とメッセージの言語（既定は ja）。"})
    String lang;

    @Option(names = "--store", paramLabel = "LOCATION",
            description = {"The store: a SQLite file (created on first use) or jdbc:postgresql://host:port/db?user=… "
                    + "Default: $KUMO_STORE, else kumo.db in the working directory.",
                           "保存先（SQLite ファイル又は jdbc:postgresql://…）。既定は環境変数 KUMO_STORE、なければ kumo.db。"})
    String store;

    /** Set by {@link KumoCli} when it builds the command tree. */
    final Context context;

    CliTexts cli;
    Problems problems;
    PrintWriter out;
    PrintWriter err;

    /** What every store command is built with. */
    record Context(StoreAccess access, Supplier<KumoCli.Wiring> wiring, Clock clock, InputStream stdin) {
    }

    /** The opened store and the use cases over it, for one command. */
    record Session(Store store, RecordsUseCase records, String location) {
    }

    StoreCommand(Context context) {
        this.context = context;
    }

    @Override
    public final Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        Language language = Languages.parse(lang);
        if (language == null) {
            for (Language l : Language.values()) {
                new Problems(CliTexts.of(l), err).error(CliTexts.of(l).get("error.badLang", lang));
            }
            err.println(CliTexts.of(Language.JA).get("error.usage", spec.qualifiedName()));
            return ExitCodes.BAD_INPUT;
        }
        cli = CliTexts.of(language);
        problems = new Problems(cli, err);
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
    abstract int run(Session session);

    /** Opens the store, runs {@code work}, closes the store; store failures become their exit codes. */
    int withStore(Work work) {
        return withStore(context, store, spec, cli, err, inputName(), work);
    }

    /**
     * Opens the store named by {@code storeOption} (or its defaults), runs {@code work} and closes the store. A
     * {@link StoreException} is printed in the user's language and becomes the exit code of its reason; an
     * invalid document read meanwhile is reported as {@code inputName}'s.
     */
    static int withStore(Context context, String storeOption, CommandSpec spec, CliTexts cli, PrintWriter err,
            String inputName, Work work) {
        StoreAccess access = context.access();
        if (access.opener() == null) {
            throw new IllegalStateException("this kumo was built without a store");
        }
        String location = access.location(storeOption);
        Problems problems = new Problems(cli, err);
        try (Store opened = access.opener().open(location)) {
            RecordsUseCase records = access.records().apply(opened);
            return work.run(new Session(opened, records, location));
        } catch (StoreException e) {
            int code = ExitCodes.of(e.reason());
            problems.error(e.text().in(cli.language()));
            if (code == ExitCodes.STORE_UNUSABLE) {
                err.println("  " + cli.get("store.location", location));
            }
            if (KumoCli.debug(spec.root().commandLine().getParseResult()) && e.getCause() != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return code;
        } catch (InvalidDocumentException e) {
            return problems.invalid(inputName, e, "error.invalidInput");
        }
    }

    /** The work done with an open store. */
    @FunctionalInterface
    interface Work {
        int run(Session session);
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

    /** The message for a {@code --format} value that is none of {@code allowed}. */
    String badFormat(String value, List<String> allowed) {
        return cli.get("error.badChoice", "--format", value, String.join(" | ", allowed));
    }

    /** The actor named by {@code --actor} (or its defaults), or {@code null} after printing why it is unusable. */
    Actor actor(String option) {
        return actor(context.access().actor(option), cli, problems, spec.qualifiedName());
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

    /** A stored time as shown in text: Japan time to the second. */
    String time(Instant at) {
        return at == null ? cli.get("unknown") : cli.get("time.jst", TIME.format(at));
    }

    /** Today in Japan, by the CLI's clock. */
    LocalDate today() {
        return LocalDate.ofInstant(context.clock().instant(), KumoCli.TOKYO);
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
