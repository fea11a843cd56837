package kumo.application.answers.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kumo.application.answers.AnswerSheetLayout;
import kumo.application.answers.AnswerTexts;
import kumo.application.answers.AnswerType;
import kumo.application.answers.Column;
import kumo.application.answers.Table;
import kumo.application.answers.VendorAnswersDocument;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.domain.catalogue.Language;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The answer sheet as an Office Open XML workbook: a cover (document type, catalogue, language, system; the service's
 * name and provider to fill in; how to fill it in), the answers sheet (one row per {@link kumo.application.answers.Question},
 * the vendor fills in Answer, Evidence and Evidence date) and a sheet per {@link Table}. Sheet names are the same in
 * both languages, so a sheet is read whatever its language. Every cell kumo writes is a string cell, never a formula;
 * the cells to fill in are text cells, so what a vendor types (also {@code =…}) stays text. Reading never evaluates
 * a formula: a cell holding one is refused, naming it.
 */
final class XlsxSheet {

    /** The largest workbook read. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The most rows read from one sheet. */
    static final int MAX_ROWS = 2_000;

    // the answers sheet's columns
    static final int CATEGORY = 0;
    static final int REQUIREMENTS = 1;
    static final int LEVEL = 2;
    static final int ITEM = 3;
    static final int QUESTION = 4;
    static final int HOW = 5;
    static final int NOTE = 6;
    static final int ANSWER = 7;
    static final int EVIDENCE = 8;
    static final int EVIDENCE_DATE = 9;

    private static final String[] ANSWER_HEADINGS = {"col.category", "col.requirements", "col.level", "col.item",
        "col.question", "col.how", "col.note", "col.answer", "col.evidence", "col.evidenceDate"};
    private static final int[] ANSWER_WIDTHS = {16, 14, 8, 30, 60, 30, 30, 24, 30, 14};

    // the cover's keys, column A
    static final String COVER_SERVICE_NAME = "service.name";
    static final String COVER_PROVIDER = "service.provider";

    private XlsxSheet() {
    }

    // ---------------------------------------------------------------- writing

