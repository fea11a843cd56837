package kumo.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kumo.domain.rules.v1.CatalogueV1;
import kumo.domain.rules.v1.risks.R10DataCentreLocation;

/**
 * {@code risks.tsv} is checked against the typed risk rules when the catalogue loads: a typo or a row
 * that disagrees with its class stops the load with the file and line, instead of loading fine and
 * failing at assessment time. The broken files are copies of catalogue v1's with one fault each
 * ({@code src/test/resources/kumo/domain/catalogue/broken/}).
 */
class CatalogueRiskTableTest {

    private static final String BROKEN = "/kumo/domain/catalogue/broken/";

    @Test
    void aMistypedCapabilityFailsTheCatalogueLoadNamingTheFileAndLine() {
        assertThatThrownBy(() -> Catalogue.load(BROKEN, List.of(), CatalogueV1.risks()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(BROKEN + "risks.tsv line 12: R10: capability \"DATA_IN_JAPN\" is not one of ")
                .hasMessageContaining("DATA_IN_JAPAN")
                .hasMessageContaining("(or \"-\" for none)");
    }

    static Stream<Arguments> brokenRows() {
        return Stream.of(
                Arguments.of("risks-unknown-applicability.tsv",
                        " line 23: R21: applies when \"MOBILE\" is not one of ALWAYS, INFORMATIONAL,"),
                Arguments.of("risks-check-first.tsv", " line 15: R13: check first \"yes\" is neither Y nor N"),
                Arguments.of("risks-wrong-capability.tsv",
                        " line 29: R27: capability is DATA_IN_JAPAN but its class R27Interoperability says STANDARD_INTERFACES"),
                Arguments.of("risks-wrong-alternative.tsv",
                        " line 11: R09: policy's alternative is ACCEPT but its class R09ScaleOut says TRANSFER_OR_ACCEPT"),
                Arguments.of("risks-without-class.tsv", " line 32: R30: no risk class carries this ID"),
                Arguments.of("risks-duplicate.tsv", " line 32: R29: a second row for the same risk"),
                Arguments.of("risks-without-row.tsv", ": no row for risk R29 (class R29DistributedManagement)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRows")
    void aRowThatDisagreesWithTheTypedRulesFailsNamingTheFileAndLine(String file, String message) {
        assertThatThrownBy(() -> RiskTable.read(BROKEN + file, CatalogueV1.risks()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(BROKEN + file + message);
    }

    @Test
    void twoClassesForOneRiskFail() {
        List<RiskRule> twice = new ArrayList<>(CatalogueV1.risks());
        twice.add(new R10DataCentreLocation());
        assertThatThrownBy(() -> RiskTable.read(CatalogueV1.RESOURCES + "risks.tsv", twice))
                .hasMessage("two risk classes for R10: R10DataCentreLocation and R10DataCentreLocation");
    }

    @Test
    void catalogueV1LoadsEachRiskWithItsOwnClassAndTheSameTypedValues() {
        Catalogue c = CatalogueV1.catalogue();
        assertThat(c.risks()).hasSize(29);
        for (RiskDefinition k : c.risks()) {
            RiskRule rule = c.riskRule(k.id());
            assertThat(rule.id()).isEqualTo(k.id());
            assertThat(rule.getClass().getSimpleName()).as(k.id()).startsWith(k.id());
            assertThat(rule.appliesWhen()).as(k.id()).isEqualTo(k.appliesWhen());
            assertThat(rule.capability()).as(k.id()).isEqualTo(k.capability());
            assertThat(rule.checkFirst()).as(k.id()).isEqualTo(k.checkFirst());
            assertThat(rule.alternative()).as(k.id()).isEqualTo(k.alternative());
        }
        assertThat(c.riskRule("R10")).isInstanceOf(R10DataCentreLocation.class);
    }
}
