package kumo.adapters.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import kumo.application.assess.AssessService;
import kumo.application.assess.AssessUseCase;
import kumo.application.document.Documents;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;
import kumo.domain.rules.v1.CatalogueV1;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The {@code kumo} command line: picocli commands over the application's use cases. Output goes to
 * the given streams, always as UTF-8 whatever the platform default; the return value is the process
 * exit code (see docs/cli.md). Tests build one with their own use case and a fixed {@link Clock} and
 * run it in-process; {@link #run} is the entry point of the composition root.
 */
public final class KumoCli {

    /** "Today" is the date in Japan: the policy is Kobe City's. */
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** What the commands need from the core, built lazily on the default path. */
    record Wiring(AssessUseCase assess, Documents documents, Catalogue catalogue) {

        Wiring {
            Objects.requireNonNull(assess, "assess");
            Objects.requireNonNull(documents, "documents");
            Objects.requireNonNull(catalogue, "catalogue");
        }
    }

    private final Supplier<Wiring> wiring;
    private final Supplier<Catalogue> catalogue;
    private final Clock clock;

    /**
     * A CLI over the given use case, with {@link Documents#create()} (Bean Validation through the
     * provider on the class path) and the texts of catalogue version 1.
     *
     * @param clock where "today" comes from when neither {@code --date} nor the request gives a date
     *              (read as a date in Japan, whatever the clock's zone)
     */
    public KumoCli(AssessUseCase assess, Clock clock) {
        this(assess, Documents.create(), CatalogueV1.catalogue(), clock);
    }

    /**
     * A CLI over the given use case, reading and writing documents with {@code documents}, labelling
     * the report with the texts of {@code catalogue} (the one the use case assesses against).
     */
    public KumoCli(AssessUseCase assess, Documents documents, Catalogue catalogue, Clock clock) {
        Wiring w = new Wiring(assess, documents, catalogue);
        this.wiring = () -> w;
        this.catalogue = () -> catalogue;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private KumoCli(Supplier<Catalogue> catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.wiring = new Lazy<>(() -> defaultWiring(catalogue));
        this.clock = clock;
    }

    /**
     * The default wiring: catalogue version 1, {@link AssessService}, the system clock in Japan. The
     * catalogue and Bean Validation are loaded on first use, so {@code --help} and {@code --version}
     * work even when they cannot be.
     */
    public static KumoCli withDefaults() {
        return new KumoCli(new Lazy<>(KumoCli::catalogueV1), Clock.system(TOKYO));
    }

    /** The composition root's entry point: default wiring, standard input, exit code returned. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return withDefaults().execute(args, System.in, out, err);
    }

    /** Runs one command line; {@code in} is what {@code -} reads. Returns the exit code. */
    public int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String[] argv = args == null ? new String[0] : args.clone();
        PrintWriter o = utf8(out);
        PrintWriter e = utf8(err);
        try {
            return commandLine(in, o, e).execute(argv);
        } catch (RuntimeException | LinkageError ex) {
            // thrown outside the command (picocli's own handlers catch what the command throws)
            return internalError(ex, e, Arrays.asList(argv).contains("--debug"), Languages.sniff(Arrays.asList(argv)));
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** The picocli command tree, writing to {@code out} and {@code err}. */
    CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.addSubcommand("assess", new CommandLine(new AssessCommand(wiring, clock, in)));
        cl.getCommandSpec().versionProvider(new KumoVersion(this::catalogueLine));
        for (CommandLine command : List.of(cl, cl.getSubcommands().get("assess"))) {
            command.getCommandSpec().usageMessage()
                    .exitCodeListHeading("%nExit codes / 終了コード:%n")
                    .exitCodeList(ExitCodes.HELP);
        }
        cl.getSubcommands().get("assess").getCommandSpec().versionProvider(new KumoVersion(this::catalogueLine));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new ParameterErrors());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> internalError(ex, commandLine.getErr(),
                debug(parseResult), Languages.sniff(parseResult.originalArgs())));
        return cl;
    }

    private String catalogueLine() {
        try {
            Catalogue c = catalogue.get();
            return "catalogue " + c.version() + " (Kobe City cloud policy of " + c.policyDate() + ")";
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static boolean debug(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** Exit 1: the message only, the stack trace only with {@code --debug}. */
    private static int internalError(Throwable ex, PrintWriter err, boolean debug, Language language) {
        CliTexts cli = CliTexts.of(language);
        // the exception's own message may name Java classes: it is shown only on request
        new Problems(cli, err).error(debug ? cli.get("error.internal.detail", message(ex)) : cli.get("error.internal"));
        if (debug) {
            ex.printStackTrace(err);
        } else {
            err.println(cli.get("error.internal.hint"));
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** The first non-blank message in the cause chain, else the exception's simple class name. */
    static String message(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return ex.getClass().getSimpleName();
    }

    private static Catalogue catalogueV1() {
        try {
            return CatalogueV1.catalogue();
        } catch (LinkageError e) {
            throw new IllegalStateException("cannot load the requirement catalogue: " + message(e), e);
        }
    }

    private static Wiring defaultWiring(Supplier<Catalogue> catalogue) {
        Catalogue c = catalogue.get();
        Documents documents = Documents.create();
        return new Wiring(new AssessService(c, documents), documents, c);
    }

    /** UTF-8 on top of the given stream, whatever {@code file.encoding} or the console says. */
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), true);
    }

    /** A supplier computed once, on first use (also after a failure: the failure is thrown again). */
    private static final class Lazy<T> implements Supplier<T> {

        private final Supplier<T> compute;
        private T value;

        Lazy(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }
}
