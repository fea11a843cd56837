package kumo.application.records.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.LocalizedText;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.records.Actor;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.CityStep;
import kumo.application.records.CityStepDocument;
import kumo.application.records.RecordedAssessment;
import kumo.application.records.StoreException.Reason;
import kumo.application.records.StoreTexts;
import kumo.application.records.port.in.RecordAssessmentUseCase.AssessmentToRecord;
import kumo.application.records.port.in.RecordCityStepUseCase;
import kumo.application.records.port.out.LoadAssessmentPort;

/**
 * Builds the re-assessment a city step implies — the stored request as a JSON tree, the step written into its
 * plan, the date moved to the step's, {@code follows} set — reads it back through {@link Documents} (so a bad
 * step is reported at its path in the request, as for any request) and records it through {@link
 * RecordAssessmentService}, with the optimistic check on the system's latest assessment inside the store's write.
 */
public final class RecordCityStepService implements RecordCityStepUseCase {

    private final LoadAssessmentPort assessments;
    private final RecordAssessmentService record;
    private final Documents documents;
    private final ObjectMapper json;
    private final StoreClock clock;

    public RecordCityStepService(LoadAssessmentPort assessments, RecordAssessmentService record, Documents documents,
            Clock clock) {
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.record = Objects.requireNonNull(record, "record");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.json = documents.objectMapper();
        this.clock = new StoreClock(clock);
    }

    @Override
    public RecordedAssessment record(StepToRecord item, Actor actor) {
        Objects.requireNonNull(item, "item");
        Actor by = ProfileService.actor(actor);
        if (item.step() instanceof CityStep.Decision d && !CityStep.Decision.FIELDS.contains(d.field())) {
            throw new InvalidDocumentException(List.of(new Violation("$.field", "unknownDecision",
                    StoreTexts.of("store.step.unknownDecision", d.field(), String.join(", ", CityStep.Decision.FIELDS)))));
        }
        String id = item.assessmentId();
        AssessmentRecord stored = (id == null ? java.util.Optional.<AssessmentRecord>empty() : assessments.findAssessment(id))
                .orElseThrow(() -> StoreTexts.error(Reason.NOT_FOUND, "store.notFound", "@store.kind.ASSESSMENT", id));
        LocalDate on = item.on() != null ? item.on() : clock.today();
        CityStep step = item.step().withWhoAndWhen(by.name(), on);
        AssessmentRequestDocument request = documents.readRequest(reassessment(stored.requestJson(),
                stored.summary().id(), step, on, item.reason()));
        String expected = item.expectedLatestId() != null ? item.expectedLatestId() : id;
        return record.record(new AssessmentToRecord(request, stored.summary().systemId(), stored.summary().serviceId()),
                by, expected);
    }

    @Override
    public List<RecordedAssessment> recordAll(List<StepToRecord> steps, Actor actor) {
        Objects.requireNonNull(steps, "steps");
        if (steps.isEmpty()) {
            throw new InvalidDocumentException(List.of(new Violation("$.steps", "required",
                    StoreTexts.of("store.steps.none"))));
        }
        Actor by = ProfileService.actor(actor);
        StepToRecord first = steps.get(0);
        String id = first.assessmentId();
        AssessmentRecord stored = (id == null ? java.util.Optional.<AssessmentRecord>empty() : assessments.findAssessment(id))
                .orElseThrow(() -> StoreTexts.error(Reason.NOT_FOUND, "store.notFound", "@store.kind.ASSESSMENT", id));
        // every step is checked, each on the request the steps before it give, before anything is written
        List<Violation> problems = new ArrayList<>();
        String request = stored.requestJson();
        for (int i = 0; i < steps.size(); i++) {
            StepToRecord item = steps.get(i);
            String at = "$.steps[" + i + "]";
            if (i > 0 && item.expectedLatestId() != null) {
                problems.add(new Violation(at + ".expectedLatestId", "notFirstStep",
                        StoreTexts.of("store.steps.expectedLatestId")));
            }
            if (item.step() instanceof CityStep.Decision d && !CityStep.Decision.FIELDS.contains(d.field())) {
                problems.add(new Violation(at + ".field", "unknownDecision", StoreTexts.of("store.step.unknownDecision",
                        d.field(), String.join(", ", CityStep.Decision.FIELDS))));
                continue;
            }
            LocalDate on = item.on() != null ? item.on() : clock.today();
            CityStep step = item.step().withWhoAndWhen(by.name(), on);
            byte[] next = reassessment(request, stored.summary().id(), step, on, item.reason());
            try {
                documents.readRequest(next);
                request = new String(next, StandardCharsets.UTF_8);
            } catch (InvalidDocumentException e) {
                CityStepDocument.rebase(e.violations(), step, CityStepDocument.kindOf(step)).forEach(v ->
                        problems.add(new Violation(at + v.path().substring(1), v.code(), v.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        // then recorded one after the other, each taken on the assessment the one before it recorded
        List<RecordedAssessment> recorded = new ArrayList<>();
        String on = stored.summary().id();
        String expected = first.expectedLatestId() != null ? first.expectedLatestId() : on;
        for (StepToRecord item : steps) {
            RecordedAssessment r = record(new StepToRecord(on, expected, item.step(), item.on(), item.reason()), by);
            recorded.add(r);
            on = r.summary().id();
            expected = on;
        }
        return List.copyOf(recorded);
    }

    /** The stored request with the step applied, as UTF-8 JSON. */
    private byte[] reassessment(String requestJson, String previousId, CityStep step, LocalDate on, String reason) {
        try {
            ObjectNode request = (ObjectNode) json.readTree(requestJson);
            request.put("assessmentDate", on.toString());
            JsonNode plan = request.get("plan");
            ObjectNode planNode = plan instanceof ObjectNode o ? o : request.putObject("plan");
            JsonNode value = json.valueToTree(step.document());
            CityStep.ListKey key = step.listKey();
            if (step instanceof CityStep.Decision) {
                planNode.set(step.planField(), value);
            } else {
                JsonNode list = planNode.get(step.planField());
                ArrayNode entries = list instanceof ArrayNode a ? a : planNode.putArray(step.planField());
                int at = key == null ? -1 : indexOf(entries, key);
                if (at >= 0) {
                    entries.set(at, value);
                } else {
                    entries.add(value);
                }
            }
            if (AssessmentRequestDocument.TYPE_2.equals(request.path("kumo").asText())) {
                ObjectNode follows = request.putObject("follows");
                follows.put("assessmentId", previousId);
                follows.put("reason", reason != null ? reason : defaultReason(step));
            }
            return json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored request " + previousId + " is not JSON", e);
        }
    }

    private static int indexOf(ArrayNode entries, CityStep.ListKey key) {
        for (int i = 0; i < entries.size(); i++) {
            JsonNode k = entries.get(i).get(key.field());
            if (k != null && k.isTextual() && k.asText().equals(key.value())) {
                return i;
            }
        }
        return -1;
    }

    /** "市の手続を記録: plan.x / City step recorded: plan.x". */
    private static String defaultReason(CityStep step) {
        LocalizedText text = StoreTexts.of("store.step.reason", "plan." + step.planField());
        return text.ja() + " / " + text.en();
    }
}
