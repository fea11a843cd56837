package kumo.adapters.web.ui.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kumo.adapters.web.ui.Html;

/**
 * Horizontal stacked bars drawn as SVG by kumo itself, with the same numbers as a table: one row per subject
 * (a requirement group, a service, a department), one segment per category (a status, a state, a verdict), each
 * segment marked with its category's symbol and count where it is wide enough, and a legend with symbols. No
 * {@code style} attribute (the content security policy): colours come from {@code kumo.css} classes
 * ({@link Marks#cssClass}). Every text is escaped; the SVG is well-formed XML and valid inside HTML.
 */
final class StackedBars {

    /** One category of the legend, in its order: its code and its label in the page's language. */
    record Category(String code, String label) {
    }

    /** One bar: its label and the count of each category code (absent: 0). */
    record Row(String label, Map<String, Integer> counts) {
        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        int count(String code) {
            return counts.getOrDefault(code, 0);
        }
    }

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 200;
    static final int BAR_WIDTH = 440;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 22;
    static final int TOP = 8;
    static final int LEGEND_ROW = 26;
    static final int LEGEND_COLUMNS = 3;
    /** Narrower segments get no symbol and count inside (their numbers are in the legend titles and the table). */
    static final int MIN_LABELLED = 30;

    private StackedBars() {
    }

    /**
     * The figure: the SVG picture and, under it, the table with the same numbers.
     *
     * @param id         a prefix for the element IDs, unique on the page ({@code [a-z0-9-]})
     * @param title      the picture's title (also the table's caption)
     * @param rowHeading the heading of the table's first column
     * @param totalLabel the heading of the table's total column
     * @param summary    the text alternative in one sentence
     */
    static Html figure(String id, String title, String rowHeading, String totalLabel, String summary,
            List<Category> categories, List<Row> rows) {
        return new Html().raw("<figure class=\"chart-figure\"").attr("id", id).raw(">\n")
                .append(svg(id, title, summary, categories, rows))
                .append(table(title, rowHeading, totalLabel, categories, rows))
                .raw("</figure>\n");
    }

    static Html svg(String id, String title, String summary, List<Category> categories, List<Row> rows) {
        List<Category> used = used(categories, rows);
        int max = Math.max(1, rows.stream().mapToInt(Row::total).max().orElse(0));
        int legendRows = (used.size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
        int height = TOP + rows.size() * ROW_HEIGHT + 12 + legendRows * LEGEND_ROW + 4;
        Html h = new Html();
        h.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"")
                .attr("viewBox", "0 0 " + WIDTH + " " + height)
                .attr("aria-labelledby", id + "-title " + id + "-desc").raw(">\n")
                .raw("<title").attr("id", id + "-title").raw(">").text(title).raw("</title>\n")
                .raw("<desc").attr("id", id + "-desc").raw(">").text(summary).raw("</desc>\n");
        int y = TOP;
        for (Row row : rows) {
            h.raw("<g class=\"chart-row\">")
                    .raw("<text class=\"chart-label\" text-anchor=\"end\"").attr("x", LABEL_WIDTH - 8)
                    .attr("y", y + BAR_HEIGHT / 2 + 5).raw(">").text(shorten(row.label(), 16)).raw("</text>");
            int x = LABEL_WIDTH;
            for (Category c : used) {
                int n = row.count(c.code());
                if (n == 0) {
                    continue;
                }
                int w = (int) Math.round((double) n * BAR_WIDTH / max);
                w = Math.max(w, 2);
                h.raw("<rect").attr("class", Marks.cssClass(c.code())).attr("x", x).attr("y", y)
                        .attr("width", w).attr("height", BAR_HEIGHT).raw("><title>").text(row.label()).text(": ")
                        .text(c.label()).text(" ").text(n).raw("</title></rect>");
                if (w >= MIN_LABELLED) {
                    h.raw("<text class=\"chart-segment\" text-anchor=\"middle\"").attr("x", x + w / 2)
                            .attr("y", y + BAR_HEIGHT / 2 + 5).raw(">").text(Marks.symbol(c.code())).text(n)
                            .raw("</text>");
                }
                x += w;
            }
            h.raw("<text class=\"chart-total\"").attr("x", x + 6).attr("y", y + BAR_HEIGHT / 2 + 5).raw(">")
                    .text(row.total()).raw("</text></g>\n");
            y += ROW_HEIGHT;
        }
        y += 12;
        int column = 0;
        int columnWidth = WIDTH / LEGEND_COLUMNS;
        for (Category c : used) {
            int lx = column * columnWidth + 8;
            h.raw("<g class=\"chart-legend\"><rect").attr("class", Marks.cssClass(c.code())).attr("x", lx)
                    .attr("y", y).attr("width", 18).attr("height", 18).raw("/>")
                    .raw("<text").attr("x", lx + 24).attr("y", y + 14).raw(">").text(Marks.symbol(c.code()))
                    .text(" ").text(shorten(c.label(), 14)).raw("</text></g>\n");
            column++;
            if (column == LEGEND_COLUMNS) {
                column = 0;
                y += LEGEND_ROW;
            }
        }
        return h.raw("</svg>\n");
    }

    static Html table(String caption, String rowHeading, String totalLabel, List<Category> categories, List<Row> rows) {
        List<Category> used = used(categories, rows);
        Html h = new Html().raw("<div class=\"table-scroll\"><table class=\"chart-data\"><caption>").text(caption)
                .raw("</caption>\n<thead><tr><th scope=\"col\">").text(rowHeading).raw("</th>");
        for (Category c : used) {
            h.raw("<th scope=\"col\"><span aria-hidden=\"true\">").text(Marks.symbol(c.code())).raw(" </span>")
                    .text(c.label()).raw("</th>");
        }
        h.raw("<th scope=\"col\">").text(totalLabel).raw("</th></tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            h.raw("<tr><th scope=\"row\">").text(row.label()).raw("</th>");
            for (Category c : used) {
                h.raw("<td class=\"number\">").text(row.count(c.code())).raw("</td>");
            }
            h.raw("<td class=\"number\">").text(row.total()).raw("</td></tr>\n");
        }
        return h.raw("</tbody></table></div>\n");
    }

    /** The categories that occur in some row, in the legend's order; codes only in rows come last. */
    static List<Category> used(List<Category> categories, List<Row> rows) {
        Map<String, Category> all = new LinkedHashMap<>();
        categories.forEach(c -> all.put(c.code(), c));
        rows.forEach(r -> r.counts().keySet().forEach(code -> all.putIfAbsent(code, new Category(code, code))));
        List<Category> used = new ArrayList<>();
        for (Category c : all.values()) {
            if (rows.stream().anyMatch(r -> r.count(c.code()) > 0)) {
                used.add(c);
            }
        }
        return used;
    }

    /** At most {@code max} characters, an ellipsis when cut (the full text is in the table and the titles). */
    static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
