package kumo.adapters.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import kumo.application.document.Echo;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.LocalizedText;
import kumo.application.document.StrictDates;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.CompactResultDocument;
import kumo.application.records.Actor;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.RecordIds;
import kumo.application.records.RecordedAssessment;
import kumo.application.records.StoreException;
import kumo.application.records.port.in.RecordAssessmentUseCase.AssessmentToRecord;
import kumo.application.records.port.in.StoreSession;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kumo assess FILE|-}: assesses one request and prints the result; the exit code is the verdict's.
 * {@code kumo assess FILE|DIR...}: with several inputs or a directory, a {@link Batch} — one line (or one
 * JSON entry) per file, in one JVM. With {@code --record}, the assessment (every valid one of a batch, in one
 * transaction) is also stored.
 */
@Command(name = "assess",
        mixinStandardHelpOptions = true,
        versionProvider = KumoVersion.class,
        header = {"Assess one system on one cloud service and print the result.",
                  "評価依頼（JSON）を1件評価し、判定と次の対応を表示します。"},
        descriptionHeading = "%n",
        description = {
            "Reads an assessment request (\"kumo\": \"assessment-request/1\", see docs/examples) from FILE, "
                    + "or from standard input when FILE is -, assesses it against the requirement catalogue "
                    + "and prints the verdict, the next actions, the findings by requirement group, the "
                    + "exemptions, the open and decided risks and the advisories.",
            "The assessment date is --date if given, else the request's assessmentDate, else today in Japan.",
            "With several FILEs, or a directory (every *.json directly inside, by name), each file is assessed "
                    + "on its own in one run: text prints one line per file (verdict, actions to move past it) "
                    + "and the totals per verdict; json prints one \"assessment-batch/1\" document. A file "
                    + "with bad input is reported and the batch goes on.",
            "複数のファイル又はディレクトリ（直下の *.json を名前順）を指定すると、1回の実行でそれぞれを評価し、"
                    + "ファイルごとの判定と判定ごとの件数を表示します。"},
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%n",
        footer = {"Examples:",
                  "  kumo assess docs/examples/<file>.json",
                  "  kumo assess --lang en --format json request.json",
                  "  kumo assess --format json-full request.json   (both languages, every text)",
                  "  cat request.json | kumo assess --quiet -",
                  "  kumo assess docs/examples            (a batch: every *.json in the directory)",
                  "  kumo assess --format json a.json b.json > results.json",
                  "  kumo assess requests/ --record      (every valid file recorded at once)",
                  "",
                  // each line under 80 columns (a full-width character counts 2), or picocli re-wraps it
                  "Exit code of a batch (several FILEs or a directory): 2 if any input was bad,",
                  "otherwise the code of the most severe verdict found:",
                  "  PROHIBITED (40) > NOT_ELIGIBLE (30) > INCOMPLETE (20) > CONDITIONAL (10)",
                  "  > OUT_OF_SCOPE (3) > ELIGIBLE (0).",
                  "複数ファイルの終了コード: 入力の誤りが1件でもあれば 2、",
                  "なければ最も重い判定のコード（上の順）。",
                  "",
                  "See docs/cli.md."})
final class AssessCommand implements Callable<Integer> {

    /** The violation code of a request in a recorded batch whose system or service has no usable key. */
    static final String RECORD_KEY = AssessmentToRecord.RECORD_KEY;

