package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kumo.application.records.StoreException;
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
    void eachStoreFailureHasItsDocumentedCode() {
        Map<StoreException.Reason, Integer> expected = new EnumMap<>(StoreException.Reason.class);
        expected.put(StoreException.Reason.CONFLICT, 4);
        for (StoreException.Reason r : List.of(StoreException.Reason.UNAVAILABLE, StoreException.Reason.CORRUPT,
                StoreException.Reason.FOREIGN, StoreException.Reason.SCHEMA_TOO_NEW, StoreException.Reason.FULL,
                StoreException.Reason.TARGET_FULL)) {
            expected.put(r, 5);
        }
        for (StoreException.Reason r : List.of(StoreException.Reason.NOT_FOUND, StoreException.Reason.INVALID,
                StoreException.Reason.NOT_EMPTY, StoreException.Reason.UNSUPPORTED)) {
            expected.put(r, 2);
        }
        assertThat(expected).hasSize(StoreException.Reason.values().length);
        expected.forEach((reason, code) -> assertThat(ExitCodes.of(reason)).as(reason.name()).isEqualTo(code));
        assertThat(ExitCodes.AUDIT_BROKEN).isEqualTo(6);
    }

    @Test
    void docsCliMdListsEveryCode() throws IOException {
        String doc = Files.readString(Cli.docs().resolve("cli.md"), StandardCharsets.UTF_8);
        for (Verdict verdict : Verdict.values()) {
            assertThat(doc).containsPattern("\\| *" + ExitCodes.of(verdict) + " *\\| *`?" + verdict.name() + "`? *\\|");
        }
        for (int code : List.of(1, 2, 4, 5, 6)) {
            assertThat(doc).containsPattern("\\| *" + code + " *\\|");
        }
        assertThat(ExitCodes.LISTED).hasSize(11).doesNotHaveDuplicates();
    }
}
