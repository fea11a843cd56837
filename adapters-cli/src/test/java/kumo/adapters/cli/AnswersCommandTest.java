package kumo.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.answers.AnswerSheetUseCase;
import kumo.application.answers.service.AnswerSheetService;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * {@code kumo answers template|read} and {@code kumo assess --answers}, in-process: each command's success path and
 * its bad-input path (exit code and message), on real files.
 */
class AnswersCommandTest {

    static final AnswerSheetUseCase SHEETS = new AnswerSheetService(Cli.CATALOGUE, CatalogueV1.procurementForm(),
            Cli.DOCUMENTS);

    @TempDir
    Path dir;

    Path request;

    static KumoCli cli() {
        return new KumoCli(() -> Cli.CATALOGUE,
                () -> new KumoCli.Wiring(Cli.ASSESS, Cli.DOCUMENTS, Cli.CATALOGUE, null, SHEETS), Cli.CLOCK, null, Cli.SETTINGS);
    }

    static Cli.Run run(String... args) {
        return Cli.run(cli(), "", args);
    }

    /** docs/examples/full-city-record.json with an empty plan: the system a procurement asks answers for. */
    @BeforeEach
    void request() throws IOException {
        ObjectNode example = (ObjectNode) Cli.DOCUMENTS.objectMapper()
                .readTree(Files.readAllBytes(Cli.docs().resolve("examples/full-city-record.json")));
        // the city's plan names a chosen service's evidence; a procurement has not chosen yet
        example.remove("plan");
        example.putObject("plan").putObject("contractorChange").put("changing", false);
        request = dir.resolve("request.json");
        Files.write(request, Cli.DOCUMENTS.objectMapper().writeValueAsBytes(example));
    }

