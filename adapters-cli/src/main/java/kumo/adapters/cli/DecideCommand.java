package kumo.adapters.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.document.Documents;
import kumo.application.document.Echo;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.StrictDates;
import kumo.application.document.Violation;
import kumo.application.records.Actor;
import kumo.application.records.AssessmentDiff;
import kumo.application.records.CityStepDocument;
import kumo.application.records.CityStepsDocument;
import kumo.application.records.RecordedAssessment;
import kumo.application.records.port.in.RecordCityStepUseCase;
import kumo.application.records.port.in.RecordCityStepUseCase.StepToRecord;
import kumo.application.records.port.in.StoreSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kumo decide ASSESSMENT-ID --step KIND [fields] [--by WHO] [--on DATE]} or {@code kumo decide
 * ASSESSMENT-ID --file steps.json}: records the city's steps on a stored assessment through the application's
 * {@link RecordCityStepUseCase} (as the API's {@code POST /api/v1/assessments/{id}/steps}) and prints each
 * re-assessment: its id, its verdict and what changed. The step from the options is built as the same {@link
 * CityStepDocument} a {@code city-steps/1} file holds and read with the same strictness; every step is checked
 * before anything is written, so bad input (exit 2) records nothing. A step on an assessment that is no longer the
 * system's latest is a conflict (exit 4), nothing written.
 */
@Command(name = "decide", mixinStandardHelpOptions = true, versionProvider = KumoVersion.class)
final class DecideCommand extends StoreCommand {

    /** The step kinds as the command line names them, to the kind of the step document. */
    static final Map<String, String> KINDS = kinds();

    /** Per step kind: option → member of the step's document (dotted for a nested one). */
    private static final Map<String, Map<String, String>> FIELDS = fields();

    @Parameters(index = "0", paramLabel = "ASSESSMENT-ID")
    String assessmentId;

    @Option(names = "--step", paramLabel = "KIND")
    String step;

    @Option(names = "--file", paramLabel = "FILE")
    String file;

    @Option(names = "--field", paramLabel = "NAME")
    String field;

    @Option(names = "--outcome", paramLabel = "YES|NO|…")
    String outcome;

    @Option(names = "--rationale", paramLabel = "TEXT")
    String rationale;

    @Option(names = "--risk", paramLabel = "ID")
    String risk;

    @Option(names = "--treatment", paramLabel = "CODE")
    String treatment;

    @Option(names = "--expires", paramLabel = "YYYY-MM-DD")
    String expires;

    @Option(names = "--requirement", paramLabel = "ID")
    String requirement;

    @Option(names = "--stage", paramLabel = "CODE")
    String stage;

    @Option(names = "--view", paramLabel = "CODE")
    String view;

    @Option(names = "--summary", paramLabel = "TEXT")
    String summary;

    @Option(names = "--resolution", paramLabel = "TEXT")
    String resolution;

    @Option(names = "--evidence", paramLabel = "ID")
    String evidence;

    @Option(names = "--covers", paramLabel = "true|false")
    String covers;

    @Option(names = "--report", paramLabel = "ID")
    String report;

    @Option(names = "--acceptable", paramLabel = "YES|NO|…")
    String acceptable;

    @Option(names = "--judgment", paramLabel = "TEXT")
    String judgment;

    @Option(names = "--set", paramLabel = "NAME=VALUE")
    List<String> set = new ArrayList<>();

    @Option(names = "--by", paramLabel = "WHO")
    String by;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD")
    String on;

    @Option(names = "--reason", paramLabel = "TEXT")
    String reason;

    @Option(names = "--expect-latest", paramLabel = "ID")
    String expectLatest;

    @Mixin
    Options.ActorOption actorOption;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    String format;

    private Actor actor;
    private List<StepToRecord> steps;
    /** The input named in messages: the file, or the options. */
    private String source;

    DecideCommand(Context context) {
        super(context);
    }

    // ---------------------------------------------------------------- reading the steps

    @Override
    Integer prepare() {
        Integer stop = textOrJson(format);
        if (stop != null) {
            return stop;
        }
        actor = actor(actorOption.name);
        if (actor == null) {
            return ExitCodes.BAD_INPUT;
        }
        Documents documents = context.wiring().get().documents();
        if (file != null) {
            List<String> stepOptions = givenStepOptions();
            if (step != null || !stepOptions.isEmpty()) {
                return usage(cli.get("decide.fileOrStep", step != null ? "--step" : stepOptions.get(0)));
            }
            RequestInput input = new RequestInput(cli, context.stdin());
            source = input.name(file);
            try {
                steps = fromFile(input.read(file), documents);
            } catch (RequestInput.Unreadable e) {
                return problems.input(e.getMessage());
            } catch (InvalidDocumentException e) {
                return problems.invalid(source, e, "error.invalidInput");
            }
            return null;
        }
        source = cli.get("decide.options");
        if (step == null) {
            return usage(cli.get("decide.noStep", String.join(", ", KINDS.keySet())));
        }
        String kind = KINDS.get(step.trim().toLowerCase(Locale.ROOT));
        if (kind == null) {
            return usage(cli.get("error.badChoice", "--step", step, String.join(" | ", KINDS.keySet())));
        }
        Map<String, String> own = FIELDS.get(kind);
        for (String option : givenStepOptions()) {
            if (!own.containsKey(option) && !option.equals("--set")) {
                return usage(cli.get("decide.notThisStep", option, step));
            }
        }
        LocalDate date = null;
        if (on != null) {
            try {
                date = StrictDates.parse(on);
            } catch (RuntimeException e) {
                return usage(cli.get("error.badChoice", "--on", Echo.of(on).in(cli.language()), "YYYY-MM-DD"));
            }
        }
        ObjectNode node;
        try {
            node = stepNode(kind, own, documents.objectMapper());
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        try {
            CityStepDocument read = documents.read(bytes(documents.objectMapper(), node), CityStepDocument.class);
            steps = List.of(new StepToRecord(assessmentId, expectLatest, read.toStep(assessmentId).step(), date, reason));
        } catch (InvalidDocumentException e) {
            return optionProblems(e.violations(), kind, "$");
        }
        return null;
    }

    /** The steps of a {@code city-steps/1} file, every problem at its path in the file. */
    private List<StepToRecord> fromFile(byte[] bytes, Documents documents) {
        CityStepsDocument doc = documents.read(bytes, CityStepsDocument.class);
        List<Violation> problems = new ArrayList<>();
        if (!CityStepsDocument.TYPE.equals(doc.kumo())) {
            problems.add(new Violation("$.kumo", "documentType",
                    new kumo.application.document.LocalizedText(CliTexts.of(kumo.domain.catalogue.Language.JA)
                            .get("input.documentType", CityStepsDocument.TYPE), CliTexts.of(kumo.domain.catalogue.Language.EN)
                            .get("input.documentType", CityStepsDocument.TYPE))));
        }
        List<StepToRecord> read = new ArrayList<>();
        List<CityStepDocument> given = doc.steps() == null ? List.of() : doc.steps();
        for (int i = 0; i < given.size(); i++) {
            CityStepDocument s = given.get(i);
            if (s == null) {
                continue;
            }
            try {
                read.add(s.toStep(i == 0 ? assessmentId : null));
            } catch (InvalidDocumentException e) {
                String at = "$.steps[" + i + "]";
                e.violations().forEach(v -> problems.add(new Violation(at + v.path().substring(1), v.code(), v.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        if (read.isEmpty()) {
            return List.of(); // the use case names $.steps
        }
        if (expectLatest != null) {
            StepToRecord first = read.get(0);
            read.set(0, new StepToRecord(first.assessmentId(), expectLatest, first.step(), first.on(), first.reason()));
        }
        return read;
    }

    /** The options that describe a step, by name as --help shows them, each with its value ({@code null}: not given). */
    private Map<String, String> stepOptions() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("--field", field);
        values.put("--outcome", outcome);
        values.put("--rationale", rationale);
        values.put("--risk", risk);
        values.put("--treatment", treatment);
        values.put("--expires", expires);
        values.put("--requirement", requirement);
        values.put("--stage", stage);
        values.put("--view", view);
        values.put("--summary", summary);
        values.put("--resolution", resolution);
        values.put("--evidence", evidence);
        values.put("--covers", covers);
        values.put("--report", report);
        values.put("--acceptable", acceptable);
        values.put("--judgment", judgment);
        values.put("--by", by);
        return values;
    }

    /** The options given that describe a step (not --file, --actor, --format …). */
    private List<String> givenStepOptions() {
        List<String> given = new ArrayList<>();
        stepOptions().forEach((name, value) -> {
            if (value != null) {
                given.add(name);
            }
        });
        if (!set.isEmpty()) {
            given.add("--set");
        }
        if (file != null) {
            if (on != null) {
                given.add("--on");
            }
            if (reason != null) {
                given.add("--reason");
            }
        }
        return given;
    }

    /** The step document the options describe: {@code {"kind": …, "field"?: …, "<kind>": {…}}}. */
    private ObjectNode stepNode(String kind, Map<String, String> own, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.put("kind", kind);
        ObjectNode member = node.putObject(kind);
        stepOptions().forEach((option, value) -> {
            // the field is the step's own member, not its kind's; covers is a boolean
            if (value != null && !option.equals("--field") && !option.equals("--covers")) {
                put(member, own.get(option), value, false);
            }
        });
        if (covers != null) {
            put(member, own.get("--covers"), covers, true);
        }
        if (field != null) {
            node.put("field", field);
        }
        for (String assignment : set) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(cli.get("decide.badSet", assignment));
            }
            put(member, assignment.substring(0, eq).trim(), assignment.substring(eq + 1), true);
        }
        return node;
    }

    /** Sets a (dotted) member; with {@code typed}, true and false are booleans. */
    private static void put(ObjectNode member, String path, String value, boolean typed) {
        String[] names = path.split("\\.");
        ObjectNode at = member;
        for (int i = 0; i < names.length - 1; i++) {
            at = at.get(names[i]) instanceof ObjectNode o ? o : at.putObject(names[i]);
        }
        String last = names[names.length - 1];
        if (typed && (value.equals("true") || value.equals("false"))) {
            at.put(last, Boolean.parseBoolean(value));
        } else {
            at.put(last, value);
        }
    }

    private static byte[] bytes(ObjectMapper mapper, ObjectNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a step built from options", e);
        }
    }

    /**
     * Problems of the step built from the options, each named by its option ({@code --treatment}) where one holds
     * that member, else by the member's path ({@code --set check.result}); exit 2.
     */
    private int optionProblems(List<Violation> violations, String kind, String prefix) {
        Map<String, String> own = FIELDS.get(kind);
        problems.error(cli.get("decide.invalidStep", violations.size()));
        for (Violation v : violations) {
            err.println("  " + TerminalText.line(optionOf(v.path(), kind, own, prefix)) + ": "
                    + TerminalText.line(v.message().in(cli.language())));
        }
        err.println(cli.get("error.usage", spec.qualifiedName()));
        return ExitCodes.BAD_INPUT;
    }

    /** {@code $.riskDecision.treatment} → {@code --treatment}; {@code $.field} → {@code --field}. */
    static String optionOf(String path, String kind, Map<String, String> own, String prefix) {
        if (!path.startsWith(prefix)) {
            return path;
        }
        String rest = path.substring(prefix.length());
        switch (rest) {
            case ".field":
                return "--field";
            case ".on":
                return "--on";
            case ".reason":
                return "--reason";
            case ".kind":
                return "--step";
            case ".expectedLatestId":
                return "--expect-latest";
            default:
                break;
        }
        String member = "." + kind + ".";
        if (rest.startsWith(member)) {
            String name = rest.substring(member.length());
            for (Map.Entry<String, String> e : own.entrySet()) {
                if (e.getValue().equals(name)) {
                    return e.getKey();
                }
            }
            return "--set " + name;
        }
        if (rest.equals("." + kind)) {
            return "--step " + kind;
        }
        return path;
    }

    // ---------------------------------------------------------------- recording

    @Override
    String inputName() {
        return source;
    }

    @Override
    int run(StoreSession session) {
        List<RecordedAssessment> recorded;
        try {
            recorded = session.recordCityStep().recordAll(steps, actor);
        } catch (InvalidDocumentException e) {
            if (file != null) {
                return problems.invalid(source, e, "error.invalidInput");
            }
            String kind = KINDS.get(step.trim().toLowerCase(Locale.ROOT));
            return optionProblems(e.violations(), kind, "$.steps[0]");
        }
        List<Done> done = new ArrayList<>();
        String previous = assessmentId;
        for (int i = 0; i < recorded.size(); i++) {
            RecordedAssessment r = recorded.get(i);
            String before = r.summary().previousId() != null ? r.summary().previousId() : previous;
            AssessmentDiff diff = session.diffAssessments().diff(before, r.summary().id());
            done.add(new Done(CityStepDocument.kindOf(steps.get(i).step()), steps.get(i).step().planField(), before,
                    r.summary().id(), diff.verdictBefore(), diff.verdictAfter(), diff.findings(), diff.risks()));
            previous = r.summary().id();
        }
        if (shape.equals("json")) {
            out.println(TerminalText.json(context.wiring().get().documents().write(new RecordedDocument(
                    "city-steps-recorded/1", done))));
            return ExitCodes.ELIGIBLE;
        }
        TextReport words = new TextReport(cli, context.wiring().get().catalogue());
        for (Done d : done) {
            out.println(cli.get("decide.recorded", d.kind(), d.planField(), d.previousId()));
            out.println("  " + cli.get("decide.newAssessment", d.id(), verdict(words, d.verdictBefore()),
                    verdict(words, d.verdict())));
            out.println("  " + cli.get("decide.findings", d.findings().size()));
            for (AssessmentDiff.StatusChange c : d.findings()) {
                out.println("    " + TerminalText.line(c.id()) + ": " + orNone(c.before()) + " → " + orNone(c.after()));
            }
            out.println("  " + cli.get("decide.risks", d.risks().size()));
            for (AssessmentDiff.StatusChange c : d.risks()) {
                out.println("    " + TerminalText.line(c.id()) + ": " + orNone(c.before()) + " → " + orNone(c.after()));
            }
        }
        return ExitCodes.ELIGIBLE;
    }

    private String verdict(TextReport words, String code) {
        for (kumo.domain.assessment.Verdict v : kumo.domain.assessment.Verdict.values()) {
            if (v.name().equals(code)) {
                return cli.get("paren", words.verdictLabel(v), code);
            }
        }
        return orNone(code);
    }

    private String orNone(String value) {
        return value == null ? cli.get("none") : TerminalText.line(value);
    }

    /** One step recorded: on which assessment, the new one, its verdict before and after, what changed. */
    record Done(String kind, String planField, String previousId, String id, String verdictBefore, String verdict,
            List<AssessmentDiff.StatusChange> findings, List<AssessmentDiff.StatusChange> risks) {
    }

    /** What {@code --format json} prints. */
    record RecordedDocument(String kumo, List<Done> steps) {
    }

    private static Map<String, String> kinds() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("decision", "decision");
        m.put("consultation", "consultation");
        m.put("deviation", "deviation");
        m.put("risk", "riskDecision");
        m.put("scope-check", "scopeCheck");
        m.put("audit-review", "auditReview");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, Map<String, String>> fields() {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        m.put("decision", Map.of("--field", "", "--outcome", "outcome", "--rationale", "rationale", "--by", "decidedBy"));
        m.put("consultation", Map.of("--stage", "stage", "--view", "view", "--summary", "viewSummary",
                "--resolution", "resolution", "--by", "recordedBy"));
        m.put("deviation", Map.of("--requirement", "requirementId", "--rationale", "rationale",
                "--outcome", "decision.outcome", "--by", "decision.decidedBy"));
        m.put("riskDecision", Map.of("--risk", "riskId", "--treatment", "treatment", "--rationale", "rationale",
                "--expires", "expiresOn", "--by", "decidedBy"));
        m.put("scopeCheck", Map.of("--evidence", "evidenceId", "--covers", "coversService", "--by", "checkedBy"));
        m.put("auditReview", Map.of("--report", "reportId", "--acceptable", "acceptable", "--judgment", "judgment",
                "--by", "reviewedBy"));
        return m;
    }
}
