package kumo.adapters.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import kumo.application.answers.AnswerSheetUseCase;
import kumo.application.assess.AssessUseCase;
import kumo.application.document.Documents;
import kumo.application.records.port.in.StoreSession;
import kumo.application.spec.ProcurementSpecificationUseCase;
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

    /**
     * What the commands need from the core; the composition root supplies it lazily.
     *
     * @param spec the procurement specification ({@code kumo spec}); {@code null}: not available
     * @param answers the vendor answer sheet ({@code kumo answers}, {@code assess --answers}); {@code null}: not available
     */
    public record Wiring(AssessUseCase assess, Documents documents, Catalogue catalogue,
            ProcurementSpecificationUseCase spec, AnswerSheetUseCase answers) {

        public Wiring {
            Objects.requireNonNull(assess, "assess");
            Objects.requireNonNull(documents, "documents");
            Objects.requireNonNull(catalogue, "catalogue");
        }

        /** Without {@code kumo spec}'s use case and the answer sheet (for front doors and tests that use neither). */
        public Wiring(AssessUseCase assess, Documents documents, Catalogue catalogue) {
            this(assess, documents, catalogue, null, null);
        }

        /** {@code kumo spec}'s use case; a wiring without one is a programming error of the composition root. */
        @Override
        public ProcurementSpecificationUseCase spec() {
            return Objects.requireNonNull(spec, "the composition root wired no ProcurementSpecificationUseCase");
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
        // --help speaks the language of the --lang on the command line, else the configured one
        Language language = Languages.sniff(Arrays.asList(argv), settings.language());
        try {
            return commandLine(in, o, e, out, language,
                    new BatchCommand.Terminal(Progress.isTerminal(out), Progress.isTerminal(err))).execute(argv);
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
     * {@code terminal}: which of the standard streams are terminals. Its help texts are those of {@code language}
     * ({@link HelpTexts}): every command's, option's and parameter's.
     */
    CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, PrintStream stdout, Language language,
            BatchCommand.Terminal terminal) {
        ResourceBundle help = HelpTexts.bundle(language);
        StoreCommand.Context store = new StoreCommand.Context(stores, wiring, clock, in, stdout, settings.actor());
        CommandLine cl = new CommandLine(new RootCommand(settings.language()));
        // kumo help COMMAND --lang en: accepted (the language was chosen from the command line above)
        cl.getSubcommands().get("help").addMixin("lang", new Options.LangOption());
        cl.addSubcommand("assess", new CommandLine(new AssessCommand(wiring, clock, in, store)));
        cl.addSubcommand("batch", new CommandLine(new BatchCommand(wiring, clock, in, stdout, terminal)));
        cl.addSubcommand("service", group(RecordKind.SERVICE, store, help));
        cl.addSubcommand("system", group(RecordKind.SYSTEM, store, help)
                .addSubcommand("delete", new CommandLine(new RecordCommands.Delete(store)))
                .addSubcommand("history", new CommandLine(new SystemHistoryCommand(store))));
        cl.addSubcommand("assessment", group(help,
                new AssessmentCommands.ListAssessments(store), new AssessmentCommands.Show(store),
                new AssessmentCommands.Diff(store), new AssessmentCommands.Expiring(store)));
        cl.addSubcommand("store", group(help,
                new StoreFileCommands.Export(store), new StoreFileCommands.Import(store),
                new StoreFileCommands.Backup(store)));
        cl.addSubcommand("audit", group(help,
                new AuditCommands.Verify(store), new AuditCommands.ListEvents(store), new AnchorCommands.Sign(store),
                new AnchorCommands.Head(store), new AnchorCommands.Keygen()));
        cl.addSubcommand("serve", new CommandLine(new ServeCommand(store, web)));
        cl.addSubcommand("spec", new CommandLine(new SpecCommand(wiring, clock, in)));
        cl.addSubcommand("answers", group(help,
                new AnswersCommands.Template(wiring, in), new AnswersCommands.Read(wiring, in)));
        cl.addSubcommand("export", new CommandLine(new OscalCommands.Export(store)));
        cl.addSubcommand("import", new CommandLine(new OscalCommands.Import(store)));
        cl.addSubcommand("catalogue", new CommandLine(new CatalogueCommand(wiring)));
        cl.addSubcommand("compare", new CommandLine(new CompareCommand(store)));
        cl.addSubcommand("decide", new CommandLine(new DecideCommand(store)));
        cl.addSubcommand("completion", new CommandLine(new CompletionCommand()));
        // after the last subcommand: picocli hands the bundle down the tree as it stands
        cl.setResourceBundle(help);
        Map<String, String> exitCodes = ExitCodes.help(help);
        everyCommand(cl, command -> {
            command.getCommandSpec().versionProvider(new KumoVersion(this::catalogueLine));
            command.getCommandSpec().usageMessage().exitCodeList(exitCodes);
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
    private static CommandLine group(RecordKind<?, ?> kind, StoreCommand.Context store, ResourceBundle help) {
        return group(help, new RecordCommands.Save<>(store, kind), new RecordCommands.ListRows<>(store, kind),
                new RecordCommands.Show<>(store, kind));
    }

    /** A group of commands; its header is in the help bundle under its name, its footer is every group's. */
    private static CommandLine group(ResourceBundle help, Object... subcommands) {
        CommandLine group = new CommandLine(new GroupCommand());
        group.getCommandSpec().usageMessage().footer(HelpTexts.lines(help, "group.footer"));
        for (Object subcommand : subcommands) {
            CommandLine sub = new CommandLine(subcommand);
            group.addSubcommand(sub.getCommandName(), sub);
        }
        return group;
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
