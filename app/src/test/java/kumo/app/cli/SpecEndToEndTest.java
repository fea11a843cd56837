package kumo.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kumo spec} through the composition root's real wiring: a Word document a municipality opens. */
class SpecEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void theWordDocumentOfTheVideoExampleOpensWithItsHeadingsAndTables() throws IOException {
        Path docx = dir.resolve("spec.docx");

        Kumo.Run run = Kumo.run("spec", Kumo.example("video-surveillance-storage.json").toString(), "--format", "docx",
                "--out", docx.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as("nothing on standard error, no library's log line either").isEmpty();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(p -> p.getText()).containsExactly("1. 利用条件", "別紙 クラウドサービス要件", "根拠条項");
            assertThat(doc.getTables()).hasSize(4);
        }

        Kumo.Run again = Kumo.run("spec", Kumo.example("video-surveillance-storage.json").toString(), "--format", "docx",
                "--out", docx.toString());
        assertThat(again.exitCode()).isEqualTo(2);
    }
}
