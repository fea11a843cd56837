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
import java.util.function.UnaryOperator;

import kumo.application.assess.AssessService;
import kumo.application.assess.AssessUseCase;
import kumo.application.document.Documents;
import kumo.application.records.RecordsService;
import kumo.application.records.RecordsUseCase;
import kumo.application.records.Store;
import kumo.application.records.StoreOpener;
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
    private final StoreOpener opener;
    private final UnaryOperator<String> environment;

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
        this(assess, documents, catalogue, clock, null);
    }

    /**
     * As {@link #KumoCli(AssessUseCase, Documents, Catalogue, Clock)}, with the store commands ({@code kumo
     * service|system|assessment|store|audit}, {@code kumo assess --record}) opening stores through {@code
     * opener}.
     *
     * @param opener opens the store named by {@code --store}; {@code null}: the store commands are unavailable
     */
    public KumoCli(AssessUseCase assess, Documents documents, Catalogue catalogue, Clock clock, StoreOpener opener) {
        Wiring w = new Wiring(assess, documents, catalogue);
        this.wiring = () -> w;
        this.catalogue = () -> catalogue;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.opener = opener;
        this.environment = System::getenv;
    }

    private KumoCli(Supplier<Catalogue> catalogue, Clock clock, StoreOpener opener) {
        this(catalogue, new Lazy<>(() -> defaultWiring(catalogue)), clock, opener, System::getenv);
    }

    private KumoCli(Supplier<Catalogue> catalogue, Supplier<Wiring> wiring, Clock clock, StoreOpener opener,
            UnaryOperator<String> environment) {
        this.catalogue = catalogue;
        this.wiring = wiring;
        this.clock = clock;
        this.opener = opener;
        this.environment = environment;
    }

    /** This CLI reading {@code KUMO_STORE} and {@code KUMO_ACTOR} from {@code environment} instead of the process's. */
    KumoCli withEnvironment(UnaryOperator<String> environment) {
        return new KumoCli(catalogue, wiring, clock, opener, Objects.requireNonNull(environment, "environment"));
    }

    /**
     * The default wiring: catalogue version 1, {@link AssessService}, the system clock in Japan. The
     * catalogue and Bean Validation are loaded on first use, so {@code --help} and {@code --version}
     * work even when they cannot be.
     */
    public static KumoCli withDefaults() {
        return withDefaults(null);
    }

    /** The default wiring, with the store commands opening stores through {@code opener}. */
    public static KumoCli withDefaults(StoreOpener opener) {
        return new KumoCli(new Lazy<>(KumoCli::catalogueV1), Clock.system(TOKYO), opener);
    }

    /** An entry point without a store: default wiring, standard input, exit code returned. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return withDefaults().execute(args, System.in, out, err);
    }

    /**
     * The composition root's entry point: default wiring, stores opened by {@code opener}, standard input,
     * exit code returned.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, StoreOpener opener) {
        return withDefaults(Objects.requireNonNull(opener, "opener")).execute(args, System.in, out, err);
    }

    /** Runs one command line; {@code in} is what {@code -} reads. Returns the exit code. */
    public int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String[] argv = args == null ? new String[0] : args.clone();
        PrintWriter o = utf8(out);
        PrintWriter e = utf8(err);
        try {
            return commandLine(in, o, e, out).execute(argv);
        } catch (RuntimeException | LinkageError ex) {
            // thrown outside the command (picocli's own handlers catch what the command throws)
            return internalError(ex, e, Arrays.asList(argv).contains("--debug"), Languages.sniff(Arrays.asList(argv)));
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** The picocli command tree, writing to {@code out} and {@code err}; {@code stdout} is the raw standard output. */
    CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, PrintStream stdout) {
        StoreCommand.Context store = new StoreCommand.Context(
                new StoreAccess(opener, this::records, environment, stdout), wiring, clock, in);
        CommandLine cl = new CommandLine(new RootCommand());
        cl.addSubcommand("assess", new CommandLine(new AssessCommand(wiring, clock, in, store)));
        cl.addSubcommand("service", group(RecordKind.SERVICE, store,
                "Keep the catalogue of cloud services: save, list, show.",
                "クラウドサービスの台帳（保存、一覧、表示）。"));
        cl.addSubcommand("system", group(RecordKind.SYSTEM, store,
                "Keep the systems: save, list, show, delete on request, history.",
                "システムの台帳（保存、一覧、表示、依頼による削除、履歴）。")
                .addSubcommand("delete", new CommandLine(new RecordCommands.Delete(store)))
                .addSubcommand("history", new CommandLine(new SystemHistoryCommand(store))));
        cl.addSubcommand("assessment", group("Recorded assessments: list, show, diff, expiring evidence.",
                "記録した評価（一覧、表示、差分、期限が近い証拠）。",
                new AssessmentCommands.ListAssessments(store), new AssessmentCommands.Show(store),
                new AssessmentCommands.Diff(store), new AssessmentCommands.Expiring(store)));
        cl.addSubcommand("store", group("The store as a whole: export, import, backup.",
                "保存先全体（書き出し、取り込み、バックアップ）。",
                new StoreFileCommands.Export(store), new StoreFileCommands.Import(store),
                new StoreFileCommands.Backup(store)));
        cl.addSubcommand("audit", group("The audit trail: verify the hash chain, list events.",
                "監査ログ（連鎖の検証、一覧）。",
                new AuditCommands.Verify(store), new AuditCommands.ListEvents(store)));
        everyCommand(cl, command -> {
            command.getCommandSpec().versionProvider(new KumoVersion(this::catalogueLine));
            command.getCommandSpec().usageMessage()
                    .exitCodeListHeading("%nExit codes / 終了コード:%n")
                    .exitCodeList(ExitCodes.HELP);
        });
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new ParameterErrors());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> internalError(ex, commandLine.getErr(),
                debug(parseResult), Languages.sniff(parseResult.originalArgs())));
        return cl;
    }

    /** {@code kumo service} / {@code kumo system}: save, list, show over one kind of row. */
    private static CommandLine group(RecordKind<?, ?> kind, StoreCommand.Context store, String en, String ja) {
        CommandLine group = group(en, ja);
        String title = kind == RecordKind.SERVICE ? "cloud service" : "system";
        String titleJa = kind == RecordKind.SERVICE ? "クラウドサービス" : "システム";
        group.addSubcommand("save", header(new CommandLine(new RecordCommands.Save<>(store, kind)),
                "Create or update a " + title + " (optimistic locking: name the version you edited).",
                titleJa + "を登録又は更新します（編集元の版を指定する楽観的排他制御）。"));
        group.addSubcommand("list", header(new CommandLine(new RecordCommands.ListRows<>(store, kind)),
                "List the stored " + title + "s by key.", "保存した" + titleJa + "をキーの順に一覧します。"));
        group.addSubcommand("show", header(new CommandLine(new RecordCommands.Show<>(store, kind)),
                "Show one stored " + title + ".", "保存した" + titleJa + "を1件表示します。"));
        return group;
    }

    private static CommandLine group(String en, String ja, Object... subcommands) {
        CommandLine group = header(new CommandLine(new GroupCommand()), en, ja);
        for (Object subcommand : subcommands) {
            CommandLine sub = new CommandLine(subcommand);
            group.addSubcommand(sub.getCommandName(), sub);
        }
        return group;
    }

    private static CommandLine header(CommandLine command, String en, String ja) {
        command.getCommandSpec().usageMessage().header(en, ja);
        return command;
    }

    private static void everyCommand(CommandLine command, java.util.function.Consumer<CommandLine> action) {
        action.accept(command);
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                everyCommand(sub, action);
            }
        }
    }

    /** The use cases over one opened store, with this CLI's assessor, documents and clock ("today" in Japan). */
    private RecordsUseCase records(Store store) {
        Wiring w = wiring.get();
        return new RecordsService(store, w.assess(), w.documents(), clock);
    }

    private String catalogueLine() {
        try {
            Catalogue c = catalogue.get();
            return "catalogue " + c.version() + " (Kobe City cloud policy of " + c.policyDate() + ")";
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    static boolean debug(ParseResult parseResult) {
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