    static byte[] write(BlankSheet blank) {
        Language lang = blank.language();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            cover(book.createSheet(AnswerTexts.get(lang, "sheet.cover")), blank, styles);
            answers(book.createSheet(AnswerTexts.get(lang, "sheet.answers")), blank, styles);
            for (Table table : AnswerSheetLayout.tables()) {
                table(book.createSheet(AnswerTexts.get(lang, "sheet." + table.key())), table, lang, styles);
            }
            book.setActiveSheet(1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(Sheet sheet, BlankSheet blank, Styles styles) {
        Language lang = blank.language();
        String[][] rows = {
            {"kumo", VendorAnswersDocument.TYPE, "cover.type"},
            {"catalogueVersion", blank.catalogueVersion(), "cover.catalogue"},
            {"lang", lang.name().toLowerCase(Locale.ROOT), "cover.language"},
            {"system", blank.system(), "cover.system"},
            {COVER_SERVICE_NAME, null, "cover.serviceName"},
            {COVER_PROVIDER, null, "cover.provider"}};
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            text(row, 0, rows[r][0], styles.plain);
            Cell value = row.createCell(1);
            if (rows[r][1] != null) {
                value.setCellValue(rows[r][1]);
                value.setCellStyle(styles.plain);
            } else {
                value.setCellStyle(styles.fill);
            }
            text(row, 2, AnswerTexts.get(lang, rows[r][2]), styles.plain);
        }
        text(sheet.createRow(rows.length + 1), 0, AnswerTexts.get(lang, "cover.title"), styles.header);
        for (int i = 1; i <= 4; i++) {
            text(sheet.createRow(rows.length + 1 + i), 0, AnswerTexts.get(lang, "cover.note." + i), styles.plain);
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 40 * 256);
    }

    private static void answers(Sheet sheet, BlankSheet blank, Styles styles) {
        Language lang = blank.language();
        Row header = sheet.createRow(0);
        for (int c = 0; c < ANSWER_HEADINGS.length; c++) {
            text(header, c, AnswerTexts.get(lang, ANSWER_HEADINGS[c]), styles.header);
            sheet.setColumnWidth(c, ANSWER_WIDTHS[c] * 256);
        }
        DataValidationHelper validations = sheet.getDataValidationHelper();
        int r = 1;
        for (BlankSheet.Row row : blank.rows()) {
            Row x = sheet.createRow(r);
            text(x, CATEGORY, row.category(), styles.plain);
            text(x, REQUIREMENTS, String.join(" ", row.requirementIds()), styles.plain);
            text(x, LEVEL, row.level(), styles.plain);
            text(x, ITEM, row.question().item(), styles.plain);
            text(x, QUESTION, row.text(), styles.plain);
            text(x, HOW, row.how(), styles.plain);
            text(x, NOTE, row.note(), styles.plain);
            for (int c = ANSWER; c <= EVIDENCE_DATE; c++) {
                x.createCell(c).setCellStyle(styles.fill);
            }
            String[] offered = offered(row.question().type(), row.question().choices(), lang);
            if (offered != null) {
                suggest(sheet, validations, offered, r, ANSWER);
            }
            r++;
        }
        sheet.createFreezePane(ITEM + 1, 1);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, ANSWER_HEADINGS.length - 1));
    }

    private static void table(Sheet sheet, Table table, Language lang, Styles styles) {
        Row header = sheet.createRow(0);
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            text(header, c, AnswerTexts.get(lang, "col." + table.key() + "." + column.key()) + " (" + column.key() + ")",
                    styles.header);
            sheet.setColumnWidth(c, 22 * 256);
            sheet.setDefaultColumnStyle(c, styles.fill);
            String[] offered = offered(column.type(), column.choices(), lang);
            if (offered != null && column.type() != AnswerType.CHOICES) {
                DataValidation v = validations.createValidation(validations.createExplicitListConstraint(offered),
                        new CellRangeAddressList(1, MAX_ROWS - 1, c, c));
                v.setShowErrorBox(false);
                sheet.addValidationData(v);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** The values a drop-down offers for a kind of answer (a suggestion: anything typed is still read), or null. */
    private static String[] offered(AnswerType type, List<String> choices, Language lang) {
        return switch (type) {
            case YES_NO, LIST -> new String[] {AnswerTexts.get(lang, "yes"), AnswerTexts.get(lang, "no")};
            case CHOICE -> choices.toArray(String[]::new);
            default -> null;
        };
    }

    private static void suggest(Sheet sheet, DataValidationHelper helper, String[] offered, int row, int column) {
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(offered),
                new CellRangeAddressList(row, row, column, column));
        v.setShowErrorBox(false);
        sheet.addValidationData(v);
    }

    /** A string cell ({@code setCellValue(String)}: never a formula, whatever the text). */
    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle plain;
        final CellStyle fill;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            plain = book.createCellStyle();
            plain.setWrapText(true);
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            fill = book.createCellStyle();
            fill.setWrapText(true);
            fill.setVerticalAlignment(VerticalAlignment.TOP);
            fill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            // text cells: what is typed stays as typed (a date, 1-2, =SUM(…)), and is read as such
            fill.setDataFormat(book.createDataFormat().getFormat("@"));
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * @throws InvalidDocumentException not a workbook, not an answer sheet, a sheet missing or too many rows (a cell
     *                                  holding a formula or an error is left in {@link RawSheet#problems()})
     */
    static RawSheet read(byte[] bytes, String source) {
        if (bytes.length > MAX_BYTES) {
            throw problem("$", "tooLarge", AnswerTexts.of("problem.tooLarge", MAX_BYTES));
        }
        XSSFWorkbook book;
        try {
            book = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI says why in words about ZIP entries and Java classes: the user is told what the file is not
            throw problem("$", "notAWorkbook", AnswerTexts.of("problem.notASheet", source));
        }
        try (book) {
            return new Reader(book).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidDocumentException problem(String path, String code, kumo.application.document.LocalizedText text) {
        return new InvalidDocumentException(List.of(new Violation(path, code, text)));
    }

    /** One workbook's reading; the cells it cannot read are collected for the assembler to report with the rest. */
    private static final class Reader {

        private final XSSFWorkbook book;
        private final List<Violation> problems = new ArrayList<>();

        Reader(XSSFWorkbook book) {
            this.book = book;
        }

        RawSheet read() {
            Sheet cover = sheet("sheet.cover");
            Map<String, Object> values = new HashMap<>();
            Map<String, Where> places = new HashMap<>();
            for (int r = 0; r <= Math.min(cover.getLastRowNum(), 40); r++) {
                Row row = cover.getRow(r);
                if (row == null) {
                    continue;
                }
                Where keyAt = where(cover, r, 0, "kumo");
                Object key = raw(row.getCell(0), keyAt);
                if (key instanceof String k && !values.containsKey(k.strip())) {
                    Where at = where(cover, r, 1, k.strip());
                    values.put(k.strip(), raw(row.getCell(1), at));
                    places.put(k.strip(), at);
                }
            }
            if (!VendorAnswersDocument.TYPE.equals(trimmed(values.get("kumo")))) {
                throw problem(cover.getSheetName() + "!B1", "documentType", AnswerTexts.of("problem.notAnswerSheet"));
            }
            Language language = "en".equals(trimmed(values.get("lang"))) ? Language.EN : Language.JA;
            Sheet answers = sheet("sheet.answers");
            List<RawSheet.RawAnswer> rows = new ArrayList<>();
            rows(answers, r -> {
                Row row = answers.getRow(r);
                String requirement = string(row.getCell(REQUIREMENTS));
                Object item = raw(row.getCell(ITEM), where(answers, r, ITEM, requirement));
                String itemText = item == null ? "" : String.valueOf(item).strip();
                String label = (requirement == null ? "" : requirement.split(" ")[0] + " ") + itemText;
                Where answerAt = where(answers, r, ANSWER, label);
                Object answer = raw(row.getCell(ANSWER), answerAt);
                Where documentAt = where(answers, r, EVIDENCE, label);
                Object document = raw(row.getCell(EVIDENCE), documentAt);
                Where dateAt = where(answers, r, EVIDENCE_DATE, label);
                Object date = raw(row.getCell(EVIDENCE_DATE), dateAt);
                if (itemText.isEmpty() && answer == null && document == null && date == null) {
                    return; // an empty row
                }
                rows.add(new RawSheet.RawAnswer(itemText, answer, document, date, answerAt, documentAt, dateAt));
            });
            Map<String, List<RawSheet.RawRow>> tables = new LinkedHashMap<>();
            for (Table table : AnswerSheetLayout.tables()) {
                Sheet sheet = sheet("sheet." + table.key());
                List<RawSheet.RawRow> entries = new ArrayList<>();
                rows(sheet, r -> {
                    Row row = sheet.getRow(r);
                    Map<String, Object> cells = new HashMap<>();
                    Map<String, Where> at = new HashMap<>();
                    for (int c = 0; c < table.columns().size(); c++) {
                        String key = table.columns().get(c).key();
                        Where w = where(sheet, r, c, table.key() + " " + key);
                        at.put(key, w);
                        Object value = raw(row.getCell(c), w);
                        if (value != null) {
                            cells.put(key, value);
                        }
                    }
                    if (!cells.isEmpty()) {
                        entries.add(new RawSheet.RawRow(cells, at));
                    }
                });
                tables.put(table.key(), entries);
            }
            // a formula or unreadable cell is read as blank and reported with every other bad entry of the sheet
            return new RawSheet(trimmed(values.get("catalogueVersion")), language, values.get(COVER_SERVICE_NAME),
                    values.get(COVER_PROVIDER), placeOr(places, COVER_SERVICE_NAME, cover, 4),
                    placeOr(places, COVER_PROVIDER, cover, 5), rows, tables, problems);
        }

        private Where placeOr(Map<String, Where> places, String key, Sheet cover, int row) {
            Where w = places.get(key);
            return w != null ? w : where(cover, row, 1, key);
        }

        /** The sheet of a name key, in either language's spelling (they are the same today). */
        private Sheet sheet(String key) {
            for (Language l : Language.values()) {
                Sheet s = book.getSheet(AnswerTexts.get(l, key));
                if (s != null) {
                    return s;
                }
            }
            throw problem("$", "missingSheet", AnswerTexts.of("problem.missingSheet", AnswerTexts.get(Language.JA, key)));
        }

        /** Each non-empty row after the header, at most {@link #MAX_ROWS}. */
        private void rows(Sheet sheet, java.util.function.IntConsumer each) {
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw problem("$", "tooManyRows", AnswerTexts.of("problem.tooManyRows", sheet.getSheetName(), MAX_ROWS));
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r) != null) {
                    each.accept(r);
                }
            }
        }

        /**
         * What a cell holds: {@code null} (none, blank, empty text), its text, its number, a date (a number cell
         * formatted as a date), a boolean. A formula is refused, never evaluated, also when a value is cached.
         */
        private Object raw(Cell cell, Where at) {
            if (cell == null) {
                return null;
            }
            CellType type = cell.getCellType();
            switch (type) {
                case BLANK:
                    return null;
                case STRING: {
                    String s = cell.getStringCellValue();
                    return s == null || s.isBlank() ? null : s;
                }
                case NUMERIC:
                    if (DateUtil.isCellDateFormatted(cell)) {
                        LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
                        return d;
                    }
                    return cell.getNumericCellValue();
                case BOOLEAN:
                    return cell.getBooleanCellValue();
                case FORMULA:
                    problems.add(new Violation(at.path(), "formula",
                            AnswerTexts.of("problem.formula", at.label(), at.row(), at.cell())));
                    return null;
                default:
                    problems.add(new Violation(at.path(), "cellType",
                            AnswerTexts.of("problem.cellType", at.label(), at.row(), at.cell())));
                    return null;
            }
        }

        private static String string(Cell cell) {
            return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : null;
        }

        private static String trimmed(Object value) {
            return value instanceof String s ? s.strip() : value == null ? null : AnswerValues.echo(value);
        }

        private static Where where(Sheet sheet, int row, int column, String label) {
            String cell = new CellReference(row, column).formatAsString(false);
            return new Where(sheet.getSheetName() + "!" + cell, label, row + 1, cell);
        }
    }
}
