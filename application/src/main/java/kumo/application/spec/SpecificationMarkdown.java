package kumo.application.spec;

import java.util.List;

import kumo.application.spec.ProcurementSpecification.Category;
import kumo.application.spec.ProcurementSpecification.Field;
import kumo.application.spec.ProcurementSpecification.Item;
import kumo.application.spec.ProcurementSpecification.SupportLine;

/**
 * The specification as Markdown (CommonMark with GitHub tables): headings as in §5, the two tables with header
 * rows, one row per 「・」 item, its 「-」 sub-items on lines of their own in the cell. Every text is escaped for
 * its place: a table cell cannot be broken by a {@code |}, and the system's name cannot become markup.
 */
public final class SpecificationMarkdown {

    /** The characters that can start or end Markdown (or HTML) markup inside a line. */
    private static final String MARKUP = "\\`*_{}[]<>#|~&";

    private SpecificationMarkdown() {
    }

    public static String render(ProcurementSpecification s) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("# ").append(text(s.title())).append("\n\n");
        if (!s.prohibited().isEmpty()) {
            out.append("> **").append(text(s.prohibited())).append("**\n\n");
        }
        for (Field f : s.about()) {
            out.append("- **").append(text(f.label())).append("**: ").append(text(f.value()).replace('\n', ' ')).append('\n');
        }
        out.append('\n').append(text(s.source())).append("\n\n");
        var c = s.conditions();
        out.append("## ").append(text(c.heading())).append("\n\n").append(text(c.intro())).append("\n\n");
        out.append("### ").append(text(c.provisionHeading())).append("\n\n").append(text(c.provisionText())).append("\n\n");
        var support = s.support();
        out.append("### ").append(text(support.heading()));
        if (support.recommended()) {
            out.append(text(s.labels().recommended()));
        }
        out.append("\n\n").append(text(support.text())).append("\n\n");
        if (!support.textBasis().isEmpty()) {
            out.append(text(support.textBasis())).append("\n\n");
        }
        out.append("**").append(text(support.caption())).append("**\n\n");
        row(out, List.of(support.requirementColumn(), support.contentColumn(), s.annex().basisColumn()));
        out.append("| --- | --- | --- |\n");
        for (SupportLine line : support.rows()) {
            row(out, List.of(line.requirement(), String.join("\n", line.contents()), line.basis()));
        }
        var annex = s.annex();
        out.append("\n## ").append(text(annex.heading())).append("\n\n");
        row(out, List.of(annex.categoryColumn(), annex.requirementColumn(), annex.basisColumn()));
        out.append("| --- | --- | --- |\n");
        for (Category category : annex.categories()) {
            boolean first = true;
            for (Item item : category.items()) {
                row(out, List.of(first ? category.name() : "", itemText(item, s.labels().recommended()), item.basis()));
                first = false;
            }
        }
        out.append("\n## ").append(text(s.labels().clausesHeading())).append("\n\n");
        row(out, List.of(s.labels().clauseColumn(), s.labels().clauseLabelColumn()));
        out.append("| --- | --- |\n");
        for (Field f : s.clauses()) {
            row(out, List.of(f.label(), f.value()));
        }
        return out.toString();
    }

    /** An item's cell: its text, the mark where the policy puts it, then each sub-item on its own line after 「-」. */
    static String itemText(Item item, String mark) {
        StringBuilder s = new StringBuilder(item.text());
        if (item.recommended()) {
            s.append(mark);
        }
        for (Item sub : item.subItems()) {
            s.append("\n-").append(sub.text());
            if (sub.recommended()) {
                s.append(mark);
            }
        }
        return s.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(text(cell).replace("\n", "<br>")).append(" |");
        }
        out.append('\n');
    }

    /**
     * Text as Markdown that shows it literally: every character that can start or end markup inside a line is
     * backslash-escaped (so {@code <script>} stays text, and {@code |} cannot end a table cell); line breaks are
     * kept for the caller (a cell turns them into {@code <br>}); other control characters become spaces.
     */
    static String text(String value) {
        StringBuilder s = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (MARKUP.indexOf(ch) >= 0) {
                s.append('\\').append(ch);
            } else if (ch == '\n') {
                s.append('\n');
            } else if (Character.isISOControl(ch)) {
                s.append(' ');
            } else {
                s.append(ch);
            }
        }
        return s.toString();
    }
}
