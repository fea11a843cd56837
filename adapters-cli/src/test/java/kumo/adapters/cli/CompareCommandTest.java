package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kumo compare}'s command line and files are checked before any store is asked for ({@link Cli#UNTOUCHED}):
 * each mistake is exit 2 naming the option, the file or the JSON path. The comparison itself runs end to end in
 * {@code kumo.app.cli.CompareEndToEndTest}.
 */
class CompareCommandTest {

    @TempDir
    Path dir;

    @Test
    void badCommandLinesAndFilesAreExit2BeforeTheStore() throws Exception {
        String eligible = Cli.example("eligible-ismap-iaas.json").toString();
        Cli.Run noService = Cli.untouched("compare", eligible, "--lang", "en");
        assertThat(noService.exitCode()).isEqualTo(2);
        assertThat(noService.err()).contains("--service");

        Cli.Run format = Cli.untouched("compare", eligible, "--service", eligible, "--format", "xlsx", "--lang", "en");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("Invalid value for --format: 'xlsx'").contains("text | csv | json");

        List<String> many = new ArrayList<>(List.of("compare", eligible));
        for (int i = 0; i <= 12; i++) {
            many.add("--service");
            many.add("s" + i);
        }
        Cli.Run tooMany = Cli.untouched(many.toArray(String[]::new));
        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err()).contains("--service").contains("12件まで").contains("13件指定");

        Cli.Run missing = Cli.untouched("compare", eligible, "--service", dir.resolve("gone.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("gone.json");

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"name\": \"x\", \"deployment\": 7}",
                StandardCharsets.UTF_8);
        Cli.Run bad = Cli.untouched("compare", eligible, "--service", broken.toString(), "--lang", "en");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains(broken.toString()).contains("$.deployment");
        assertThat(bad.out()).isEmpty();

        Cli.Run badSystem = Cli.untouched("compare", broken.toString(), "--service", eligible);
        assertThat(badSystem.exitCode()).isEqualTo(2);
        assertThat(badSystem.err()).contains(broken.toString());
    }

    @Test
    void csvFieldsAreQuotedAsRfc4180AndFormulasMadeInert() {
        assertThat(CompareCommand.csvField("ENT-01")).isEqualTo("ENT-01");
        assertThat(CompareCommand.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(CompareCommand.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CompareCommand.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CompareCommand.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CompareCommand.csvField("+1")).isEqualTo("'+1");
        assertThat(CompareCommand.csvField("-1")).isEqualTo("'-1");
        assertThat(CompareCommand.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CompareCommand.csvField("\tx")).isEqualTo("'\tx");
        assertThat(CompareCommand.csvField("")).isEmpty();
    }
}