    /** The {@code --format} values. */
    static final String TEXT = "text";
    static final String JSON = "json";
    static final String JSON_FULL = "json-full";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = {"The assessment request (JSON, UTF-8); - reads standard input (alone). Several files, "
                    + "or a directory (its *.json files), make a batch.",
                           "評価依頼のJSONファイル。- で標準入力から読みます（単独でのみ）。複数のファイル又はディレクトリも指定できます。"})
    List<String> files;

    @Mixin
    Options.LangOption langOption;

    @Option(names = "--format", paramLabel = "text|json|json-full", defaultValue = "text",
            description = {"text (default): a readable report; json: the compact result document in the --lang "
                    + "language (\"assessment-result-compact/1\": every finding, reason, fact and next action, no "
                    + "catalogue text); json-full: the full bilingual result document (\"assessment-result/1\"). "
                    + "JSON is pretty-printed UTF-8.",
                           "text は読みやすい報告、json は --lang の言語による簡潔な評価結果文書（カタログの文言を含まない）、"
                    + "json-full は日英両方の完全な評価結果文書です。"})
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = {"Assess on this date. Overrides the request's assessmentDate; the report says which date was used.",
                           "評価日を指定します（評価依頼の assessmentDate より優先）。"})
    String date;

    @Option(names = {"-q", "--quiet"},
            description = {"Print only the verdict line (in either format); in a batch, only the line of each file. "
                    + "The exit code tells the verdict too.",
                           "判定の行だけを表示します（複数ファイルではファイルごとの行だけ）。"})
    boolean quiet;

    @Option(names = "--record",
            description = {"Also store the request and the result as a new assessment; prints its id. In a batch, every "
                    + "valid file is recorded in one transaction (all or none), each id on the file's line. The exit "
                    + "code is still the verdict's (the batch's).",
                           "評価依頼と評価結果を新しい評価として保存し、その ID を表示します。複数のファイルでは、"
                    + "誤りのないファイルをすべて1つのトランザクションで記録します。"})
    boolean record;

    @Option(names = "--system-id", paramLabel = "ID",
            description = {"With --record, one FILE only: the system's key. Default: the request's system.name.",
                           "--record と共に（1ファイルのみ）: システムのキー（既定は system.name）。"})
    String systemId;

    @Option(names = "--service-id", paramLabel = "ID",
            description = {"With --record, one FILE only: the service's key. Default: the request's service.name.",
                           "--record と共に（1ファイルのみ）: サービスのキー（既定は service.name）。"})
    String serviceId;

    /** With {@code --record}: the store. */
    @Mixin
    Options.StoreOption storeOption;

    /** With {@code --record}: who records it. */
    @Mixin
    Options.ActorOption actorOption;

    private final Supplier<KumoCli.Wiring> wiring;
    private final Clock clock;
    private final InputStream stdin;
    private final StoreCommand.Context storeContext;

    AssessCommand(Supplier<KumoCli.Wiring> wiring, Clock clock, InputStream stdin, StoreCommand.Context storeContext) {
        this.wiring = wiring;
        this.clock = clock;
        this.stdin = stdin;
        this.storeContext = storeContext;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String command = spec.qualifiedName();

        Language language = langOption.language();
        if (language == null) {
            // the language itself is wrong: say so in both
            return langOption.badLanguage(err, command);
        }
        CliTexts cli = CliTexts.of(language);
        Problems problems = new Problems(cli, err);

        String shape = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        if (!shape.equals(TEXT) && !shape.equals(JSON) && !shape.equals(JSON_FULL)) {
            return problems.usage(command, cli.get("error.badFormat", format));
        }
        LocalDate override = null;
        if (date != null) {
            try {
                override = StrictDates.parse(date);
            } catch (DateTimeParseException e) {
                return problems.usage(command, cli.get("error.badDate", Echo.of(date).in(language)));
            }
        }

        RequestInput input = new RequestInput(cli, stdin);
        if (files.size() > 1 && files.contains(RequestInput.STDIN)) {
            return problems.usage(command, cli.get("error.stdinInBatch"));
        }
        Actor recorder = null;
        if (record) {
            String keyOption = systemId != null ? "--system-id" : serviceId != null ? "--service-id" : null;
            if (Batch.isBatch(files) && keyOption != null) {
                return problems.usage(command, cli.get("error.recordBatch", keyOption));
            }
            String badKey = badKey(cli, systemId, "--system-id", serviceId, "--service-id");
            if (badKey != null) {
                return problems.usage(command, badKey);
            }
            recorder = StoreCommand.actor(actorOption.name != null ? actorOption.name : storeContext.defaultActor(), cli,
                    problems, command);
            if (recorder == null) {
                return ExitCodes.BAD_INPUT;
            }
        } else {
            String recordOnly = systemId != null ? "--system-id" : serviceId != null ? "--service-id"
                    : storeOption.location != null ? "--store" : actorOption.name != null ? "--actor" : null;
            if (recordOnly != null) {
                return problems.usage(command, cli.get("error.recordOnly", recordOnly));
            }
        }
        if (Batch.isBatch(files)) {
            return record ? recordBatch(input, cli, shape, override, recorder) : batch(input, cli, shape, override);
        }
        String file = files.get(0);
        byte[] bytes;
        try {
            bytes = input.read(file);
        } catch (RequestInput.Unreadable e) {
            return problems.input(e.getMessage());
        }

        KumoCli.Wiring w = wiring.get();
        AssessmentRequestDocument request;
        AssessmentResultDocument result;
        try {
            request = w.documents().readRequest(bytes);
            if (override != null) {
                request = withDate(request, override);
            }
            if (record) {
                return recordAndReport(request, recorder, cli, input.name(file), shape, override != null);
            }
            LocalDate today = LocalDate.now(clock);
            if (shape.equals(JSON) && !quiet) {
                // the compact form straight from the assessment: the bilingual document is never built
                CompactResultDocument compact = w.assess().assessCompact(request, today, language);
                PrintWriter out = spec.commandLine().getOut();
                out.println(w.documents().write(compact));
                out.flush();
                return ExitCodes.of(Verdict.valueOf(compact.verdict()));
            }
            result = w.assess().assess(request, today);
        } catch (InvalidDocumentException e) {
            return problems.invalid(input.name(file), e);
        }
        return report(request, result, cli, shape, override != null);
    }

    /** Assesses and records in one go, then reports as without {@code --record} and prints the stored id. */
    private int recordAndReport(AssessmentRequestDocument request, Actor recorder, CliTexts cli, String source,
            String shape, boolean dateFromOption) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return StoreCommand.withStore(storeContext, storeOption.location, spec, cli, err, source, session -> {
            RecordedAssessment recorded = session.recordAssessment().record(
                    new AssessmentToRecord(request, systemId, serviceId), recorder);
            int code = report(request, recorded.result(), cli, shape, dateFromOption);
            AssessmentSummary s = recorded.summary();
            // with --format json, standard output stays one JSON document: the id goes to standard error
            PrintWriter where = !shape.equals(TEXT) && !quiet ? err : out;
            where.println(cli.get("recorded", s.id(), s.systemId(), s.serviceId(), session.location()));
            where.flush();
            return code;
        });
    }

    private int report(AssessmentRequestDocument request, AssessmentResultDocument result, CliTexts cli, String shape,
            boolean dateFromOption) {
        PrintWriter out = spec.commandLine().getOut();
        KumoCli.Wiring w = wiring.get();
        TextReport report = new TextReport(cli, w.catalogue());
        if (quiet) {
            out.println(report.verdictLine(result));
        } else if (shape.equals(JSON)) {
            out.println(w.documents().write(CompactResultDocument.of(result, cli.language())));
        } else if (shape.equals(JSON_FULL)) {
            out.println(w.documents().write(result));
        } else {
            TextReport.DateSource source = dateFromOption ? TextReport.DateSource.OPTION
                    : request.assessmentDate() != null ? TextReport.DateSource.REQUEST : TextReport.DateSource.TODAY;
            report.write(out, result, request, source);
        }
        out.flush();
        return ExitCodes.of(Verdict.valueOf(result.verdict().code()));
    }

    /** Several inputs, or a directory: every file on its own, with the same use case and the same "today". */
    private int batch(RequestInput input, CliTexts cli, String shape, LocalDate override) {
        KumoCli.Wiring w = wiring.get();
        LocalDate today = LocalDate.now(clock);
        return new Batch(input).run(files, bytes -> {
            AssessmentRequestDocument request = w.documents().readRequest(bytes);
            return w.assess().assess(override != null ? withDate(request, override) : request, today);
        }, batchOutput(cli, shape));
    }

    /**
     * A batch with {@code --record}: every input is read and checked first, without the store; the good ones
     * are then assessed and recorded in one transaction (all or none), and every input is reported in order,
     * each recorded one with its id, then how many were recorded. Bad input is reported as without {@code
     * --record} and not recorded; when no input is good, the store is not opened. When the store fails, only
     * its message is printed and its exit code returned: nothing was recorded.
     */
    private int recordBatch(RequestInput input, CliTexts cli, String shape, LocalDate override, Actor recorder) {
        KumoCli.Wiring w = wiring.get();
        List<Batch.Read> reads = new Batch(input).read(files,
                bytes -> recordable(w.documents().readRequest(bytes), override));
        List<AssessmentToRecord> items = Batch.requests(reads).stream()
                .map(AssessmentToRecord::of).toList();
        int bad = reads.size() - items.size();
        PrintWriter err = spec.commandLine().getErr();
        // with --format json, standard output stays one JSON document: the closing lines go to standard error
        PrintWriter where = !shape.equals(TEXT) && !quiet ? err : spec.commandLine().getOut();
        if (items.isEmpty()) {
            int code = Batch.report(reads, List.of(), batchOutput(cli, shape));
            where.println(cli.get("recordedNone"));
            where.flush();
            return code;
        }
        return StoreCommand.withStore(storeContext, storeOption.location, spec, cli, err, String.join(", ", files), session -> {
            List<RecordedAssessment> recorded = session.recordAssessment().recordAll(items, recorder);
            int code = Batch.report(reads, recorded, batchOutput(cli, shape));
            where.println(cli.get("recordedBatch", recorded.size(), session.location()));
            if (bad > 0) {
                where.println(cli.get("recordedBatch.skipped", bad));
            }
            where.flush();
            return code;
        });
    }

    private Batch.Output batchOutput(CliTexts cli, String shape) {
        PrintWriter out = spec.commandLine().getOut();
        KumoCli.Wiring w = wiring.get();
        return quiet || shape.equals(TEXT)
                ? new BatchText(cli, new TextReport(cli, w.catalogue()), out, spec.commandLine().getErr(), quiet)
                : new BatchJson(w.documents(), out, shape.equals(JSON) ? cli.language() : null);
    }

    /**
     * A request of a recorded batch as it is recorded (with {@code --date} applied). It must be keyable by its
     * own names, as {@code --system-id} and {@code --service-id} are not for batches: else it is bad input, with
     * the field named ({@code $.system.name}, {@code $.service.name}).
     */
    private static AssessmentRequestDocument recordable(AssessmentRequestDocument request, LocalDate override) {
        AssessmentRequestDocument dated = override != null ? withDate(request, override) : request;
        List<Violation> violations = AssessmentToRecord.of(dated).keyViolations().stream()
                .map(AssessCommand::withKeyOption).toList();
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException(violations);
        }
        return dated;
    }

    /** A key problem found by the use case, with the hint of the option that would key the file on its own. */
    private static Violation withKeyOption(Violation v) {
        String option = v.path().startsWith("$.system") ? "--system-id" : "--service-id";
        return new Violation(v.path(), v.code(), new LocalizedText(
                CliTexts.of(Language.JA).get("input.recordKey", v.message().ja(), option),
                CliTexts.of(Language.EN).get("input.recordKey", v.message().en(), option)));
    }

    /** The message about the first of the keys that is unusable, or {@code null}. */
    private static String badKey(CliTexts cli, String first, String firstOption, String second, String secondOption) {
        try {
            if (first != null) {
                RecordIds.check(first, firstOption);
            }
            if (second != null) {
                RecordIds.check(second, secondOption);
            }
            return null;
        } catch (StoreException e) {
            return e.text().in(cli.language());
        }
    }

    /** The request with {@code date} as its assessment date ({@code --date}); also {@code kumo batch}'s. */
    static AssessmentRequestDocument withDate(AssessmentRequestDocument r, LocalDate date) {
        return new AssessmentRequestDocument(r.kumo(), date, r.catalogueVersion(), r.system(), r.service(), r.plan(),
                r.follows());
    }
}
