package kumo.application.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kumo.application.assess.AssessService;
import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.Assessor;
import kumo.domain.catalogue.Language;
import kumo.domain.rules.v1.CatalogueV1;

/** The two ways of embedding kumo shown in the README, run exactly as written there. */
class LibraryUsageTest {

    private static final Path EXAMPLE = Path.of("../docs/examples/eligible-ismap-iaas.json");

    @Test
    void documentInResultDocumentOut() throws Exception {
        // README: "From a request document to a result document"
        AssessService kumo = new AssessService(CatalogueV1.catalogue());
        try (InputStream json = Files.newInputStream(EXAMPLE)) {
            AssessmentResultDocument result = kumo.assess(json, LocalDate.of(2026, 11, 28));
            System.out.println(result.verdict().code() + " " + result.verdict().ja());
            result.nextActions().forEach(a -> System.out.println(a.target() + ": " + a.text().ja()));

            assertThat(result.verdict().code()).isEqualTo("ELIGIBLE");
            assertThat(result.exemptions()).anyMatch(e -> e.id().equals("EXM-ISMAP") && e.state().equals("APPLIED"));
        }
    }

    @Test
    void domainObjectsInAssessmentOut() throws Exception {
        // README: "Straight to the engine"
        Documents documents = Documents.create();
        AssessmentRequestDocument request = documents.readRequest(Files.readAllBytes(EXAMPLE));
        AssessmentRequestDocument.DomainInput in = request.toDomain();
        Assessor assessor = new Assessor(CatalogueV1.catalogue());
        Assessment assessment = assessor.assess(in.system(), in.service(), in.plan(), LocalDate.of(2026, 11, 28));
        assessment.findings().forEach(f -> System.out.println(f.id() + " " + f.status() + " "
                + f.reasons().get(0).render(assessor.catalogue().texts(), Language.EN)));

        assertThat(assessment.verdict()).hasToString("ELIGIBLE");
        assertThat(assessment.finding("ASR-01").status()).hasToString("EXEMPT");
    }
}
