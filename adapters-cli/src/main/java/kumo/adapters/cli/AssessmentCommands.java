package kumo.adapters.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.AssessmentDiff;
import kumo.application.records.AssessmentQuery;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.ExpiringEvidence;
import kumo.application.records.Page;
import kumo.application.records.exchange.RecordDocuments;
import kumo.application.records.port.in.FindExpiringEvidenceUseCase;
import kumo.application.records.port.in.StoreSession;
import kumo.domain.assessment.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo assessment list|show|diff|expiring}: the recorded assessments, which never change once
 * recorded ({@code kumo assess --record} records them).
 */
final class AssessmentCommands {

    /** The longest {@code --within} accepted: a hundred years. */
    static final int MAX_DAYS = FindExpiringEvidenceUseCase.MAX_DAYS;

    private AssessmentCommands() {
    }

    /** The {@code --verdict} values, for shell completion. */
    static final class Verdicts implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Verdict.values()).map(Verdict::name).iterator();
        }
    }

    /** {@code assessment list [--system ID] [--service ID] [--verdict CODE] [--page N] [--page-size N]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class ListAssessments extends StoreCommand {

        @Option(names = "--system", paramLabel = "ID")
        String system;

        @Option(names = "--service", paramLabel = "ID")
        String service;

        @Option(names = "--verdict", paramLabel = "CODE", completionCandidates = Verdicts.class)
        String verdict;

        @Mixin
        Options.Paging paging;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                completionCandidates = Options.TextOrJson.class)
        String format;

        private String verdictCode;

        ListAssessments(Context context) {
            super(context);
        }

        @Override
        Integer prepare() {
            Integer stop = textOrJson(format);
            if (stop != null) {
                return stop;
            }
            if (verdict != null) {
                verdictCode = verdict(verdict);
                if (verdictCode == null) {
                    return usage(cli.get("error.badChoice", "--verdict", verdict,
                            String.join(" | ", Arrays.stream(Verdict.values()).map(Verdict::name).toList())));
                }
            }
            String problem = paging.problem(cli);
            return problem == null ? null : usage(problem);
        }

        @Override
        int run(StoreSession session) {
            Page<AssessmentSummary> page = session.listAssessments().list(
                    new AssessmentQuery(system, service, verdictCode), paging.request());
            if (shape.equals("json")) {
                out.println(context.wiring().get().documents().write(RecordDocuments.Listing.of("assessment-list/1", page,
                        page.items())));
                return ExitCodes.ELIGIBLE;
            }
            TextReport words = new TextReport(cli, context.wiring().get().catalogue());
            for (AssessmentSummary a : page.items()) {
                out.println(cli.get("assessment.line", a.id(), time(a.recordedAt()), verdict(cli, words, a.verdict()),
                        a.systemId(), a.serviceId(), a.assessmentDate(), a.recordedBy()));
            }
            pageFooter(page);
            return ExitCodes.ELIGIBLE;
        }
    }

    /** {@code assessment show ID [--format text|json|request|record]}. */
    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Show extends StoreCommand {

        static final List<String> FORMATS = List.of("text", "json", "request", "record");

        /** The {@code --format} values, for shell completion. */
        static final class Formats implements Iterable<String> {

            @Override
            public Iterator<String> iterator() {
                return FORMATS.iterator();
            }
        }

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--format", paramLabel = "text|json|request|record", defaultValue = "text",
                completionCandidates = Formats.class)
        String format;


        Show(Context context) {
            super(context);
        }

        @Override
        Integer prepare() {
            shape = format(format, FORMATS);
            return shape == null ? usage(badFormat(format, FORMATS)) : null;
        }

        @Override
        int run(StoreSession session) {
            var found = session.showAssessment().find(id);
            if (found.isEmpty()) {
                return problems.input(cli.get("error.notStored", cli.get("kind.assessment"), id));
            }
            AssessmentRecord stored = found.get();
            KumoCli.Wiring wiring = context.wiring().get();
            Documents documents = wiring.documents();
            switch (shape) {
                case "json" -> out.println(documents.write(documents.readResult(stored.resultJson())));
                case "request" -> out.println(documents.write(tree(documents, stored.requestJson())));
                case "record" -> out.println(documents.write(RecordDocuments.AssessmentRow.of(stored,
                        tree(documents, stored.requestJson()), tree(documents, stored.resultJson()))));
                default -> text(stored, wiring);
            }
            return ExitCodes.ELIGIBLE;
        }

        private void text(AssessmentRecord stored, KumoCli.Wiring wiring) {
            AssessmentSummary s = stored.summary();
            out.println(cli.get("assessment.title", s.id()));
            out.println("  " + cli.get("assessment.subject", s.systemId(), s.serviceId()));
            out.println("  " + cli.get("assessment.recorded", time(s.recordedAt()), s.recordedBy()));
            out.println("  " + cli.get("assessment.previous", s.previousId() == null ? cli.get("none") : s.previousId()));
            out.println();
            AssessmentRequestDocument request = wiring.documents().objectMapper()
                    .convertValue(tree(wiring.documents(), stored.requestJson()), AssessmentRequestDocument.class);
            AssessmentResultDocument result = wiring.documents().readResult(stored.resultJson());
            new TextReport(cli, wiring.catalogue()).write(out, result, request, request.assessmentDate() != null
                    ? TextReport.DateSource.REQUEST : TextReport.DateSource.RECORDED);
        }
    }

    /** {@code assessment diff ID1 ID2 [--format text|json]}. */
    @Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Diff extends StoreCommand {

        @Parameters(index = "0", paramLabel = "ID1")
        String first;

        @Parameters(index = "1", paramLabel = "ID2")
        String second;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                completionCandidates = Options.TextOrJson.class)
        String format;


        Diff(Context context) {
            super(context);
        }

        @Override
        Integer prepare() {
            return textOrJson(format);
        }

        @Override
        int run(StoreSession session) {
            AssessmentDiff d = session.diffAssessments().diff(first, second);
            KumoCli.Wiring wiring = context.wiring().get();
            if (shape.equals("json")) {
                out.println(wiring.documents().write(new DiffDocument("assessment-diff/1", d.older(), d.newer(),
                        d.verdictBefore(), d.verdictAfter(), d.verdictChanged(), d.facts(), d.findings(), d.risks())));
                return ExitCodes.ELIGIBLE;
            }
            TextReport words = new TextReport(cli, wiring.catalogue());
            out.println(cli.get("diff.title", d.older().id(), d.newer().id(), d.older().systemId()));
            out.println("  " + cli.get("diff.older", d.older().id(), time(d.older().recordedAt()), d.older().serviceId()));
            out.println("  " + cli.get("diff.newer", d.newer().id(), time(d.newer().recordedAt()), d.newer().serviceId()));
            out.println("  " + (d.verdictChanged()
                    ? cli.get("diff.verdict.changed", verdict(cli, words, d.verdictBefore()), verdict(cli, words, d.verdictAfter()))
                    : cli.get("diff.verdict.same", verdict(cli, words, d.verdictAfter()))));
            out.println(cli.get("diff.facts", d.facts().size()));
            for (AssessmentDiff.FactChange f : d.facts()) {
                out.println("  " + TerminalText.line(f.path()) + ": " + orNone(f.before()) + " → " + orNone(f.after()));
            }
            out.println(cli.get("diff.findings", d.findings().size()));
            for (AssessmentDiff.StatusChange c : d.findings()) {
                out.println("  " + TerminalText.line(c.id()) + ": " + orNone(c.before()) + " → " + orNone(c.after()));
            }
            out.println(cli.get("diff.risks", d.risks().size()));
            for (AssessmentDiff.StatusChange c : d.risks()) {
                out.println("  " + TerminalText.line(c.id()) + ": " + orNone(c.before()) + " → " + orNone(c.after()));
            }
            return ExitCodes.ELIGIBLE;
        }

        private String orNone(String value) {
            return value == null ? cli.get("none") : TerminalText.line(value);
        }
    }

    /** The diff as {@code --format json} prints it. */
    record DiffDocument(String kumo, AssessmentSummary older, AssessmentSummary newer, String verdictBefore,
            String verdictAfter, boolean verdictChanged, List<AssessmentDiff.FactChange> facts,
            List<AssessmentDiff.StatusChange> findings, List<AssessmentDiff.StatusChange> risks) {
    }

    /** {@code assessment expiring --within DAYS [--format text|json]}. */
    @Command(name = "expiring", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
    static final class Expiring extends StoreCommand {

        @Option(names = "--within", paramLabel = "DAYS", required = true)
        int within;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                completionCandidates = Options.TextOrJson.class)
        String format;


        Expiring(Context context) {
            super(context);
        }

        @Override
        Integer prepare() {
            Integer stop = textOrJson(format);
            if (stop != null) {
                return stop;
            }
            if (within < 0 || within > MAX_DAYS) {
                return usage(cli.get("error.outOfRange", "--within", within, 0, MAX_DAYS));
            }
            return null;
        }

        @Override
        int run(StoreSession session) {
            List<ExpiringEvidence> found = session.findExpiringEvidence().expiringWithin(within);
            LocalDate today = today();
            if (shape.equals("json")) {
                out.println(context.wiring().get().documents().write(
                        new ExpiringDocument("expiring-evidence/1", today, within, today.plusDays(within), found)));
                return ExitCodes.ELIGIBLE;
            }
            out.println(cli.get("expiring.title", within, today.plusDays(within), found.size()));
            for (ExpiringEvidence e : found) {
                String state = evidenceState(today, e.evidence().expiresOn());
                out.println("  " + cli.get("expiring.line", e.evidence().expiresOn(), state,
                        evidenceKind(e.evidence().kind()), e.evidence().reference(), e.assessment().systemId(),
                        e.assessment().serviceId(), e.assessment().id()));
            }
            return ExitCodes.ELIGIBLE;
        }

    }

    /** What {@code assessment expiring --format json} prints. */
    record ExpiringDocument(String kumo, LocalDate today, int withinDays, LocalDate until, List<ExpiringEvidence> evidence) {
    }

    /** The verdict code named by {@code --verdict} (any case), or {@code null}. */
    static String verdict(String value) {
        String code = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(Verdict.values()).map(Verdict::name).filter(code::equals).findFirst().orElse(null);
    }

    /** A verdict in words with its code: 利用可（ELIGIBLE）. */
    private static String verdict(CliTexts cli, TextReport words, String code) {
        String known = Arrays.stream(Verdict.values()).map(Verdict::name).filter(code::equals).findFirst().orElse(null);
        return known == null ? code : cli.get("paren", words.verdictLabel(Verdict.valueOf(known)), code);
    }

    private static JsonNode tree(Documents documents, String json) {
        try {
            return documents.objectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document is not JSON", e);
        }
    }
}
