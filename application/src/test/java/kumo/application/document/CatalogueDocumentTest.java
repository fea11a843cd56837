package kumo.application.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kumo.application.document.catalogue.CatalogueDocument;
import kumo.domain.rules.v1.CatalogueV1;

/** What the CLI's {@code kumo catalogue} asks of the catalogue document: one list, one entry, the nearest IDs. */
class CatalogueDocumentTest {

    private final CatalogueDocument doc = CatalogueDocument.of(CatalogueV1.catalogue());

    @Test
    void onlyKeepsTheOneListNamed() {
        CatalogueDocument risks = doc.only("risks");
        assertThat(risks.risks()).isEqualTo(doc.risks());
        assertThat(risks.requirements()).isNull();
        assertThat(risks.exemptions()).isNull();
        assertThat(risks.clauses()).isNull();
        assertThat(risks.ids()).hasSize(doc.risks().size()).allMatch(id -> id.startsWith("R"));
    }

    @Test
    void anEntryIsFoundInItsOwnListOnly() {
        CatalogueDocument one = doc.entry("ENT-01").orElseThrow();
        assertThat(one.requirements()).singleElement().extracting(CatalogueDocument.RequirementEntry::id)
                .isEqualTo("ENT-01");
        assertThat(one.risks()).isNull();
        assertThat(doc.entry("R01").orElseThrow().risks()).hasSize(1);
        assertThat(doc.entry("EXM-LGWAN").orElseThrow().exemptions()).hasSize(1);
        assertThat(doc.entry("ent-01")).as("IDs are exact").isEmpty();
        assertThat(doc.only("risks").entry("ENT-01")).as("not in the list kept").isEmpty();
    }

    @Test
    void theNearestIdsAreThoseFewestEditsAway() {
        assertThat(doc.nearest("ENT-1", 3)).first().isEqualTo("ENT-01");
        assertThat(doc.nearest("ent-01", 1)).containsExactly("ENT-01");
        assertThat(doc.nearest("EXM-LGWN", 1)).containsExactly("EXM-LGWAN");
        assertThat(doc.nearest("R1", 3)).hasSize(3).contains("R01");
    }
}
