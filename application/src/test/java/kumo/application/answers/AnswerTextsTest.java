package kumo.application.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.Texts;

/** Every text of the answer sheet exists in Japanese and English, and every row and column has its words. */
class AnswerTextsTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Properties JA = Texts.read(AnswerTexts.BASE + "_ja.properties");
    private static final Properties EN = Texts.read(AnswerTexts.BASE + "_en.properties");

    @Test
    void bothBundlesHaveTheSameKeysAndNoBlankText() {
        assertThat(new TreeSet<>(JA.stringPropertyNames())).isEqualTo(new TreeSet<>(EN.stringPropertyNames()));
        for (Properties bundle : new Properties[] {JA, EN}) {
            bundle.stringPropertyNames().forEach(k -> assertThat(bundle.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void everyRowHasItsQuestionAndEveryTableColumnItsHeading() {
        for (Question q : AnswerSheetLayout.questions()) {
            assertThat(JA.getProperty("q." + q.item())).as(q.item()).isNotNull().containsPattern(JAPANESE);
            assertThat(EN.getProperty("q." + q.item())).as(q.item()).isNotNull();
            assertThat(JA.getProperty("how." + q.type().name())).as(q.type().name()).isNotNull();
        }
        for (Table t : AnswerSheetLayout.tables()) {
            assertThat(JA.getProperty("sheet." + t.key())).isEqualTo(EN.getProperty("sheet." + t.key()));
            for (Column c : t.columns()) {
                assertThat(JA.getProperty("col." + t.key() + "." + c.key())).as(t.key() + "." + c.key()).isNotNull();
            }
        }
    }
}
