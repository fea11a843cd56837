package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kumo.domain.assessment.Verdict;

class ExitCodesTest {

    @Test
    void eachVerdictHasItsOwnDocumentedCode() {
        assertThat(Map.of(
                Verdict.ELIGIBLE, 0, Verdict.CONDITIONAL, 10, Verdict.INCOMPLETE, 20,
                Verdict.NOT_ELIGIBLE, 30, Verdict.PROHIBITED, 40, Verdict.OUT_OF_SCOPE, 3))
                .allSatisfy((verdict, code) -> assertThat(ExitCodes.of(verdict)).as(verdict.name()).isEqualTo(code));
        assertThat(ExitCodes.BAD_INPUT).isEqualTo(2);
        assertThat(ExitCodes.INTERNAL_ERROR).isEqualTo(1);
    }

    @Test
    void docsCliMdListsEveryCode() throws IOException {
        String doc = Files.readString(Cli.docs().resolve("cli.md"), StandardCharsets.UTF_8);
        for (Verdict verdict : Verdict.values()) {
            assertThat(doc).containsPattern("\\| *" + ExitCodes.of(verdict) + " *\\| *`?" + verdict.name() + "`? *\\|");
        }
        assertThat(doc).containsPattern("\\| *2 *\\|").containsPattern("\\| *1 *\\|");
        assertThat(ExitCodes.HELP).hasSize(8);
    }
}
