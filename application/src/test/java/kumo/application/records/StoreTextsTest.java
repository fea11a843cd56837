package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kumo.domain.catalogue.Texts;

/** Every store text exists in Japanese and English, and every key the code names exists. */
class StoreTextsTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    private static final Properties JA = Texts.read(StoreTexts.BASE + "_ja.properties");
    private static final Properties EN = Texts.read(StoreTexts.BASE + "_en.properties");

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(new TreeSet<>(JA.stringPropertyNames())).isEqualTo(new TreeSet<>(EN.stringPropertyNames()));
    }

    /** Properties silently keep the last of two equal keys; several helpers append to these files. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String language : new String[] {"ja", "en"}) {
            Path file = Path.of("src", "main", "resources").resolve(StoreTexts.BASE.substring(1) + "_" + language + ".properties");
            Set<String> keys = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && eq > 0 && !keys.add(line.substring(0, eq).strip())) {
                    twice.add(line.substring(0, eq).strip());
                }
            }
            assertThat(twice).as(file.toString()).isEmpty();
        }
    }

    @Test
    void noTextIsBlank() {
        for (Properties bundle : new Properties[] {JA, EN}) {
            for (String key : bundle.stringPropertyNames()) {
                assertThat(bundle.getProperty(key)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void japaneseTextsAreJapanese() {
        for (String key : JA.stringPropertyNames()) {
            assertThat(JAPANESE.matcher(JA.getProperty(key)).find()).as(key + " = " + JA.getProperty(key)).isTrue();
        }
    }

    @Test
    void englishTextsAreNotJapanese() {
        for (String key : EN.stringPropertyNames()) {
            assertThat(JAPANESE.matcher(EN.getProperty(key)).find()).as(key + " = " + EN.getProperty(key)).isFalse();
        }
    }

    @Test
    void placeholdersAgreeBetweenLanguages() {
        Pattern placeholder = Pattern.compile("\\{\\d+}");
        for (String key : JA.stringPropertyNames()) {
            assertThat(placeholders(placeholder, EN.getProperty(key))).as(key)
                    .isEqualTo(placeholders(placeholder, JA.getProperty(key)));
        }
    }

    private static Set<String> placeholders(Pattern p, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** A literal {@code "store.…"} key in the code of the records packages must be in the bundles. */
    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Path sources = Path.of("src", "main", "java", "kumo", "application", "records");
        Pattern literal = Pattern.compile("\"@?(store\\.[A-Za-z.]+[A-Za-z])\"");
        Set<String> missing = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    seen++;
                    if (!JA.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(seen).isGreaterThan(30);
        assertThat(missing).isEmpty();
    }
}
