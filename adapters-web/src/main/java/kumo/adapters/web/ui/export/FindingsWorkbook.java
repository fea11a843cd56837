package kumo.adapters.web.ui.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import io.javalin.http.Context;
import kumo.adapters.web.WebWiring;
import kumo.adapters.web.ui.UiTexts;
import kumo.adapters.web.ui.views.StoredResult;
import kumo.adapters.web.ui.views.ViewRoutes;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.RiskDecisionRecord;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.application.view.ResultView;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Texts;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code GET /assessments/{id}/findings.xlsx}: the findings of a stored result as a spreadsheet (the form in which
 * municipalities circulate checklists), in the page's language: one sheet of findings (ID, group, title, level,
 * status, clause, facts used, evidence needed, next action) and one of the risk register (state, treatment, rationale, who, when), each with a header row,
 * frozen panes, an auto filter and set column widths. Every cell is a string or number cell, never a formula: a
 * value that starts with {@code =}, {@code +}, {@code -} or {@code @} stays text.
 */
public final class FindingsWorkbook {

    /** The content type of an Office Open XML workbook. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Column widths in characters, findings sheet. */
    private static final int[] FINDING_WIDTHS = {10, 18, 40, 10, 16, 36, 48, 48, 48};
    private static final int[] RISK_WIDTHS = {8, 36, 22, 12, 18, 48, 24, 12, 12, 36};

    private FindingsWorkbook() {
    }

    public static void download(Context ctx, WebWiring wiring, StoredResult stored) {
        UiTexts ui = ViewRoutes.texts(ctx, wiring);
        byte[] bytes = build(stored.view(), wiring.catalogue().texts(), ui);
        String name = "kumo-" + stored.systemName() + "-" + stored.result().assessmentDate() + ".xlsx";
        ctx.contentType(CONTENT_TYPE);
        ctx.header("Content-Disposition", ContentDisposition.attachment(name));
        ctx.header("Cache-Control", "no-store");
        ctx.result(bytes);
    }

    /** The workbook's bytes. */
    public static byte[] build(ResultView view, Texts catalogueTexts, UiTexts ui) {
        Language lang = ui.language();
        ResultRows rows = new ResultRows(view, catalogueTexts, lang);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);

            Sheet findings = book.createSheet(ui.get("xlsx.sheet.findings"));
            headerRow(findings, header, ui, List.of("xlsx.col.id", "xlsx.col.group", "xlsx.col.title", "xlsx.col.level",
                    "xlsx.col.status", "xlsx.col.clause", "xlsx.col.facts", "xlsx.col.evidence", "xlsx.col.action"));
            int r = 1;
            for (ResultView.RequirementGroup g : view.groups()) {
                for (FindingEntry f : g.findings()) {
                    row(findings.createRow(r++), wrap, f.id(), g.id() + " " + g.name().in(lang), f.title().in(lang),
                            rows.level(f.level()), f.statusLabel().in(lang), ResultRows.clauses(f.sourceClauses(), lang),
                            rows.facts(f), rows.evidence(f), rows.actions(f));
                }
            }
            finish(findings, FINDING_WIDTHS, r);

            Sheet risks = book.createSheet(ui.get("xlsx.sheet.risks"));
            headerRow(risks, header, ui, List.of("xlsx.col.id", "xlsx.col.title", "xlsx.col.state", "xlsx.col.applies",
                    "xlsx.col.treatment", "xlsx.col.rationale", "xlsx.col.decidedBy", "xlsx.col.decidedOn",
                    "xlsx.col.expiresOn", "xlsx.col.clause"));
            r = 1;
            for (RiskEntryText k : view.result().risks()) {
                RiskDecisionRecord d = k.decision();
                row(risks.createRow(r++), wrap, k.id(), k.title().in(lang), ui.get("chart.riskState." + k.state()),
                        ui.get(k.applies() ? (k.applicabilityKnown() ? "xlsx.yes" : "xlsx.unknown") : "xlsx.no"),
                        d == null ? "" : d.treatmentLabel() == null ? d.treatment() : d.treatmentLabel().in(lang),
                        d == null ? "" : d.rationale(), d == null ? "" : d.decidedBy(),
                        d == null || d.decidedOn() == null ? "" : d.decidedOn().toString(),
                        d == null || d.expiresOn() == null ? "" : d.expiresOn().toString(),
                        ResultRows.clauses(k.sourceClauses(), lang));
            }
            finish(risks, RISK_WIDTHS, r);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headerRow(Sheet sheet, CellStyle style, UiTexts ui, List<String> keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(ui.get(keys.get(i)));
            cell.setCellStyle(style);
        }
    }

    /** A row of string cells: {@code setCellValue(String)} makes a string cell, never a formula. */
    private static void row(Row row, CellStyle style, String... values) {
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values[i] == null ? "" : values[i]);
            cell.setCellStyle(style);
        }
    }

    private static void finish(Sheet sheet, int[] widths, int rows) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, widths.length - 1));
    }
}
