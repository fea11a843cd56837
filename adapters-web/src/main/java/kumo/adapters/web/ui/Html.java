package kumo.adapters.web.ui;

import kumo.application.view.HtmlText;

/**
 * Building HTML text safely: every value that is not kumo's own markup goes through {@link #text} (element
 * content) or {@link #attr} (a quoted attribute value), so a name holding {@code <script>} or a quote renders
 * as text. kumo's own markup is appended with {@link #raw}, and only with literals or other {@code Html}.
 */
public final class Html {

    private final StringBuilder out = new StringBuilder(4_096);

    /** Appends kumo's own markup as it is. Never pass user text here. */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends {@code value} as element content, escaped. {@code null} appends nothing. */
    public Html text(Object value) {
        if (value != null) {
            out.append(escape(value.toString()));
        }
        return this;
    }

    /** Appends {@code another}'s markup. */
    public Html append(Html another) {
        out.append(another.out);
        return this;
    }

    /** {@code  name="value"} with the value escaped (leading space included). */
    public Html attr(String name, Object value) {
        out.append(' ').append(name).append("=\"").append(escape(value == null ? "" : value.toString())).append('"');
        return this;
    }

    /** {@code value} escaped for HTML text and quoted attribute values: see {@link HtmlText#escape}. */
    public static String escape(String value) {
        return HtmlText.escape(value);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
