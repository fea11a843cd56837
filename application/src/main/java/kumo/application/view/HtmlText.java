package kumo.application.view;

/**
 * Escaping text for HTML, the one place it is done: the web pages ({@code Html} in the web adapter) and the
 * documents the application renders as HTML (the procurement specification) both use it.
 */
public final class HtmlText {

    private HtmlText() {
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
}
