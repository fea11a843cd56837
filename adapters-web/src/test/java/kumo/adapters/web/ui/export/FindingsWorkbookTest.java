package kumo.adapters.web.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kumo.adapters.web.ui.UiTexts;
import kumo.adapters.web.ui.chart.Results;
import kumo.application.view.ResultView;
import kumo.domain.catalogue.Language;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FindingsWorkbookTest {

    private static ResultView withFormulaLikeText() {
        return Results.view("full-city-record.json", tree -> {
            ObjectNode first = (ObjectNode) tree.path("plan").path("riskDecisions").get(0);
            first.put("rationale", "=HYPERLINK(\"http://evil.example\",\"click\")");
            first.put("decidedBy", "@SUM(A1:A9)");
            ObjectNode second = (ObjectNode) tree.path("plan").path("riskDecisions").get(1);
            second.put("rationale", "+1+2");
            second.put("decidedBy", "-3");
            return tree;
        });
    }

    private static XSSFWorkbook read(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void theFindingsSheetHasAHeaderFrozenPanesAFilterWidthsAndEveryFindingInJapanese() throws Exception {
        ResultView view = Results.view("full-city-record.json");
        try (XSSFWorkbook book = read(FindingsWorkbook.build(view, Results.CATALOGUE.texts(), UiTexts.of(Language.JA)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet findings = book.getSheetAt(0);
            assertThat(findings.getSheetName()).isEqualTo("所見");
            Row header = findings.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("識別子（ID）");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("状態");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("次に行うこと");
            assertThat(findings.getLastRowNum()).isEqualTo(view.result().findings().size());
            assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
            assertThat(findings.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I" + (view.result().findings().size() + 1));
            assertThat(findings.getColumnWidth(2)).isEqualTo(40 * 256);

            var first = view.groups().get(0).findings().get(0);
            Row row = findings.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(first.id());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(first.title().ja());
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo(first.statusLabel().ja());
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo(first.sourceClauses().get(0).label().ja()
                    + (first.sourceClauses().size() > 1 ? "\n" + first.sourceClauses().get(1).label().ja() : ""));
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo(Results.CATALOGUE.texts().get(Language.JA, first.id() + ".evidence"));

            Sheet risks = book.getSheetAt(1);
            assertThat(risks.getSheetName()).isEqualTo("リスク登録簿");
            assertThat(risks.getLastRowNum()).isEqualTo(view.result().risks().size());
            assertThat(risks.getRow(0).getCell(5).getStringCellValue()).isEqualTo("理由");
            assertThat(risks.getRow(1).getCell(6).getStringCellValue()).isEqualTo("こども家庭局 子育て支援課長（情報管理者）");
            assertThat(risks.getRow(1).getCell(7).getStringCellValue()).isEqualTo("2026-11-10");
            assertThat(risks.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void inEnglishTheHeadingsAndPolicyWordsAreEnglish() throws Exception {
        ResultView view = Results.view("full-city-record.json");
        try (XSSFWorkbook book = read(FindingsWorkbook.build(view, Results.CATALOGUE.texts(), UiTexts.of(Language.EN)))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Findings");
            assertThat(book.getSheetAt(0).getRow(0).getCell(7).getStringCellValue()).isEqualTo("Evidence needed");
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo(view.groups().get(0).findings().get(0).title().en());
        }
    }

    @Test
    void userTextStartingWithAFormulaCharacterStaysAStringCell() throws Exception {
        ResultView view = withFormulaLikeText();
        try (XSSFWorkbook book = read(FindingsWorkbook.build(view, Results.CATALOGUE.texts(), UiTexts.of(Language.JA)))) {
            int formulas = 0;
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas++;
                        }
                    }
                }
            }
            assertThat(formulas).isZero();
            Row first = book.getSheetAt(1).getRow(1);
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("@SUM(A1:A9)");
            Row second = book.getSheetAt(1).getRow(2);
            assertThat(second.getCell(5).getStringCellValue()).isEqualTo("+1+2");
            assertThat(second.getCell(6).getStringCellValue()).isEqualTo("-3");
        }
    }
}
