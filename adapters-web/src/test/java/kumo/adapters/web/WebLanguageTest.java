package kumo.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import kumo.domain.catalogue.Language;
import org.junit.jupiter.api.Test;

class WebLanguageTest {

    @Test
    void acceptLanguageIsReadByWeightAndOnlyForLanguagesKumoSpeaks() {
        assertThat(WebLanguage.fromAcceptLanguage("en-US,en;q=0.9,ja;q=0.8")).isEqualTo(Language.EN);
        assertThat(WebLanguage.fromAcceptLanguage("fr;q=1, ja-JP;q=0.5, en;q=0.4")).isEqualTo(Language.JA);
        assertThat(WebLanguage.fromAcceptLanguage("ja;q=0.1, en;q=0.9")).isEqualTo(Language.EN);
        assertThat(WebLanguage.fromAcceptLanguage("de, fr")).isNull();
        assertThat(WebLanguage.fromAcceptLanguage("en;q=0")).isNull();
        assertThat(WebLanguage.fromAcceptLanguage(";;;q=zz")).isNull();
        assertThat(WebLanguage.fromAcceptLanguage(null)).isNull();
    }

    @Test
    void onlyJaAndEnAreLanguages() {
        assertThat(WebLanguage.parse(" EN ")).isEqualTo(Language.EN);
        assertThat(WebLanguage.parse("ja")).isEqualTo(Language.JA);
        assertThat(WebLanguage.parse("jp")).isNull();
        assertThat(WebLanguage.parse("")).isNull();
    }
}
