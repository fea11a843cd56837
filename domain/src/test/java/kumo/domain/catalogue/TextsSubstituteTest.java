package kumo.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The positional placeholder substitution every rendered text goes through. */
class TextsSubstituteTest {

    @Test
    void replacesPositionalPlaceholdersInAnyOrderAndRepeatedly() {
        assertThat(Texts.substitute("{1} は {0}、再び {1}", new Object[] {"a", "b"})).isEqualTo("b は a、再び b");
    }

    @Test
    void keepsQuotesAndApostrophesAsWritten() {
        assertThat(Texts.substitute("the provider's '{0}'", new Object[] {"SLA"})).isEqualTo("the provider's 'SLA'");
    }

    @Test
    void leavesBracesThatAreNotPlaceholdersAlone() {
        assertThat(Texts.substitute("{\"kumo\": {0}} {x} {} {5}", new Object[] {"1"}))
                .isEqualTo("{\"kumo\": 1} {x} {} {5}");
    }

    @Test
    void rendersAnArgumentTypedWithAnAtSignAsTyped() {
        Texts texts = kumo.domain.rules.v1.CatalogueV1.catalogue().texts();
        assertThat(texts.format(Language.EN, "reason.decision.yes", java.util.List.of("@no.such.key", "@Mr. X", "2026-11-28")))
                .contains("@Mr. X").contains("2026-11-28");
    }

    @Test
    void anEnglishSentenceStartingWithALabelIsCapitalised() {
        Texts texts = kumo.domain.rules.v1.CatalogueV1.catalogue().texts();
        assertThat(texts.format(Language.EN, "reason.decision.missing", java.util.List.of("@fact.plan.entrustment")))
                .startsWith("Decision on entrusting");
        assertThat(texts.format(Language.JA, "reason.decision.missing", java.util.List.of("@fact.plan.entrustment")))
                .startsWith("情報の取扱いを委ねることの可否の判断");
    }
}
