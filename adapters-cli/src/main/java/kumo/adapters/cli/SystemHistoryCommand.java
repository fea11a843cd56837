package kumo.adapters.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import kumo.application.records.AssessmentIndex;
import kumo.application.records.AssessmentQuery;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.Page;
import kumo.application.records.PageRequest;
import kumo.application.records.ProfileKind;
import kumo.application.records.Recorded;
import kumo.application.records.SystemRecord;
import kumo.application.records.port.in.ListAssessmentsUseCase;
import kumo.application.records.port.in.StoreSession;
import kumo.domain.assessment.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo system history ID [--format text|json]}: what the store knows about one system over time — every
 * recorded assessment with its verdict, oldest first, and the risk decisions and CIO-advisor consultations each
 * assessment's request recorded (a decision kept across re-assessments shows once per assessment).
 */
@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
final class SystemHistoryCommand extends StoreCommand {

    /** The {@code "kumo"} type of the {@code --format json} document. */
    static final String TYPE = "system-history/1";

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                completionCandidates = Options.TextOrJson.class)
    String format;


    SystemHistoryCommand(Context context) {
        super(context);
    }

    /** What {@code --format json} prints; every list oldest first. */
    record HistoryDocument(String kumo, String systemId, String name, String department,
            List<AssessmentSummary> assessments, List<RiskDecision> riskDecisions, List<Consultation> consultations) {
    }

    /** A risk decision with the assessment whose request recorded it. */
    record RiskDecision(String assessmentId, String riskId, String treatment, String decidedBy, LocalDate decidedOn,
            LocalDate expiresOn) {

        static RiskDecision of(Recorded<AssessmentIndex.RiskDecisionRow> r) {
            AssessmentIndex.RiskDecisionRow d = r.row();
            return new RiskDecision(r.assessmentId(), d.riskId(), d.treatment(), d.decidedBy(), d.decidedOn(),
                    d.expiresOn());
        }
    }

    /** A consultation of the CIO advisor with the assessment whose request recorded it. */
    record Consultation(String assessmentId, String stage, LocalDate heldOn, String view, String recordedBy) {

        static Consultation of(Recorded<AssessmentIndex.ConsultationRow> r) {
            AssessmentIndex.ConsultationRow c = r.row();
            return new Consultation(r.assessmentId(), c.stage(), c.date(), c.outcome(), c.by());
        }
    }

    @Override
    Integer prepare() {
        return textOrJson(format);
    }

    @Override
    int run(StoreSession session) {
        Optional<SystemRecord> system = session.showProfile().find(ProfileKind.SYSTEM, id);
        if (system.isEmpty()) {
            return problems.input(cli.get("error.notStored", cli.get("kind.system"), id));
        }
        List<AssessmentSummary> assessments = oldestFirst(session.listAssessments(), id);
        List<RiskDecision> decisions = session.showSystemHistory().riskDecisions(id).stream().map(RiskDecision::of)
                .toList();
        List<Consultation> consultations = session.showSystemHistory().consultations(id).stream()
                .map(Consultation::of).toList();
        SystemRecord row = system.get();
        if (shape.equals("json")) {
            out.println(context.wiring().get().documents().write(new HistoryDocument(TYPE, row.id(),
                    row.profile().name(), row.profile().department(), assessments, decisions, consultations)));
            return ExitCodes.ELIGIBLE;
        }
        text(row, assessments, decisions, consultations);
        return ExitCodes.ELIGIBLE;
    }

    /** Every assessment of the system, oldest first (the listing is newest first, a page at a time). */
    static List<AssessmentSummary> oldestFirst(ListAssessmentsUseCase assessments, String systemId) {
        List<AssessmentSummary> all = new ArrayList<>();
        AssessmentQuery query = new AssessmentQuery(systemId, null, null);
        Page<AssessmentSummary> page;
        int number = 1;
        do {
            page = assessments.list(query, new PageRequest(number++, PageRequest.MAX_SIZE));
            all.addAll(page.items());
        } while (page.hasNext() && !page.items().isEmpty());
        Collections.reverse(all);
        return all;
    }

    private void text(SystemRecord row, List<AssessmentSummary> assessments, List<RiskDecision> decisions,
            List<Consultation> consultations) {
        TextReport words = new TextReport(cli, context.wiring().get().catalogue());
        out.println(cli.get("history.title", row.id(), assessments.size(), decisions.size(), consultations.size()));
        out.println("  " + cli.get("row.name", RecordCommands.nameAndOwner(RecordKind.SYSTEM, row.profile())));
        out.println();
        out.println(cli.get("history.assessments", assessments.size()));
        Map<String, Instant> recordedAt = new HashMap<>();
        for (AssessmentSummary a : assessments) {
            recordedAt.put(a.id(), a.recordedAt());
            out.println("  " + cli.get("history.assessment.line", time(a.recordedAt()), verdict(words, a.verdict()),
                    a.serviceId(), a.assessmentDate(), a.recordedBy(), a.id()));
        }
        if (assessments.isEmpty()) {
            out.println("  " + cli.get("none"));
        }
        out.println();
        out.println(cli.get("history.riskDecisions", decisions.size()));
        byAssessment(decisions, RiskDecision::assessmentId, recordedAt, d -> out.println("    " + decision(words, d)));
        out.println();
        out.println(cli.get("history.consultations", consultations.size()));
        byAssessment(consultations, Consultation::assessmentId, recordedAt,
                c -> out.println("    " + cli.get("history.consultation.line",
                        word(words, "stage.", c.stage()), orUnknown(c.heldOn()), word(words, "view.", c.view()),
                        orUnknown(c.recordedBy()))));
    }

    /** Rows under a heading per assessment, in the order given (the store's: oldest assessment first). */
    private <T> void byAssessment(List<T> rows, Function<T, String> assessment,
            Map<String, Instant> recordedAt, Consumer<T> line) {
        String current = null;
        for (T row : rows) {
            String of = assessment.apply(row);
            if (!of.equals(current)) {
                out.println("  " + cli.get("history.of", of, time(recordedAt.get(of))));
                current = of;
            }
            line.accept(row);
        }
        if (rows.isEmpty()) {
            out.println("  " + cli.get("none"));
        }
    }

    private String decision(TextReport words, RiskDecision d) {
        String title = words.label(d.riskId() + ".title", "");
        String line = cli.get("history.decision.line", title.isEmpty() ? d.riskId() : d.riskId() + " " + title,
                word(words, "treatment.", d.treatment()), orUnknown(d.decidedOn()), orUnknown(d.decidedBy()));
        return d.expiresOn() == null ? line : line + cli.get("history.decision.expires", d.expiresOn());
    }

    /** A code in the catalogue's words with the code: 受容（ACCEPT）; {@code (unknown)} for none. */
    private String word(TextReport words, String prefix, String code) {
        if (code == null) {
            return cli.get("unknown");
        }
        String label = words.label(prefix + code, code);
        return label.equals(code) ? code : cli.get("paren", label, code);
    }

    private String verdict(TextReport words, String code) {
        for (Verdict v : Verdict.values()) {
            if (v.name().equals(code)) {
                return cli.get("paren", words.verdictLabel(v), code);
            }
        }
        return code;
    }

    private String orUnknown(Object value) {
        return value == null ? cli.get("unknown") : value.toString();
    }
}
