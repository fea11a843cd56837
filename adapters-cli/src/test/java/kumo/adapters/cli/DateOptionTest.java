package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --date} is read by the same strict parser as the dates of a document: exactly YYYY-MM-DD, a real day. */
class DateOptionTest {

    private static final String OK = Cli.example("eligible-ismap-iaas.json").toString();

    @ParameterizedTest(name = "--date \"{0}\"")
    @ValueSource(strings = {" 2026-11-28", "2026-11-28 ", "2026-11-28T00:00:00", "+10000-01-01", "2026-11-28\u0000",
            "2026-02-30", "2026-1-28", "\uFF12\uFF10\uFF12\uFF16-11-28", ""})
    void aDateOffThePatternIsABadCommandLine(String date) {
        Cli.Run run = Cli.run("assess", "--lang", "en", "--date", date, OK);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Invalid value for --date", "YYYY-MM-DD").doesNotContain("\u0000");
        BadInputTest.assertNoStackTrace(run);
    }

    @Test
    void aHugeDateIsEchoedCut() {
        Cli.Run run = Cli.run("assess", "--date", "2".repeat(100_000), OK);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("2".repeat(80) + "…（全100,000文字）").doesNotContain("2".repeat(81))
                .hasSizeLessThan(2_000);
    }

    @Test
    void aRealDayInTheFormIsTheAssessmentDate() {
        Cli.Run run = Cli.run("assess", "--lang", "en", "--date", "2024-02-29", OK);

        assertThat(run.err()).doesNotContain("--date");
        assertThat(run.out()).contains("2024-02-29");
    }
}
