package kumo.application.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.LocalizedText;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.InformationClassificationDto;
import kumo.application.document.request.SystemProfileDto;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.support.Project;
import kumo.domain.classification.ClassificationScheme;
import kumo.domain.classification.Confidentiality;
import kumo.domain.rules.v1.CatalogueV1;

class AssessServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final Documents documents = Documents.create();
    private final AssessUseCase service = new AssessService(CatalogueV1.catalogue(), documents);

    private AssessmentResultDocument assess(String json) {
        return service.assess(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), TODAY);
    }

    @Test
    void todayIsUsedOnlyWhenTheRequestHasNoDate() {
        assertThat(assess("{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}}").assessmentDate())
                .isEqualTo(TODAY);
        assertThat(assess("{\"kumo\": \"assessment-request/1\", \"assessmentDate\": \"2026-11-28\", \"system\": {}, \"service\": {}}")
                .assessmentDate()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void anEmptyRequestIsIncompleteNotAnError() {
        AssessmentResultDocument r = assess("{\"kumo\": \"assessment-request/1\", \"system\": {}, \"service\": {}}");
        assertThat(r.verdict().code()).isEqualTo("INCOMPLETE");
        assertThat(r.inScope()).isTrue();
        assertThat(r.kumo()).isEqualTo("assessment-result/1");
        assertThat(r.catalogueVersion()).isEqualTo("1");
        assertThat(r.findings()).hasSize(CatalogueV1.catalogue().requirements().size());
        assertThat(r.risks()).hasSize(29);
        assertThat(r.exemptions()).extracting(AssessmentResultDocument.ExemptionEntry::id)
                .containsExactly("EXM-LGWAN", "EXM-VIDEO", "EXM-ISMAP");
    }

    @Test
    void theResultCarriesTheDigestOfTheRequest() {
        String json = "{\"kumo\": \"assessment-request/1\", \"system\": {\"name\": \"x\"}, \"service\": {}}";
        AssessmentResultDocument r = assess(json);
        assertThat(r.requestDigest()).isEqualTo(Documents.sha256(documents.readRequest(json))).matches("[0-9a-f]{64}");
        assertThat(assess("{\"service\":{},\"system\":{\"name\":\"x\"},\"kumo\":\"assessment-request/1\"}").requestDigest())
                .isEqualTo(r.requestDigest());
    }

    @Test
    void aRequestBuiltInCodeIsValidatedToo() {
        SystemProfileDto system = new SystemProfileDto(null, null, null, null, null, null, null, null, null, null, null,
                null, null, new InformationClassificationDto(ClassificationScheme.THREE_LEVEL_2020, Confidentiality.C3A,
                        null, null, null, null, null), null, null, null, null);
        CloudServiceProfileDto service = new CloudServiceProfileDto(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        AssessmentRequestDocument request = new AssessmentRequestDocument(AssessmentRequestDocument.TYPE, null, null,
                system, service, null);
        assertThatThrownBy(() -> this.service.assess(request, TODAY))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("$.system.classification.confidentiality"));
    }

    @Test
    void malformedJsonThroughTheUseCaseIsAnInvalidDocument() {
        assertThatThrownBy(() -> assess("{\"kumo\": "))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.violations()).singleElement().extracting(Violation::code).isEqualTo("unexpectedEnd"));
    }

    @Test
    void theResultIsSelfContainedInBothLanguagesAndReadsBack() throws IOException {
        AssessmentResultDocument r;
        try (InputStream in = Files.newInputStream(Project.examples().resolve("full-city-record.json"))) {
            r = service.assess(in, TODAY);
        }
        List<LocalizedText> texts = new ArrayList<>();
        collect(r, texts);
        assertThat(texts).hasSizeGreaterThan(500).allSatisfy(t -> {
            assertThat(t.ja()).isNotBlank();
            assertThat(t.en()).isNotBlank();
        });
        assertThat(r.verdict().ja()).isNotBlank();
        assertThat(r.verdict().en()).isNotBlank();
        String json = documents.write(r);
        assertThat(documents.readResult(json)).isEqualTo(r);
        assertThat(json).contains("\"requestDigest\": \"" + r.requestDigest() + "\"", "\"interpretation\": null");
        var sec03 = r.findings().stream().filter(f -> f.id().equals("SEC-03")).findFirst().orElseThrow();
        assertThat(sec03.status()).isEqualTo("DEVIATED");
        assertThat(sec03.ruleStatus()).isEqualTo("NOT_MET");
        assertThat(sec03.deviation().requirementId()).isEqualTo("SEC-03");
    }

    /** Every LocalizedText reachable from a record, list or map. */
    private static void collect(Object o, List<LocalizedText> out) {
        if (o instanceof LocalizedText t) {
            out.add(t);
        } else if (o instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    collect(c.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (o instanceof Collection<?> c) {
            c.forEach(x -> collect(x, out));
        } else if (o instanceof Map<?, ?> m) {
            m.values().forEach(x -> collect(x, out));
        }
    }
}
