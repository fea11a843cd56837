package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Language;

/** {@link TerminalText}: user-supplied text made safe for one terminal line, kumo's own texts left alone. */
class TerminalTextTest {

    @Test
    void lineBreaksAndTabsAreShownAsTheirEscapes() {
        assertThat(TerminalText.line("情報政策課\n2026-01-01 ELIGIBLE\r\tx")).isEqualTo("情報政策課\\n2026-01-01 ELIGIBLE\\r\\tx");
    }

    @Test
    void escapeSequencesLoseTheirEscapeCharacter() {
        assertThat(TerminalText.line("a\u001b[2Jb\u009b31mc\u0007\u0000\u007f"))
                .isEqualTo("a\\u001B[2Jb\\u009B31mc\\u0007\\u0000\\u007F");
    }

    @Test
    void bidiControlsAndLineSeparatorsAreShownAsCodes() {
        assertThat(TerminalText.line("\u202aA\u202bB\u202cC\u202dD\u202eE\u2066F\u2067G\u2068H\u2069I\u2028J\u2029K\u200e\u200f\u061c"))
                .isEqualTo("\\u202AA\\u202BB\\u202CC\\u202DD\\u202EE\\u2066F\\u2067G\\u2068H\\u2069I\\u2028J\\u2029K"
                        + "\\u200E\\u200F\\u061C");
    }

    @Test
    void unpairedSurrogatesAreShownAsCodesAndPairsAreKept() {
        assertThat(TerminalText.line("\ud800x\udc00 𠮷")).isEqualTo("\\uD800x\\uDC00 𠮷");
    }

    @Test
    void ordinaryTextJapaneseIncludedIsKeptAsItIsAndSafeTextStaysTheSame() {
        String text = "こども家庭局 子育て支援課（Example Cloud K.K.）C:\\kumo ＡＢＣ　全角";
        assertThat(TerminalText.line(text)).isSameAs(text);
        String once = TerminalText.line("x\n\u001b\u202e");
        assertThat(TerminalText.line(once)).isEqualTo(once);
        assertThat(TerminalText.line(null)).isNull();
    }

    @Test
    void aJsonDocumentKeepsItsLayoutAndItsMeaning() {
        String json = "{\n  \"department\" : \"課\\n\u202e\u2028\u007f\"\n}";
        assertThat(TerminalText.json(json)).isEqualTo("{\n  \"department\" : \"課\\n\\u202E\\u2028\\u007F\"\n}");
    }

    @Test
    void anArgumentOfACliTextIsMadeSafeButTheTextItselfIsKumos() {
        CliTexts cli = CliTexts.of(Language.EN);
        assertThat(cli.get("paren", "name\n#2 forged", "\u001b[2J")).isEqualTo("name\\n#2 forged (\\u001B[2J)");
        assertThat(cli.get("paren", 1234, "x")).startsWith("1234 ");
    }

    /** Were one of kumo's own texts to hold such a character, making a line safe as a whole would show it escaped. */
    @Test
    void kumosOwnTextsHoldNoCharacterThatWouldBeEscaped() {
        Catalogue catalogue = Cli.CATALOGUE;
        int checked = 0;
        for (Language language : Language.values()) {
            Properties cli = CliTexts.read(language);
            for (String key : cli.stringPropertyNames()) {
                assertThat(TerminalText.line(cli.getProperty(key))).as("cli %s %s", language, key)
                        .isEqualTo(cli.getProperty(key));
                checked++;
            }
            for (String key : catalogue.texts().keys(language)) {
                String text = catalogue.texts().find(language, key);
                assertThat(TerminalText.line(text)).as("catalogue %s %s", language, key).isEqualTo(text);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }
}
