package kumo.application.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kumo.application.document.Documents;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.NextActionText;
import kumo.application.support.Project;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * docs/cli.md: out of scope, everything is advice. The example a new user tried gave 56 blocking actions;
 * through the application it now gives none, and still lists every action as advice.
 */
class OutOfScopeActionsTest {

    private final AssessUseCase service = new AssessService(CatalogueV1.catalogue(), Documents.create());

    @Test
    void theOutOfScopeExampleHasNoBlockingAction() throws Exception {
        AssessmentResultDocument r;
        try (InputStream in = Files.newInputStream(Project.examples().resolve("out-of-scope-event-website.json"))) {
            r = service.assess(in, LocalDate.of(2026, 11, 28));
        }
        assertThat(r.verdict().code()).isEqualTo("OUT_OF_SCOPE");
        assertThat(r.summary().blockingActions()).isZero();
        assertThat(r.nextActions()).isNotEmpty().noneMatch(NextActionText::blocking)
                .allMatch(a -> a.stage().equals("ELIGIBLE"));
        assertThat(r.summary().advisories()).isEqualTo(r.nextActions().size());
        // LAW-01 (data in the US) is still there, as advice
        assertThat(r.nextActions()).anyMatch(a -> a.target().equals("LAW-01"));
    }
}
