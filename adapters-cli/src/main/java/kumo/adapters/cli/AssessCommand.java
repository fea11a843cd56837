package kumo.adapters.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import kumo.application.answers.VendorAnswers;
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
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo assess FILE|-}: assesses one request and prints the result; the exit code is the verdict's.
 * {@code kumo assess FILE|DIR...}: with several inputs or a directory, a {@link Batch} — one line (or one
 * JSON entry) per file, in one JVM. With {@code --record}, the assessment (every valid one of a batch, in one
 * transaction) is also stored.
 */
@Command(name = "assess",
        mixinStandardHelpOptions = true,
        versionProvider = KumoVersion.class)
final class AssessCommand extends KumoCommand {

    /** The violation code of a request in a recorded batch whose system or service has no usable key. */
    static final String RECORD_KEY = AssessmentToRecord.RECORD_KEY;

    /** The {@code --format} values. */
    static final String TEXT = "text";
    static final String JSON = "json";
    static final String JSON_FULL = "json-full";
    static final List<String> FORMATS = List.of(TEXT, JSON, JSON_FULL);

    /** The {@code --format} values, for shell completion. */
    static final class Formats implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return FORMATS.iterator();
        }
    }

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<String> files;

    @Option(names = "--format", paramLabel = "text|json|json-full", defaultValue = "text",
            completionCandidates = Formats.class)
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    String date;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Option(names = "--record")
    boolean record;

    @Option(names = "--system-id", paramLabel = "ID")
    String systemId;

    @Option(names = "--service-id", paramLabel = "ID")
    String serviceId;

    @Option(names = "--answers", paramLabel = "SHEET")
    String answers;

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
    Integer execute() {
        String command = spec.qualifiedName();
        Language language = language();

        String shape = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(shape)) {
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
        if (answers != null && Batch.isBatch(files)) {
            return problems.usage(command, cli.get("answers.batch"));
        }
        if (Batch.isBatch(files)) {
            return record ? recordBatch(input, cli, shape, override, recorder) : batch(input, cli, shape, override);
        }
        String file = files.get(0);
        byte[] bytes = input.readOrReport(file, problems);
        if (bytes == null) {
            return ExitCodes.BAD_INPUT;
        }

        KumoCli.Wiring w = wiring.get();
        AssessmentRequestDocument request;
        AssessmentResultDocument result;
        try {
            request = answers != null ? AnswersCommands.useCase(wiring).requestToAnswer(bytes) : w.documents().readRequest(bytes);
            if (answers != null) {
                request = withAnswers(request, cli, problems);
                if (request == null) {
                    return ExitCodes.BAD_INPUT;
                }
            }
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

    /**
     * The request with its service part replaced by the answer sheet's, or {@code null} after saying why it cannot be
     * (the sheet's problems named by sheet, row and cell; exit 2). In the text report, a line names the sheet.
     */
    private AssessmentRequestDocument withAnswers(AssessmentRequestDocument request, CliTexts cli, Problems problems) {
        VendorAnswers read = AnswersCommands.read(answers, stdin, cli, problems, wiring);
        if (read == null) {
            return null;
        }
        AssessmentRequestDocument combined;
        try {
            combined = AnswersCommands.useCase(wiring).withAnswers(request, read);
        } catch (InvalidDocumentException e) {
            problems.invalid(answers, e, "answers.invalid");
            return null;
        }
        if (!quiet && format.trim().equalsIgnoreCase(TEXT)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(cli.get("answers.source", answers, read.answered(), read.rows()));
        }
        return combined;
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
