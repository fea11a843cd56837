package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;

import kumo.application.document.Documents;

/**
 * The published schema of {@code city-steps/1} ({@code kumo decide --file}) and the reader agree: a document of
 * every kind of step is valid against the schema and read by {@link CityStepsDocument} into steps; what the reader
 * refuses for the shape of a step (an unknown kind, a decision without its field, a member of another kind, an
 * unknown member) the schema refuses too.
 */
class CityStepsSchemaTest {

    private static final Documents documents = Documents.create();

    private static final String STEPS = """
            {"kumo": "city-steps/1", "steps": [
              {"kind": "decision", "field": "overallJudgment", "decision": {"outcome": "YES", "rationale": "信頼できる"},
               "expectedLatestId": "a1", "on": "2026-12-01", "reason": "総合判断"},
              {"kind": "consultation", "consultation": {"stage": "PLANNING", "view": "NO_OBJECTION"}},
              {"kind": "deviation", "deviation": {"requirementId": "SEC-03", "rationale": "専用線",
               "decision": {"outcome": "YES", "decidedBy": "CIO"}}},
              {"kind": "riskDecision", "riskDecision": {"riskId": "R01", "treatment": "ACCEPT", "rationale": "小さい",
               "check": {"result": "確認済み"}}},
              {"kind": "scopeCheck", "scopeCheck": {"evidenceId": "ISO27001-1", "coversService": true}},
              {"kind": "auditReview", "auditReview": {"reportId": "SOC2-2026", "acceptable": "YES", "judgment": "問題なし"}}
            ]}""";

    @Test
    void everyKindOfStepIsValidAgainstTheSchemaAndReadAsASteps() throws IOException {
        Schema schema = StoreExportTest.publishedSchema("city-steps.schema.json");
        JsonNode doc = documents.objectMapper().readTree(STEPS);
        assertThat(schema.validate(doc)).isEmpty();
        CityStepsDocument read = documents.read(STEPS.getBytes(StandardCharsets.UTF_8), CityStepsDocument.class);
        assertThat(read.kumo()).isEqualTo(CityStepsDocument.TYPE);
        assertThat(read.steps()).hasSize(6);
        assertThat(read.steps()).extracting(s -> CityStepDocument.kindOf(s.toStep("a1").step()))
                .containsExactlyElementsOf(CityStepDocument.KINDS);
    }

    @Test
    void whatTheReaderRefusesForAStepsShapeTheSchemaRefuses() throws IOException {
        Schema schema = StoreExportTest.publishedSchema("city-steps.schema.json");
        ObjectNode doc = (ObjectNode) documents.objectMapper().readTree(STEPS);
        String[] broken = {
            "/steps/0/kind", "vote",
            "/steps/0/field", null,
            "/steps/1/decision", "{}",
            "/steps/3/riskDecision/colour", "blue",
            "/kumo", "city-steps/2",
        };
        for (int i = 0; i < broken.length; i += 2) {
            ObjectNode copy = doc.deepCopy();
            String pointer = broken[i];
            int slash = pointer.lastIndexOf('/');
            ObjectNode parent = (ObjectNode) copy.at(pointer.substring(0, slash));
            String name = pointer.substring(slash + 1);
            if (broken[i + 1] == null) {
                parent.remove(name);
            } else if (broken[i + 1].equals("{}")) {
                parent.putObject(name);
            } else {
                parent.put(name, broken[i + 1]);
            }
            assertThat(schema.validate(copy)).as(pointer).isNotEmpty();
        }
        ObjectNode empty = doc.deepCopy();
        empty.putArray("steps");
        assertThat(schema.validate(empty)).as("no steps").isNotEmpty();
    }
}
