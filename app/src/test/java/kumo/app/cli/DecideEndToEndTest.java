package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code kumo decide} end to end on a real SQLite file: a step from the options and steps from a {@code
 * city-steps/1} file are recorded as re-assessments that follow the one they were taken on; bad input is exit 2
 * naming the option (or the path in the file) and leaves the store and its audit trail as they were; a step on an
 * assessment that is no longer the latest is exit 4.
 */
class DecideEndToEndTest {

    @TempDir
    Path dir;

    private String first;

    private String store() {
        return dir.resolve("kumo.db").toString();
    }

    /** The format-2 city record without its overall judgment (ASR-10 then PENDING), recorded. */
    @BeforeEach
    void recordOne() throws IOException {
        ObjectNode request = Kumo.read(Kumo.example("v2-conditional-interconnect-reassessment.json"));
        request.remove("follows");
        ((ObjectNode) request.get("plan")).remove("overallJudgment");
        Path file = Kumo.write(dir.resolve("request.json"), request);
        Kumo.Run r = Kumo.run("assess", file.toString(), "--record", "--store", store(), "--actor", "山田");
        Matcher m = Pattern.compile("評価を記録しました: ID (\\S+)（").matcher(r.out());
        assertThat(m.find()).as("%s", r).isTrue();
        first = m.group(1);
    }

    private int assessments() throws IOException {
        return Kumo.JSON.readTree(Kumo.run("assessment", "list", "--format", "json", "--store", store()).out())
                .get("total").asInt();
    }

    private String auditHead() {
        return Kumo.run("audit", "head", "--store", store()).out();
    }

    @Test
    void aDecisionFromTheOptionsIsRecordedAsAReassessmentWithWhoAndWhen() throws IOException {
        Kumo.Run r = Kumo.run("decide", first, "--step", "decision", "--field", "overallJudgment", "--outcome", "YES",
                "--rationale", "総合的に信頼できる", "--by", "情報政策課長", "--store", store(), "--actor", "佐藤",
                "--lang", "en");
        assertThat(r.exitCode()).as("%s", r).isZero();
        Matcher m = Pattern.compile("New assessment (\\S+): ").matcher(r.out());
        assertThat(m.find()).as("%s", r).isTrue();
        String next = m.group(1);
        assertThat(r.out()).startsWith("Recorded the step decision (plan.overallJudgment) on the assessment " + first)
                .contains("ASR-10: PENDING → MET");
        JsonNode request = Kumo.JSON.readTree(Kumo.run("assessment", "show", next, "--format", "request", "--store",
                store()).out());
        assertThat(request.at("/plan/overallJudgment/decidedBy").asText()).isEqualTo("情報政策課長");
        assertThat(request.at("/plan/overallJudgment/decidedOn").asText()).isEqualTo("2026-11-28");
        assertThat(request.at("/follows/assessmentId").asText()).isEqualTo(first);
        JsonNode summary = Kumo.JSON.readTree(Kumo.run("assessment", "list", "--format", "json", "--store", store())
                .out()).at("/items/0");
        assertThat(summary.get("id").asText()).isEqualTo(next);
        assertThat(summary.get("recordedBy").asText()).isEqualTo("佐藤");
        assertThat(assessments()).isEqualTo(2);
    }

