package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.CompactResultDocument;
import kumo.domain.assessment.Verdict;
import kumo.domain.catalogue.Language;

/** Every published example (docs/examples/expectations.tsv) exits with the code of its expected verdict. */
class ExamplesTest {

    static Stream<Arguments> examples() throws IOException {
        List<String> lines = Files.readAllLines(Cli.docs().resolve("examples").resolve("expectations.tsv"), StandardCharsets.UTF_8);
        List<Arguments> rows = lines.stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(c -> Arguments.of(c[0].trim(), Verdict.valueOf(c[1].trim())))
                .toList();
        assertThat(rows).as("examples listed in expectations.tsv").isNotEmpty();
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("examples")
    void textReportExitsWithTheVerdictsCode(String file, Verdict expected) {
        Cli.Run run = Cli.run("assess", Cli.example(file).toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.of(expected));
        assertThat(run.out()).startsWith("kumo 評価結果").contains("判定: ").contains("（" + expected.name() + "）");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("examples")
    void quietPrintsOnlyTheVerdictLine(String file, Verdict expected) {
        Cli.Run run = Cli.run("assess", "--quiet", "--lang", "en", Cli.example(file).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.of(expected));
        assertThat(run.out().lines()).singleElement().asString().startsWith("Verdict: ").endsWith("(" + expected.name() + ")");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("examples")
    void jsonParsesBackWithTheVerdict(String file, Verdict expected) {
        Cli.Run run = Cli.run("assess", "--format", "json", Cli.example(file).toString());
        Cli.Run full = Cli.run("assess", "--format", "json-full", Cli.example(file).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.of(expected));
        CompactResultDocument compact = Cli.compact(run.out());
        assertThat(compact.kumo()).isEqualTo(CompactResultDocument.TYPE);
        assertThat(compact.verdict()).isEqualTo(expected.name());
        assertThat(full.exitCode()).isEqualTo(ExitCodes.of(expected));
        AssessmentResultDocument result = Cli.DOCUMENTS.readResult(full.out());
        assertThat(result.kumo()).isEqualTo(AssessmentResultDocument.TYPE);
        assertThat(result.verdict().code()).isEqualTo(expected.name());
        assertThat(compact).as("the compact form of the full one").isEqualTo(CompactResultDocument.of(result, Language.JA));
    }
}
