package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kumo.application.document.catalogue.CatalogueDocument;

/**
 * {@code kumo catalogue}: lists and shows the catalogue in either language from the application's {@code
 * catalogue/1} document, never opening the store; an unknown ID is exit 2 with the nearest IDs.
 */
class CatalogueCommandTest {

    private static Cli.Run run(String... args) {
        return Cli.untouched(args);
    }

    @Test
    void listShowsEveryEntryOfEveryListOnItsOwnLine() {
        Cli.Run r = run("catalogue", "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        CatalogueDocument doc = CatalogueDocument.of(Cli.CATALOGUE);
        assertThat(r.out()).contains("Requirements (" + doc.requirements().size() + ")")
                .contains("Risks of §3 (" + doc.risks().size() + ")")
                .contains("Exemptions (" + doc.exemptions().size() + ")")
                .contains("Policy clauses (" + doc.clauses().size() + ")");
        for (String id : doc.ids()) {
            assertThat(r.out()).contains("\n  " + id + " ");
        }
        assertThat(r.out()).containsPattern("\n  ENT-01 +Prohibition / Service and provider \\[conditional\\]  ");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void kindKeepsOneListAndJsonIsTheCatalogueDocumentWithOnlyIt() throws Exception {
        Cli.Run text = run("catalogue", "list", "--kind", "risks");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("§3 のリスク").doesNotContain("ENT-01").contains("R01");

        Cli.Run json = run("catalogue", "list", "--kind", "exemptions", "--format", "json");
        assertThat(json.exitCode()).isZero();
        JsonNode doc = Cli.DOCUMENTS.objectMapper().readTree(json.out());
        assertThat(doc.get("kumo").asText()).isEqualTo("catalogue/1");
        assertThat(doc.has("requirements")).isFalse();
        assertThat(doc.get("exemptions")).hasSize(CatalogueDocument.of(Cli.CATALOGUE).exemptions().size());
    }

    @Test
    void showGivesOneRequirementWithItsLevelMarksClausesAndInterpretationInEitherLanguage() {
        CatalogueDocument.RequirementEntry withNote = CatalogueDocument.of(Cli.CATALOGUE).requirements().stream()
                .filter(r -> r.interpretation() != null && r.deviable()).findFirst().orElseThrow();
        Cli.Run ja = run("catalogue", "show", withNote.id());
        assertThat(ja.exitCode()).as(ja.err()).isZero();
        assertThat(ja.out()).startsWith("要件 " + withNote.id() + ": " + withNote.title().ja())
                .contains("水準: ").contains("逸脱可（§4(2) の承認を得た逸脱）: はい")
                .contains("根拠条項: " + withNote.sourceClauses().get(0))
                .contains("解釈（kumo による方針の読み方）: " + withNote.interpretation().ja());
        Cli.Run en = run("catalogue", "show", withNote.id(), "--lang", "en");
        assertThat(en.out()).contains(withNote.title().en()).contains("Deviable (§4(2) deviation with approval): yes")
                .contains(withNote.interpretation().en());
    }

    @Test
    void showFindsRisksExemptionsAndClausesToo() throws Exception {
        assertThat(run("catalogue", "show", "R01").out()).startsWith("リスク R01: ");
        assertThat(run("catalogue", "show", "EXM-LGWAN", "--lang", "en").out()).startsWith("Exemption EXM-LGWAN: ")
                .contains("Exempts: ");
        Cli.Run clause = run("catalogue", "show", "§4(4)", "--lang", "en");
        assertThat(clause.exitCode()).as(clause.err()).isZero();
        assertThat(clause.out()).startsWith("Clause §4(4): ").contains("Cited by: ");
        JsonNode one = Cli.DOCUMENTS.objectMapper().readTree(run("catalogue", "show", "R01", "--format", "json").out());
        assertThat(one.get("risks")).hasSize(1);
        assertThat(one.get("risks").get(0).get("id").asText()).isEqualTo("R01");
        assertThat(one.has("requirements")).isFalse();
    }

    @Test
    void anUnknownIdIsExit2NamingItAndTheNearestIds() {
        Cli.Run r = run("catalogue", "show", "ENT-1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("ID「ENT-1」").contains("近い ID: ENT-01");
        Cli.Run en = run("catalogue", "show", "R1", "--kind", "risks", "--lang", "en");
        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).contains("No entry of the list risks has the ID \"R1\"").contains("R01");
        Cli.Run wrongList = run("catalogue", "show", "ENT-01", "--kind", "risks");
        assertThat(wrongList.exitCode()).isEqualTo(2);
    }

    @Test
    void badCommandLinesAreExit2NamingWhatIsWrong() {
        assertThat(run("catalogue", "show").err()).contains("ID");
        assertThat(run("catalogue", "show").exitCode()).isEqualTo(2);
        Cli.Run kind = run("catalogue", "--kind", "rules", "--lang", "en");
        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.err()).contains("Invalid value for --kind: 'rules'").contains("requirements | risks");
        Cli.Run format = run("catalogue", "--format", "csv");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format の値「csv」");
        Cli.Run action = run("catalogue", "delete", "--lang", "en");
        assertThat(action.exitCode()).isEqualTo(2);
        assertThat(action.err()).contains("'delete'");
    }
}