    @Test
    void badStepsFromTheOptionsAreExit2NamingTheOptionAndRecordNothing() throws IOException {
        String head = auditHead();
        Kumo.Run unknownRisk = Kumo.run("decide", first, "--step", "risk", "--risk", "R99", "--treatment", "ACCEPT",
                "--rationale", "x", "--store", store(), "--lang", "en");
        assertThat(unknownRisk.exitCode()).as("%s", unknownRisk).isEqualTo(2);
        assertThat(unknownRisk.err()).contains("nothing was recorded").contains("  --risk: ");
        Kumo.Run badTreatment = Kumo.run("decide", first, "--step", "risk", "--risk", "R01", "--treatment", "MAYBE",
                "--store", store());
        assertThat(badTreatment.exitCode()).as("%s", badTreatment).isEqualTo(2);
        assertThat(badTreatment.err()).contains("--treatment: ");
        Kumo.Run wrongOption = Kumo.run("decide", first, "--step", "decision", "--treatment", "ACCEPT", "--store",
                store(), "--lang", "en");
        assertThat(wrongOption.exitCode()).isEqualTo(2);
        assertThat(wrongOption.err()).contains("--treatment does not belong to a step of kind decision");
        Kumo.Run noField = Kumo.run("decide", first, "--step", "decision", "--outcome", "YES", "--store", store());
        assertThat(noField.exitCode()).isEqualTo(2);
        assertThat(noField.err()).contains("--field: ");
        Kumo.Run unknownField = Kumo.run("decide", first, "--step", "decision", "--field", "colour", "--outcome", "YES",
                "--store", store());
        assertThat(unknownField.exitCode()).isEqualTo(2);
        assertThat(unknownField.err()).contains("--field: ").contains("overallJudgment");
        Kumo.Run badDate = Kumo.run("decide", first, "--step", "decision", "--field", "overallJudgment", "--on",
                "2026-02-30", "--store", store());
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--on");
        Kumo.Run badKind = Kumo.run("decide", first, "--step", "vote", "--store", store(), "--lang", "en");
        assertThat(badKind.exitCode()).isEqualTo(2);
        assertThat(badKind.err()).contains("Invalid value for --step: 'vote'");
        Kumo.Run notStored = Kumo.run("decide", "no-such-assessment", "--step", "decision", "--field",
                "overallJudgment", "--outcome", "YES", "--store", store());
        assertThat(notStored.exitCode()).isEqualTo(2);
        assertThat(notStored.err()).contains("no-such-assessment");

        assertThat(assessments()).as("nothing recorded").isEqualTo(1);
        assertThat(auditHead()).as("the audit trail is as it was").isEqualTo(head);
    }

    @Test
    void aStepOnAnAssessmentThatIsNoLongerTheLatestIsExit4AndRecordsNothing() throws IOException {
        assertThat(Kumo.run("decide", first, "--step", "decision", "--field", "overallJudgment", "--outcome", "YES",
                "--store", store()).exitCode()).isZero();
        String head = auditHead();
        Kumo.Run stale = Kumo.run("decide", first, "--step", "decision", "--field", "supplierEvaluation", "--outcome",
                "YES", "--store", store(), "--lang", "en");
        assertThat(stale.exitCode()).as("%s", stale).isEqualTo(4);
        assertThat(stale.err()).contains(first);
        assertThat(stale.out()).isEmpty();
        assertThat(assessments()).isEqualTo(2);
        assertThat(auditHead()).isEqualTo(head);
    }

    @Test
    void stepsFromAFileAreRecordedInOrderAndABadOneRecordsNone() throws IOException {
        String steps = """
                {"kumo": "city-steps/1", "steps": [
                  {"kind": "decision", "field": "overallJudgment", "decision": {"outcome": "YES", "rationale": "信頼できる"}},
                  {"kind": "riskDecision", "riskDecision": {"riskId": "R01", "treatment": "ACCEPT", "rationale": "影響は小さい"}}
                ]}""";
        Path bad = Files.writeString(dir.resolve("bad.json"), steps.replace("\"R01\"", "\"R99\""), StandardCharsets.UTF_8);
        String head = auditHead();
        Kumo.Run refused = Kumo.run("decide", first, "--file", bad.toString(), "--store", store());
        assertThat(refused.exitCode()).as("%s", refused).isEqualTo(2);
        assertThat(refused.err()).contains(bad.toString()).contains("$.steps[1].riskDecision.riskId");
        assertThat(assessments()).isEqualTo(1);
        assertThat(auditHead()).isEqualTo(head);

        Path good = Files.writeString(dir.resolve("steps.json"), steps, StandardCharsets.UTF_8);
        Kumo.Run r = Kumo.run("decide", first, "--file", good.toString(), "--format", "json", "--store", store());
        assertThat(r.exitCode()).as("%s", r).isZero();
        JsonNode doc = Kumo.JSON.readTree(r.out());
        assertThat(doc.get("kumo").asText()).isEqualTo("city-steps-recorded/1");
        assertThat(doc.get("steps")).hasSize(2);
        assertThat(doc.at("/steps/0/previousId").asText()).isEqualTo(first);
        assertThat(doc.at("/steps/1/previousId").asText()).isEqualTo(doc.at("/steps/0/id").asText());
        assertThat(assessments()).isEqualTo(3);

        Kumo.Run both = Kumo.run("decide", first, "--file", good.toString(), "--step", "decision", "--store", store());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--file");
    }
}
