package kumo.adapters.web.ui;

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

    /**
     * {@code value} escaped for HTML element content and double- or single-quoted attribute values: {@code & < > " '}
     * as character references; control characters other than tab, newline and carriage return, and unpaired
     * surrogates, as U+FFFD (they are not allowed in HTML text).
     */
    public static String escape(String value) {
        StringBuilder s = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement;
            switch (c) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '"' -> replacement = "&quot;";
                case '\'' -> replacement = "&#39;";
                default -> replacement = forbidden(value, i) ? "\uFFFD" : null;
            }
            if (replacement != null) {
                if (s == null) {
                    s = new StringBuilder(value.length() + 16).append(value, 0, i);
                }
                s.append(replacement);
            } else if (s != null) {
                s.append(c);
            }
        }
        return s == null ? value : s.toString();
    }

    private static boolean forbidden(String value, int i) {
        char c = value.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