    /** The blank sheet written by the command, with every row answered as {@code answer} gives. */
    byte[] filled(Map<String, String> overrides) throws IOException {
        Path blank = dir.resolve("blank-" + System.nanoTime() + ".xlsx");
        assertThat(run("answers", "template", request.toString(), "--out", blank.toString()).exitCode()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(blank)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Row row : book.getSheet("回答 Answers")) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String item = row.getCell(3).getStringCellValue();
                String how = row.getCell(5).getStringCellValue();
                String answer = overrides.containsKey(item) ? overrides.get(item)
                        : item.equals("trackRecord.endOfServiceAnnounced") || item.equals("ismapRegistrations")
                                || item.equals("auditReports") ? "いいえ"
                        : item.equals("certifications") ? "はい"
                        : item.equals("deployment") ? "PUBLIC_CLOUD"
                        : item.equals("support.channels24x365") ? "PHONE, CHAT, EMAIL"
                        : how.startsWith("「はい」") ? "はい"
                        : how.startsWith("国コード") ? "JP"
                        : how.startsWith("日付") ? "2015-04-01"
                        : how.startsWith("文章") ? "書面"
                        : how.startsWith("日数") ? "400"
                        : "1";
                row.getCell(7).setCellValue(answer);
            }
            String[][] certificates = {{"C-1", "ISO_27017", "Example KK", "the service", "2024-04-01", "2029-03-31"},
                {"C-2", "ISO_27001", "Example KK", "the service", "2024-04-01", "2029-03-31"}};
            for (int r = 0; r < certificates.length; r++) {
                Row cert = book.getSheet("認証 Certifications").createRow(r + 1);
                for (int c = 0; c < certificates[r].length; c++) {
                    cert.createCell(c).setCellValue(certificates[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void templateWritesANewWorkbookAndJson() throws IOException {
        Path xlsx = dir.resolve("answers.xlsx");
        Cli.Run run = run("answers", "template", request.toString(), "--out", xlsx.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("answers.xlsx").contains("子育て相談記録システム");
        assertThat(SHEETS.read(Files.readAllBytes(xlsx), "answers.xlsx").answered()).isZero();

        Path json = dir.resolve("answers.json");
        run = run("answers", "template", request.toString(), "--out", json.toString(), "--lang", "en");
        assertThat(run.exitCode()).isZero();
        String text = Files.readString(json);
        assertThat(text).contains("\"kumo\": \"vendor-answers/1\"").contains("\"lang\": \"en\"")
                .contains("Can Japanese law be made the governing law");
    }

    @Test
    void templateRefusesAnExistingFileAnUnknownExtensionAndABadSystem() throws IOException {
        Path existing = Files.writeString(dir.resolve("taken.xlsx"), "mine");
        Cli.Run run = run("answers", "template", request.toString(), "--out", existing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("taken.xlsx");
        assertThat(Files.readString(existing)).isEqualTo("mine");

        run = run("answers", "template", request.toString(), "--out", dir.resolve("answers.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out").contains(".xlsx").contains(".json");
        assertThat(dir.resolve("answers.txt")).doesNotExist();

        Path bad = Files.writeString(dir.resolve("system.json"), "{\"toleratedOutageHours\": -1}");
        run = run("answers", "template", bad.toString(), "--out", dir.resolve("a.xlsx").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("$.toleratedOutageHours");
        assertThat(dir.resolve("a.xlsx")).doesNotExist();
    }

    @Test
    void assessWithAFilledSheetChecksTheAnswersAgainstTheCatalogue() throws IOException {
        Path sheet = Files.write(dir.resolve("filled.xlsx"), filled(Map.of()));
        Cli.Run run = run("assess", request.toString(), "--answers", sheet.toString(), "--format", "json", "--date",
                "2026-11-28");
        // no plan yet: the service meets every requirement it answers, the city's steps are open
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(10);
        assertThat(run.out()).doesNotContain("\"status\": \"NOT_MET\"").contains("filled.xlsx（ENT-01 deployment, 回答 Answers!H");

        Path no = Files.write(dir.resolve("no.xlsx"), filled(Map.of("jurisdictionJapan", "いいえ")));
        run = run("assess", request.toString(), "--answers", no.toString(), "--date", "2026-11-28");
        assertThat(run.exitCode()).isEqualTo(30);
        assertThat(run.out()).contains("回答書 " + no).contains("LAW-03");
    }

    @Test
    void withAnswersTheRequestMayLeaveOutItsServiceWithoutAnswersItMayNot() throws IOException {
        ObjectNode example = (ObjectNode) Cli.DOCUMENTS.objectMapper().readTree(Files.readAllBytes(request));
        example.remove("service");
        Path noService = Files.write(dir.resolve("no-service.json"), Cli.DOCUMENTS.objectMapper().writeValueAsBytes(example));
        Path sheet = Files.write(dir.resolve("filled.xlsx"), filled(Map.of()));
        Cli.Run with = run("assess", request.toString(), "--answers", sheet.toString(), "--format", "json", "--date",
                "2026-11-28");
        Cli.Run without = run("assess", noService.toString(), "--answers", sheet.toString(), "--format", "json", "--date",
                "2026-11-28");
        assertThat(without.err()).isEmpty();
        assertThat(without.exitCode()).isEqualTo(with.exitCode()).isEqualTo(10);
        assertThat(without.out()).contains("filled.xlsx（ENT-01 deployment, 回答 Answers!H");

        // the deployment left blank on the sheet stays unknown: nothing of the request's service stands in for it
        Path blankDeployment = Files.write(dir.resolve("blank-deployment.xlsx"), filled(Map.of("deployment", "")));
        Cli.Run unknown = run("assess", noService.toString(), "--answers", blankDeployment.toString(), "--format",
                "json-full", "--date", "2026-11-28");
        assertThat(unknown.err()).isEmpty();
        assertThat(unknown.out()).doesNotContain("ENT-01 deployment, 回答");
        assertThat(unknown.exitCode()).isEqualTo(run("assess", request.toString(), "--answers",
                blankDeployment.toString(), "--format", "json-full", "--date", "2026-11-28").exitCode());

        Cli.Run bad = run("assess", noService.toString(), "--date", "2026-11-28");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("$.service");
    }

    @Test
    void assessWithABadCellExits2NamingRowAndCell() throws IOException {
        Path sheet = Files.write(dir.resolve("bad.xlsx"), filled(Map.of("governingLawJapan", "たぶん")));
        Cli.Run run = run("assess", request.toString(), "--answers", sheet.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("bad.xlsx").contains("回答 Answers!H").contains("LAW-02").contains("行目")
                .contains("たぶん").doesNotContain("Exception");

        run = run("assess", "--lang", "en", request.toString(), "--answers", request.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("request.json").contains("vendor-answers/1");

        run = run("assess", request.toString(), request.toString(), "--answers", sheet.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--answers");
    }

    @Test
    void readPrintsTheServiceProfileAndRefusesAFormula() throws IOException {
        Path sheet = Files.write(dir.resolve("filled.xlsx"), filled(Map.of()));
        Cli.Run run = run("answers", "read", sheet.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"governingLawJapan\": true").contains("\"content\": [");
        assertThat(run.err()).contains("filled.xlsx");

        byte[] formula;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(sheet)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheet("回答 Answers").getRow(3).getCell(7).setCellFormula("1+1");
            book.write(out);
            formula = out.toByteArray();
        }
        Path bad = Files.write(dir.resolve("formula.xlsx"), formula);
        run = run("answers", "read", "--lang", "en", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("回答 Answers!H4").contains("formula").contains("row 4");
        assertThat(run.out()).isEmpty();
        assertThat(new String(formula, StandardCharsets.ISO_8859_1)).isNotEmpty();
    }
}
