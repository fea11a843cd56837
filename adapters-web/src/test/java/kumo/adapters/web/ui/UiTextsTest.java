package kumo.adapters.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeSet;

import kumo.domain.catalogue.Language;
import org.junit.jupiter.api.Test;

/** Every UI text exists in Japanese and English, with the same placeholders, the Japanese one in Japanese. */
class UiTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        Properties ja = UiTexts.properties(Language.JA);
        Properties en = UiTexts.properties(Language.EN);
        assertThat(new TreeSet<>(ja.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : ja.stringPropertyNames()) {
            assertThat(placeholders(ja.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
            assertThat(ja.getProperty(key)).as("ja %s is not blank", key).isNotBlank();
            assertThat(en.getProperty(key)).as("en %s is not blank", key).isNotBlank();
        }
    }

    @Test
    void japaneseTextsAreJapaneseUnlessTheyAreNamesOrTheOtherLanguagesLabel() {
        Properties ja = UiTexts.properties(Language.JA);
        for (String key : ja.stringPropertyNames()) {
            if (key.equals("app.name") || key.equals("language.switchTo")) {
                continue; // the product's name, and the switch's label written in the language it switches to
            }
            assertThat(JAPANESE.matcher(ja.getProperty(key)).find()).as("ja %s: %s", key, ja.getProperty(key)).isTrue();
        }
        assertThat(JAPANESE.matcher(UiTexts.of(Language.EN).get("language.switchTo")).find())
                .as("the English page offers 日本語 in Japanese").isTrue();
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
