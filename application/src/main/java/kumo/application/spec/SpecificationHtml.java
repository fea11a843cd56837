package kumo.application.spec;

import static kumo.application.view.HtmlText.escape;

import java.util.List;

import kumo.application.spec.ProcurementSpecification.Category;
import kumo.application.spec.ProcurementSpecification.Field;
import kumo.application.spec.ProcurementSpecification.Item;
import kumo.application.spec.ProcurementSpecification.SupportLine;

/**
 * The specification as one standalone HTML page: the language in {@code lang}, every table with a caption and
 * column headers ({@code th scope="col"}, the 区分 as a row header), a style sheet of its own for the screen and
 * A4 print (header rows repeat on every page, rows are not split), nothing loaded from elsewhere. Every text is
 * escaped ({@link kumo.application.view.HtmlText}).
 */
public final class SpecificationHtml {

    private static final String STYLE = """
            body { font-family: "Noto Sans JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif; line-height: 1.6;
                   color: #111; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
            h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.1rem; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
            caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
            th, td { border: 1px solid #555; padding: 0.4rem 0.5rem; vertical-align: top; text-align: left; }
            thead th { background: #e8e8e8; }
            tbody th { font-weight: normal; background: #f6f6f6; }
            .recommended { font-weight: bold; }
            .prohibited { border: 2px solid #a00; color: #a00; padding: 0.5rem 0.75rem; }
            .basis { font-size: 0.85rem; color: #333; }
            ul.sub { margin: 0.25rem 0 0; padding-left: 1.25rem; list-style: none; }
            ul.sub li::before { content: "-"; margin-left: -0.75rem; margin-right: 0.25rem; }
            dl.about { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
            dl.about dt { font-weight: bold; } dl.about dd { margin: 0; }
            @page { size: A4; margin: 18mm 15mm; }
            @media print { body { margin: 0; max-width: none; font-size: 10.5pt; } thead { display: table-header-group; }
                           tr { break-inside: avoid; } }
            """;

    private SpecificationHtml() {
    }

    public static String render(ProcurementSpecification s) {
        StringBuilder out = new StringBuilder(32_768);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(s.language().code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title(s))).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<h1>").append(escape(s.title())).append("</h1>\n");
        if (!s.prohibited().isEmpty()) {
            out.append("<p class=\"prohibited\" role=\"alert\"><strong>").append(escape(s.prohibited()))
                    .append("</strong></p>\n");
        }
        out.append("<dl class=\"about\">\n");
        for (Field f : s.about()) {
            out.append("<dt>").append(escape(f.label())).append("</dt><dd>").append(escape(f.value())).append("</dd>\n");
        }
        out.append("</dl>\n<p>").append(escape(s.source())).append("</p>\n");
        var c = s.conditions();
        out.append("<section aria-labelledby=\"conditions\">\n<h2 id=\"conditions\">").append(escape(c.heading()))
                .append("</h2>\n<p>").append(escape(c.intro())).append("</p>\n<h3>").append(escape(c.provisionHeading()))
                .append("</h3>\n<p>").append(escape(c.provisionText())).append("</p>\n");
        var support = s.support();
        out.append("<h3>").append(escape(support.heading()));
        if (support.recommended()) {
            mark(out, s);
        }
        out.append("</h3>\n<p>").append(escape(support.text())).append("</p>\n");
        if (!support.textBasis().isEmpty()) {
            out.append("<p class=\"basis\">").append(escape(support.textBasis())).append("</p>\n");
        }
        out.append("<table>\n<caption>")
                .append(escape(support.caption())).append("</caption>\n");
        head(out, List.of(support.requirementColumn(), support.contentColumn(), s.annex().basisColumn()));
        out.append("<tbody>\n");
        for (SupportLine line : support.rows()) {
            out.append("<tr><th scope=\"row\">").append(escape(line.requirement())).append("</th><td>");
            for (int i = 0; i < line.contents().size(); i++) {
                out.append(i == 0 ? "" : "<br>").append(escape(line.contents().get(i)));
            }
            out.append("</td><td class=\"basis\">").append(escape(line.basis())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
        var annex = s.annex();
        out.append("<section aria-labelledby=\"annex\">\n<h2 id=\"annex\">").append(escape(annex.heading()))
                .append("</h2>\n<table>\n<caption>").append(escape(annex.heading())).append("</caption>\n");
        head(out, List.of(annex.categoryColumn(), annex.requirementColumn(), annex.basisColumn()));
        out.append("<tbody>\n");
        for (Category category : annex.categories()) {
            boolean first = true;
            for (Item item : category.items()) {
                out.append("<tr>");
                if (first) {
                    out.append("<th scope=\"rowgroup\" rowspan=\"").append(category.items().size()).append("\">")
                            .append(escape(category.name())).append("</th>");
                    first = false;
                }
                out.append("<td>").append(escape(item.text()));
                if (item.recommended()) {
                    mark(out, s);
                }
                if (!item.subItems().isEmpty()) {
                    out.append("<ul class=\"sub\">");
                    for (Item sub : item.subItems()) {
                        out.append("<li>").append(escape(sub.text()));
                        if (sub.recommended()) {
                            mark(out, s);
                        }
                        out.append("</li>");
                    }
                    out.append("</ul>");
                }
                out.append("</td><td class=\"basis\">").append(escape(item.basis())).append("</td></tr>\n");
            }
        }
        out.append("</tbody>\n</table>\n</section>\n");
        out.append("<section aria-labelledby=\"clauses\">\n<h2 id=\"clauses\">").append(escape(s.labels().clausesHeading()))
                .append("</h2>\n<table>\n<caption>").append(escape(s.labels().clausesHeading())).append("</caption>\n");
        head(out, List.of(s.labels().clauseColumn(), s.labels().clauseLabelColumn()));
        out.append("<tbody>\n");
        for (Field f : s.clauses()) {
            out.append("<tr><th scope=\"row\">").append(escape(f.label())).append("</th><td>").append(escape(f.value()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** The page title: the document's and the system's name. */
    private static String title(ProcurementSpecification s) {
        return s.about().isEmpty() ? s.title() : s.title() + " — " + s.about().get(0).value();
    }

    private static void head(StringBuilder out, List<String> columns) {
        out.append("<thead><tr>");
        columns.forEach(c -> out.append("<th scope=\"col\">").append(escape(c)).append("</th>"));
        out.append("</tr></thead>\n");
    }

    private static void mark(StringBuilder out, ProcurementSpecification s) {
        out.append("<strong class=\"recommended\">").append(escape(s.labels().recommended())).append("</strong>");
    }
}
