package kumo.adapters.web.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import kumo.domain.catalogue.Language;

/**
 * The frame every UI page shares: {@code <html lang>}, title, the Digital Agency design tokens and kumo's style
 * sheet, a skip link, the header with the navigation and the language switch, {@code <main>}, and the footer.
 * Scripts only from files on this server ({@code /static/…}), deferred: the content security policy allows no
 * inline script or style. Every page works without JavaScript; scripts only make it quicker.
 */
public final class Page {

    /** One entry of the navigation: its path and the key of its label in the UI texts. */
    public record NavItem(String path, String labelKey) {
    }

    /** The navigation, in order. Add a page here when it should be reachable from every page. */
    public static final List<NavItem> NAVIGATION = List.of(
            new NavItem("/", "nav.assess"),
            new NavItem("/assessments", "nav.assessments"),
            new NavItem("/compare", "nav.compare"),
            new NavItem("/catalogue", "nav.catalogue"),
            new NavItem("/departments", "nav.departments"));

    private Page() {
    }

    /**
     * A whole page.
     *
     * @param texts   the UI texts in the page's language
     * @param path    this page's path and query as requested (for the language switch and {@code aria-current})
     * @param title   the page's own title (plain text; escaped here)
     * @param body    the content of {@code <main>}
     * @param scripts extra script files under {@code /static/} (e.g. {@code "assess.js"})
     */
    public static String render(UiTexts texts, String path, String title, Html body, String... scripts) {
        Language lang = texts.language();
        Language other = lang == Language.JA ? Language.EN : Language.JA;
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html").attr("lang", lang.code()).raw(">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").text(title).raw(" — ").text(texts.get("app.name")).raw("</title>\n")
                .raw("<link rel=\"stylesheet\" href=\"/static/vendor/digital-go-jp-design-tokens/tokens.css\">\n")
                .raw("<link rel=\"stylesheet\" href=\"/static/kumo.css\">\n")
                .raw("<link rel=\"stylesheet\" href=\"/static/print.css\" media=\"print\">\n");
        for (String script : scripts) {
            h.raw("<script defer").attr("src", "/static/" + script).raw("></script>\n");
        }
        h.raw("</head>\n<body>\n")
                .raw("<a class=\"skip-link\" href=\"#main\">").text(texts.get("page.skip")).raw("</a>\n")
                .raw("<header class=\"site-header\">\n<p class=\"site-name\"><a href=\"/\">").text(texts.get("app.name"))
                .raw("</a> <span class=\"site-tagline\">").text(texts.get("app.tagline")).raw("</span></p>\n")
                .raw("<nav").attr("aria-label", texts.get("nav.label")).raw("><ul>\n");
        String current = path == null ? "/" : path.split("\\?", 2)[0];
        for (NavItem item : NAVIGATION) {
            h.raw("<li><a").attr("href", item.path());
            if (item.path().equals(current)) {
                h.raw(" aria-current=\"page\"");
            }
            h.raw(">").text(texts.get(item.labelKey())).raw("</a></li>\n");
        }
        h.raw("</ul></nav>\n")
                .raw("<form class=\"language-switch\" method=\"post\" action=\"/language\">")
                .raw("<input type=\"hidden\" name=\"lang\"").attr("value", other.code()).raw(">")
                .raw("<input type=\"hidden\" name=\"back\"").attr("value", path == null ? "/" : path).raw(">")
                .raw("<button type=\"submit\"").attr("lang", other.code()).raw(">").text(texts.get("language.switchTo"))
                .raw("</button></form>\n</header>\n")
                .raw("<main id=\"main\" tabindex=\"-1\">\n<h1>").text(title).raw("</h1>\n").append(body)
                .raw("\n</main>\n<footer class=\"site-footer\"><p>").text(texts.get("page.footer")).raw("</p></footer>\n")
                .raw("</body>\n</html>\n");
        return h.toString();
    }

    /** {@code value} as a URL query component. */
    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
