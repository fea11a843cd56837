package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.ActionType;
import kumo.domain.assessment.ExemptionState;
import kumo.domain.assessment.RiskState;
import kumo.domain.catalogue.Language;

/** The CLI's own texts: both languages, the same keys, nothing empty, nothing the code asks for missing. */
class CliTextsTest {

    private static Set<String> keys(Language language) {
        Set<String> keys = new TreeSet<>();
        CliTexts.read(language).stringPropertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() {
        assertThat(keys(Language.JA)).isNotEmpty().isEqualTo(keys(Language.EN));
    }

    @Test
    void everyValueIsFilledIn() {
        for (Language language : Language.values()) {
            Properties p = CliTexts.read(language);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(language.code() + " " + key).isNotBlank().doesNotContain("TODO");
            }
        }
    }

    @Test
    void theFilesAreReadAsUtf8() {
        assertThat(CliTexts.of(Language.JA).get("section.actions")).isEqualTo("次の対応");
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Pattern literal = Pattern.compile("(?:cli|ja|en|CliTexts\\.of\\([^)]*\\))\\.get\\(\"([^\"]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (RiskState state : RiskState.values()) {
            used.add("riskState." + state.name());
        }
        for (ActionType type : ActionType.values()) {
            used.add("actionType." + type.name());
        }
        for (ExemptionState state : ExemptionState.values()) {
            used.add("exemptionState." + state.name());
        }
        for (TextReport.DateSource source : TextReport.DateSource.values()) {
            used.add(source.key);
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(keys(Language.JA)).containsAll(used);
    }
}
