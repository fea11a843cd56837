package kumo.application.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;

import kumo.application.assess.AssessService;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.DeviationRecord;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.support.Project;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * A finding's {@code deviation} says what became of the deviation: accepted, approval missing, approved
 * after the assessment date, or refused by the rule (a non-deviable part such as §4(3) encryption at rest).
 * The new fields are optional, so a version-1 result written before them still reads and validates.
 */
class DeviationRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DATE = LocalDate.of(2026, 11, 28);

    private final Documents documents = Documents.create();
    private final AssessService service = new AssessService(CatalogueV1.catalogue(), documents);

    /** The full city record (personal data), with SEC-07's encryption at rest gone and the given SEC-07 deviation. */
    private AssessmentResultDocument sec07Deviation(String approvedOn) throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readAllBytes(Project.examples().resolve("full-city-record.json")));
        ((ObjectNode) request.path("service").path("security")).put("encryptionAtRest", false);
        ObjectNode deviation = ((ArrayNode) request.path("plan").path("deviations")).addObject();
        deviation.put("requirementId", "SEC-07");
        deviation.put("rationale", "保存時の暗号化は不要と判断した");
        deviation.put("justifiedByFlowDesign", true);
        deviation.put("approvedBy", "情報セキュリティ管理者");
        deviation.put("approvedOn", approvedOn);
        return service.assess(new ByteArrayInputStream(JSON.writeValueAsBytes(request)), DATE);
    }

    private static FindingEntry finding(AssessmentResultDocument r, String id) {
        return r.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aDeviationTheRuleRefusesIsInTheFindingAsNotAccepted() throws Exception {
        AssessmentResultDocument r = sec07Deviation("2026-10-30");
        FindingEntry sec07 = finding(r, "SEC-07");
        assertThat(sec07.status()).isEqualTo("NOT_MET");
        DeviationRecord d = sec07.deviation();
        assertThat(d).isNotNull();
        assertThat(d.requirementId()).isEqualTo("SEC-07");
        assertThat(d.accepted()).isFalse();
        assertThat(d.outcome()).isEqualTo("NOT_DEVIABLE");
        assertThat(d.why().en()).startsWith("Refused").contains("§4(3)");
        assertThat(d.why().ja()).startsWith("認めない");

        FindingEntry sec03 = finding(r, "SEC-03");
        assertThat(sec03.status()).isEqualTo("DEVIATED");
        assertThat(sec03.deviation().accepted()).isTrue();
        assertThat(sec03.deviation().outcome()).isEqualTo("ACCEPTED");

        String json = documents.write(r);
        Schema schema = SchemaTest.schema("assessment-result.schema.json");
        assertThat(schema.validate(JSON.readTree(json))).isEmpty();
        assertThat(documents.readResult(json).findings()).filteredOn(f -> f.id().equals("SEC-07")).singleElement()
                .extracting(FindingEntry::deviation).isEqualTo(d);
    }

    @Test
    void aVersion1ResultWithoutTheNewFieldsStillReadsAndValidates() throws Exception {
        ObjectNode result = (ObjectNode) JSON.readTree(documents.write(sec07Deviation("2026-10-30")));
        for (var f : result.path("findings")) {
            if (f.path("deviation").isObject()) {
                ((ObjectNode) f.path("deviation")).remove(java.util.List.of("accepted", "outcome", "why"));
            }
        }
        assertThat(SchemaTest.schema("assessment-result.schema.json").validate(result)).isEmpty();
        DeviationRecord read = finding(documents.readResult(JSON.writeValueAsString(result)), "SEC-07").deviation();
        assertThat(read.requirementId()).isEqualTo("SEC-07");
        assertThat(read.accepted()).isNull();
    }

    @Test
    void aDeviationApprovedAfterTheAssessmentDateIsToldFromOneWhoseApprovalIsMissing() throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(Files.readAllBytes(Project.examples().resolve("full-city-record.json")));
        ((ObjectNode) request.path("plan").path("deviations").get(0)).put("approvedOn", "2026-11-29");
        AssessmentResultDocument later = service.assess(new ByteArrayInputStream(JSON.writeValueAsBytes(request)), DATE);
        ((ObjectNode) request.path("plan").path("deviations").get(0)).putNull("approvedBy");
        AssessmentResultDocument missing = service.assess(new ByteArrayInputStream(JSON.writeValueAsBytes(request)), DATE);

        assertThat(finding(later, "SEC-03").status()).isEqualTo("PENDING");
        assertThat(finding(later, "SEC-03").deviation().outcome()).isEqualTo("APPROVED_AFTER_ASSESSMENT_DATE");
        assertThat(finding(missing, "SEC-03").deviation().outcome()).isEqualTo("NOT_APPROVED");
        assertThat(finding(later, "SEC-03").deviation().why()).isNotEqualTo(finding(missing, "SEC-03").deviation().why());
        assertThat(later.nextActions()).filteredOn(a -> a.target().equals("SEC-03")).singleElement()
                .satisfies(a -> assertThat(a.type()).isEqualTo("REASSESS"))
                .satisfies(a -> assertThat(a.text().en()).contains("2026-11-29").contains("after the assessment date"));
        assertThat(missing.nextActions()).filteredOn(a -> a.target().equals("SEC-03")).singleElement()
                .satisfies(a -> assertThat(a.type()).isEqualTo("APPROVE_DEVIATION"));
        assertThat(documents.write(later)).contains("APPROVED_AFTER_ASSESSMENT_DATE");
    }
}
