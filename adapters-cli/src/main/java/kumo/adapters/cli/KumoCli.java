package kumo.adapters.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

import kumo.application.assess.AssessUseCase;
import kumo.application.document.Documents;
import kumo.application.records.port.in.StoreSession;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The {@code kumo} command line: picocli commands over the application's use cases. It builds nothing of the
 * core and opens no store: the composition root ({@code kumo.app}) hands it the use cases, the clock and the
 * configured defaults. Output goes to the given streams, always as UTF-8 whatever the platform default; the
 * return value is the process exit code (see docs/cli.md). Tests build one with their own use cases and a
 * fixed {@link Clock} and run it in-process.
 */
public final class KumoCli {

    /** What the commands need from the core; the composition root supplies it lazily. */
    public record Wiring(AssessUseCase assess, Documents documents, Catalogue catalogue) {

        public Wiring {
            Objects.requireNonNull(assess, "assess");
            Objects.requireNonNull(documents, "documents");
            Objects.requireNonNull(catalogue, "catalogue");
        }
    }

    /**
     * The configured defaults of options the user may leave out.
     *
     * @param actor    who makes a change when {@code --actor} is not given ({@code KUMO_ACTOR}, else the OS user)
     * @param language the language when {@code --lang} is not given ({@code KUMO_LANG}, else ja)
     */
    public record Settings(String actor, Language language) {

        public Settings {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(language, "language");
        }
    }

    /**
     * How {@code kumo serve} starts the web front door over a store session; the composition root supplies it
     * (the CLI does not know the web adapter).
     */
    @FunctionalInterface
    public interface WebServer {

        /**
         * Starts listening on {@code host:port} ({@code 0}: any free port) with the use cases over {@code session}.
         *
         * @throws CannotListen when the address is taken or is not this machine's
         */
        Running start(String host, int port, StoreSession session);

        /** A server that is listening. */
        interface Running extends AutoCloseable {

            /** The port listened on. */
            int port();

            /** Blocks until the server is stopped. */
            void awaitStop() throws InterruptedException;

            /** Stops listening. */
            @Override
            void close();
        }

        /** The address cannot be listened on. */
        final class CannotListen extends RuntimeException {

            private static final long serialVersionUID = 1L;

            public CannotListen(String message, Throwable cause) {
                super(message, cause);
            }
        }
    }

    private final Supplier<Catalogue> catalogue;
    private final Supplier<Wiring> wiring;
    private final Clock clock;
    private final StoreSession.Sessions stores;
    private final Settings settings;
    private final WebServer web;

    /**
     * @param catalogue the catalogue, for {@code --version}; may fail (then the version line omits it)
     * @param wiring    the use cases and documents, asked for only by commands that need them, so {@code --help}
     *                  and {@code --version} work even when they cannot be built
     * @param clock     "today" is its date in its zone (the configured time zone) when neither {@code --date}
     *                  nor the request gives a date
     * @param stores    the store's use cases by location; {@code null}: the store commands are unavailable
     */
    public KumoCli(Supplier<Catalogue> catalogue, Supplier<Wiring> wiring, Clock clock, StoreSession.Sessions stores,
            Settings settings) {
        this(catalogue, wiring, clock, stores, settings, null);
    }

    /**
     * @param web how {@code kumo serve} starts the web front door; {@code null}: {@code serve} is unavailable
     */
    public KumoCli(Supplier<Catalogue> catalogue, Supplier<Wiring> wiring, Clock clock, StoreSession.Sessions stores,
            Settings settings, WebServer web) {
        this.web = web;
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.wiring = Objects.requireNonNull(wiring, "wiring");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stores = stores;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Runs one command line; {@code in} is what {@code -} reads. Returns the exit code. */
    public int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String[] argv = args == null ? new String[0] : args.clone();
        PrintWriter o = utf8(out);
        PrintWriter e = utf8(err);
        try {
            return commandLine(in, o, e, out, new BatchCommand.Terminal(Progress.isTerminal(out), Progress.isTerminal(err)))
                    .execute(argv);
        } catch (RuntimeException | LinkageError ex) {
            // thrown outside the command (picocli's own handlers catch what the command throws)
            return internalError(ex, e, Arrays.asList(argv).contains("--debug"),
                    Languages.sniff(Arrays.asList(argv), settings.language()));
        } finally {
            o.flush();
            e.flush();
        }
    }

    /**
     * The picocli command tree, writing to {@code out} and {@code err}; {@code stdout} is the raw standard output;
     * {@code terminal}: which of the standard streams are terminals.
     */
    CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, PrintStream stdout,
            BatchCommand.Terminal terminal) {
        StoreCommand.Context store = new StoreCommand.Context(stores, wiring, clock, in, stdout, settings.actor());
        CommandLine cl = new CommandLine(new RootCommand(settings.language()));
        cl.addSubcommand("assess", new CommandLine(new AssessCommand(wiring, clock, in, store)));
        cl.addSubcommand("batch", new CommandLine(new BatchCommand(wiring, clock, in, stdout, terminal)));
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
        cl.addSubcommand("audit", group("The audit trail: verify the hash chain, list events, sign checkpoints of its head.",
                "監査ログ（連鎖の検証、一覧、末尾の署名付きチェックポイント）。",
                new AuditCommands.Verify(store), new AuditCommands.ListEvents(store), new AnchorCommands.Sign(store),
                new AnchorCommands.Head(store), new AnchorCommands.Keygen()));
        cl.addSubcommand("serve", new CommandLine(new ServeCommand(store, web)));
        everyCommand(cl, command -> {
            command.getCommandSpec().versionProvider(new KumoVersion(this::catalogueLine));
            command.getCommandSpec().usageMessage()
                    .exitCodeListHeading("%nExit codes / 終了コード:%n")
                    .exitCodeList(ExitCodes.HELP);
        });
        // --lang without a value on the command line: the configured language
        cl.setDefaultValueProvider(arg -> arg.isOption() && "--lang".equals(((CommandLine.Model.OptionSpec) arg).longestName())
                ? settings.language().name().toLowerCase(java.util.Locale.ROOT) : null);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new ParameterErrors(settings.language()));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> internalError(ex, commandLine.getErr(),
                debug(parseResult), Languages.sniff(parseResult.originalArgs(), settings.language())));
        return cl;
    }

    /** {@code kumo service} / {@code kumo system}: save, list, show over one kind of row. */
    private static CommandLine group(RecordKind<?, ?> kind, StoreCommand.Context store, String en, String ja) {
        CommandLine group = group(en, ja);
        String title = kind.title();
        String titleJa = kind.titleJa();
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

    /** UTF-8 on top of the given stream, whatever {@code file.encoding} or the console says. */
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), true);
    }
}
