package kumo.application.answers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A vendor filling in a blank .xlsx sheet as a person would: the answer typed into each row's Answer cell (found by
 * the row's item), table rows typed into their sheets; the workbook written back as bytes. Test support.
 */
public final class FilledSheet {

    /** The answer column of the answers sheet (H) and its item column (D). */
    public static final int ANSWER = 7;
    public static final int ITEM = 3;

    /** Answers that meet every SERVICE requirement of catalogue 1 for a 機密性2 system with personal data. */
    public static Map<String, String> met() {
        Map<String, String> a = new LinkedHashMap<>();
        for (Question q : AnswerSheetLayout.questions()) {
            a.put(q.item(), switch (q.type()) {
                case YES_NO, LIST -> "はい";
                case HOURS, HOURS_OR_NONE -> "1";
                case DAYS, DAYS_OR_NONE -> "400";
                case PERCENT_OR_NONE -> "99.95";
                case COUNTRIES, COUNTRIES_OR_NONE -> "JP";
                case DATE -> "2015-04-01";
                case TEXT -> "書面及び電子メール";
                case CHOICE -> "PUBLIC_CLOUD";
                case CHOICES -> "PHONE, CHAT, EMAIL";
            });
        }
        a.put("trackRecord.endOfServiceAnnounced", "いいえ");
        a.put("ismapRegistrations", "いいえ");
        return a;
    }

    /** The met tables: an ISO 27001 and an ISO 27017 certificate, a current SOC 2 type 2 report with Security. */
    public static Map<String, List<List<String>>> metTables() {
        Map<String, List<List<String>>> t = new HashMap<>();
        t.put("certifications", List.of(
                List.of("C-1", "ISO_27001", "Example KK", "the service", "2024-04-01", "2029-03-31"),
                List.of("C-2", "ISO_27017", "Example KK", "the service", "2024-04-01", "2029-03-31")));
        t.put("auditReports", List.of(
                List.of("A-1", "SOC2_TYPE2", "Audit LLC", "SECURITY, AVAILABILITY", "2025-10-01", "2026-09-30",
                        "UNQUALIFIED", "いいえ", "the service")));
        return t;
    }

    private FilledSheet() {
    }

    /** The blank workbook with {@code answers} typed in by item and the table rows typed into their sheets. */
    public static byte[] fill(byte[] blank, Map<String, String> answers, Map<String, List<List<String>>> tables) {
        return edit(blank, book -> {
            Sheet sheet = book.getSheet("回答 Answers");
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String item = row.getCell(ITEM).getStringCellValue();
                if (answers.containsKey(item)) {
                    row.getCell(ANSWER).setCellValue(answers.get(item));
                }
            }
            Map<String, String> sheets = Map.of("certifications", "認証 Certifications", "auditReports",
                    "監査報告書 Audit reports", "ismapRegistrations", "ISMAP");
            tables.forEach((key, rows) -> {
                Sheet t = book.getSheet(sheets.get(key));
                for (int r = 0; r < rows.size(); r++) {
                    Row row = t.createRow(r + 1);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            });
        });
    }

    /** The row number (1-based, as Excel shows it) of an item in the answers sheet. */
    public static int rowOf(byte[] sheet, String item) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            for (Row row : book.getSheet("回答 Answers")) {
                if (row.getRowNum() > 0 && item.equals(row.getCell(ITEM).getStringCellValue())) {
                    return row.getRowNum() + 1;
                }
            }
            throw new AssertionError("no row for " + item);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook after {@code change}. */
    public static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
