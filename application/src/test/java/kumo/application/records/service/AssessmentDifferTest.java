package kumo.application.records.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.AssessmentDiff;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.Fixtures;

class AssessmentDifferTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final AssessmentDiffer differ = new AssessmentDiffer(Fixtures.DOCUMENTS);

    private static AssessmentRecord record(String id, ObjectNode tree, Instant at) {
        AssessmentRequestDocument request = Fixtures.request(tree);
        AssessmentResultDocument result = Fixtures.ASSESS.assess(request, TODAY);
        return new AssessmentRecord(new AssessmentSummary(id, "sys", "svc", null, result.verdict().code(),
                result.catalogueVersion(), result.assessmentDate(), at, "山田"),
                Documents.canonicalJson(request), Documents.canonicalJson(result));
    }

    @Test
    void renewingTheExpiredCertificateChangesVerdictFactsFindings() {
        ObjectNode before = Fixtures.tree("expired-certificate.json");
        ObjectNode after = before.deepCopy();
        ObjectNode certificate = (ObjectNode) after.with("service").withArray("certifications").get(1);
        certificate.put("validUntil", "2029-09-30");
        AssessmentRecord older = record("a1", before, Instant.parse("2026-11-01T00:00:00Z"));
        AssessmentRecord newer = record("a2", after, Instant.parse("2026-12-01T00:00:00Z"));

        AssessmentDiff diff = differ.diff(older, newer);

        assertThat(diff.verdictBefore()).isEqualTo("NOT_ELIGIBLE");
        assertThat(diff.verdictAfter()).isNotEqualTo("NOT_ELIGIBLE");
        assertThat(diff.verdictChanged()).isTrue();
        assertThat(diff.facts()).containsExactly(new AssessmentDiff.FactChange(
                "/service/certifications/1/validUntil", "\"2026-09-30\"", "\"2029-09-30\""));
        assertThat(diff.findings()).extracting(AssessmentDiff.StatusChange::id).contains("ASR-01");
        assertThat(diff.findings()).filteredOn(c -> c.id().equals("ASR-01"))
                .containsExactly(new AssessmentDiff.StatusChange("ASR-01", "NOT_MET", "MET"));
        assertThat(diff.older().id()).isEqualTo("a1");
        assertThat(diff.newer().id()).isEqualTo("a2");
    }

    @Test
    void addedAndRemovedFieldsAndElementsHaveANullSideLeafByLeaf() {
        ObjectNode before = Fixtures.tree("expired-certificate.json");
        ObjectNode after = before.deepCopy();
        after.with("system").remove("serviceHours");
        ArrayNode certificates = after.with("service").withArray("certifications");
        certificates.addObject().put("id", "CSM-1").put("type", "JASA_CS_MARK");
        after.with("service").with("continuity").put("availabilitySlaPercent", 99.9);
        after.with("system").put("name", "a/b~c");
        AssessmentDiff diff = differ.diff(record("a1", before, Instant.EPOCH), record("a2", after, Instant.EPOCH));

        assertThat(diff.facts()).containsExactly(
                new AssessmentDiff.FactChange("/service/certifications/2/id", null, "\"CSM-1\""),
                new AssessmentDiff.FactChange("/service/certifications/2/type", null, "\"JASA_CS_MARK\""),
                new AssessmentDiff.FactChange("/service/continuity/availabilitySlaPercent", "99.95", "99.9"),
                new AssessmentDiff.FactChange("/system/name", "\"健康診査 予約・結果管理\"", "\"a/b~c\""),
                new AssessmentDiff.FactChange("/system/serviceHours", "\"平日 8:45–17:30（夜間・休日は停止可）\"", null));
    }

    @Test
    void aWholeSubtreeAddedIsListedByItsLeavesInIndexOrder() {
        ObjectNode before = Fixtures.tree("expired-certificate.json");
        before.remove("plan");
        ObjectNode after = before.deepCopy();
        ArrayNode decisions = after.with("plan").withArray("riskDecisions");
        for (int i = 1; i <= 11; i++) {
            decisions.addObject().put("riskId", String.format("R%02d", i));
        }
        AssessmentDiff diff = differ.diff(record("a1", before, Instant.EPOCH), record("a2", after, Instant.EPOCH));
        assertThat(diff.facts()).extracting(AssessmentDiff.FactChange::path).startsWith(
                "/plan/riskDecisions/0/riskId", "/plan/riskDecisions/1/riskId", "/plan/riskDecisions/2/riskId")
                .endsWith("/plan/riskDecisions/9/riskId", "/plan/riskDecisions/10/riskId").hasSize(11);
        assertThat(diff.facts()).allSatisfy(f -> assertThat(f.before()).isNull());
    }

    @Test
    void identicalAssessmentsDifferInNothing() {
        ObjectNode tree = Fixtures.tree("full-city-record.json");
        AssessmentDiff diff = differ.diff(record("a1", tree, Instant.EPOCH), record("a2", tree, Instant.EPOCH));
        assertThat(diff.verdictChanged()).isFalse();
        assertThat(diff.facts()).isEmpty();
        assertThat(diff.findings()).isEmpty();
        assertThat(diff.risks()).isEmpty();
    }

    @Test
    void risksWhoseStateDiffersAreListedInRegisterOrder() {
        ObjectNode before = Fixtures.tree("full-city-record.json");
        ObjectNode after = before.deepCopy();
        ArrayNode decisions = after.with("plan").withArray("riskDecisions");
        String first = decisions.get(0).get("riskId").asText();
        String second = decisions.get(1).get("riskId").asText();
        decisions.remove(1);
        decisions.remove(0);
        AssessmentDiff diff = differ.diff(record("a1", before, Instant.EPOCH), record("a2", after, Instant.EPOCH));
        assertThat(diff.risks()).extracting(AssessmentDiff.StatusChange::id).containsExactly(first, second);
        assertThat(diff.risks()).allSatisfy(r -> {
            assertThat(r.before()).isEqualTo("DECIDED");
            assertThat(r.after()).isNotEqualTo("DECIDED");
        });
    }

    @Test
    void pointerTokensAreEscaped() {
        assertThat(AssessmentDiffer.escape("a/b~c")).isEqualTo("a~1b~0c");
    }
}
