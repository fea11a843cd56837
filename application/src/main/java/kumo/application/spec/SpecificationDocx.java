package kumo.application.spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import kumo.application.spec.ProcurementSpecification.Category;
import kumo.application.spec.ProcurementSpecification.Field;
import kumo.application.spec.ProcurementSpecification.Item;
import kumo.application.spec.ProcurementSpecification.SupportLine;

/**
 * The specification as a Word document (.docx, Apache POI) a municipality edits into its tender file: the title
 * in style Title, then real headings (styles Heading 1 for 「1. 利用条件」, the 別紙 and the clause list, Heading 2
 * for 1.1 and 1.2, with outline levels, so Word's navigation pane and table of contents see them) — the same
 * nesting as the Markdown ({@code #}, {@code ##}, {@code ###}) and HTML ({@code h1}, {@code h2}, {@code h3}), a
 * caption before each table, tables whose first row is a header row repeated on every page, each 「・」 item in a
 * row of its own with its 「-」 sub-items as paragraphs in the cell. The spelling language is the document's.
 */
public final class SpecificationDocx {

    private SpecificationDocx() {
    }

    public static byte[] render(ProcurementSpecification s) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            String lang = s.language().code().equals("ja") ? "ja-JP" : "en-US";
            styles.setSpellingLanguage(lang);
            styles.setEastAsia("ja-JP");
            style(styles, "Title", "Title", null, 32);
            style(styles, "Heading1", "heading 1", 0, 28);
            style(styles, "Heading2", "heading 2", 1, 24);
            style(styles, "Caption", "caption", null, 20);

            paragraph(doc, "Title", s.title());
            if (!s.prohibited().isEmpty()) {
                run(doc.createParagraph(), s.prohibited(), true);
            }
            XWPFTable about = doc.createTable(s.about().size(), 2);
            for (int i = 0; i < s.about().size(); i++) {
                Field f = s.about().get(i);
                text(about.getRow(i).getCell(0), f.label(), true);
                text(about.getRow(i).getCell(1), f.value(), false);
            }
            paragraph(doc, null, s.source());

            var c = s.conditions();
            paragraph(doc, "Heading1", c.heading());
            paragraph(doc, null, c.intro());
            paragraph(doc, "Heading2", c.provisionHeading());
            paragraph(doc, null, c.provisionText());
            var support = s.support();
            paragraph(doc, "Heading2", support.heading() + (support.recommended() ? s.labels().recommended() : ""));
            paragraph(doc, null, support.text());
            if (!support.textBasis().isEmpty()) {
                paragraph(doc, null, support.textBasis());
            }
            paragraph(doc, "Caption", support.caption());
            XWPFTable supportTable = table(doc, support.rows().size(),
                    List.of(support.requirementColumn(), support.contentColumn(), s.annex().basisColumn()));
            for (int i = 0; i < support.rows().size(); i++) {
                SupportLine line = support.rows().get(i);
                XWPFTableRow row = supportTable.getRow(i + 1);
                text(row.getCell(0), line.requirement(), false);
                lines(row.getCell(1), line.contents());
                text(row.getCell(2), line.basis(), false);
            }

            var annex = s.annex();
            paragraph(doc, "Heading1", annex.heading());
            paragraph(doc, "Caption", annex.heading());
            int rows = annex.categories().stream().mapToInt(k -> k.items().size()).sum();
            XWPFTable annexTable = table(doc, rows, List.of(annex.categoryColumn(), annex.requirementColumn(),
                    annex.basisColumn()));
            int r = 1;
            for (Category category : annex.categories()) {
                boolean first = true;
                for (Item item : category.items()) {
                    XWPFTableRow row = annexTable.getRow(r++);
                    text(row.getCell(0), first ? category.name() : "", false);
                    first = false;
                    XWPFTableCell cell = row.getCell(1);
                    text(cell, item.text() + (item.recommended() ? s.labels().recommended() : ""), false);
                    for (Item sub : item.subItems()) {
                        run(cell.addParagraph(), "-" + sub.text() + (sub.recommended() ? s.labels().recommended() : ""), false);
                    }
                    text(row.getCell(2), item.basis(), false);
                }
            }

            paragraph(doc, "Heading1", s.labels().clausesHeading());
            paragraph(doc, "Caption", s.labels().clausesHeading());
            XWPFTable clauses = table(doc, s.clauses().size(), List.of(s.labels().clauseColumn(), s.labels().clauseLabelColumn()));
            for (int i = 0; i < s.clauses().size(); i++) {
                text(clauses.getRow(i + 1).getCell(0), s.clauses().get(i).label(), false);
                text(clauses.getRow(i + 1).getCell(1), s.clauses().get(i).value(), false);
            }
            doc.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table with a header row (bold, repeated on every page) and {@code rows} body rows. */
    private static XWPFTable table(XWPFDocument doc, int rows, List<String> columns) {
        XWPFTable table = doc.createTable(rows + 1, columns.size());
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < columns.size(); i++) {
            text(head.getCell(i), columns.get(i), true);
        }
        return table;
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        run(p, text, false);
    }

    /** The cell's text in its first paragraph. */
    private static void text(XWPFTableCell cell, String text, boolean bold) {
        run(cell.getParagraphs().get(0), text, bold);
    }

    /** One paragraph per line in the cell. */
    private static void lines(XWPFTableCell cell, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            run(i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), lines.get(i), false);
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        if (bold) {
            run.setBold(true);
        }
    }

    /** A paragraph style: bold, in half-points {@code size}, with an outline level for headings. */
    private static void style(XWPFStyles styles, String id, String name, Integer outlineLevel, int size) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        CTString n = CTString.Factory.newInstance();
        n.setVal(name);
        ct.setName(n);
        CTString based = CTString.Factory.newInstance();
        based.setVal("Normal");
        ct.setBasedOn(based);
        CTString next = CTString.Factory.newInstance();
        next.setVal("Normal");
        ct.setNext(next);
        ct.setQFormat(CTOnOff.Factory.newInstance());
        if (outlineLevel != null) {
            CTPPrGeneral ppr = CTPPrGeneral.Factory.newInstance();
            CTDecimalNumber level = CTDecimalNumber.Factory.newInstance();
            level.setVal(BigInteger.valueOf(outlineLevel));
            ppr.setOutlineLvl(level);
            ppr.addNewKeepNext();
            ct.setPPr(ppr);
        }
        CTRPr rpr = CTRPr.Factory.newInstance();
        rpr.addNewB();
        CTHpsMeasure sz = rpr.addNewSz();
        sz.setVal(BigInteger.valueOf(size));
        ct.setRPr(rpr);
        styles.addStyle(new XWPFStyle(ct, styles));
    }
}
