package kumo.application.document;

import java.util.Map;

/**
 * A value from the input as an error message shows it: at most {@value #LIMIT} characters, then an
 * ellipsis and the value's whole length; control characters, unpaired surrogates, line and paragraph
 * separators and bidirectional controls written visibly as <code>&#92;u001B</code>. A message can therefore
 * never be longer than its template allows, nor forge a line or colour a terminal, whatever was sent.
 */
public final class Echo {

    /** The most characters (code points) of a value a message shows. */
    public static final int LIMIT = 80;

    private static final DocumentMessages TEXTS = new DocumentMessages();

    private Echo() {
    }

    /** {@code value} (its {@code String.valueOf}) as a message shows it, in both languages. */
    public static LocalizedText of(Object value) {
        String s = String.valueOf(value);
        int length = s.codePointCount(0, s.length());
        if (length <= LIMIT) {
            return DocumentMessages.same(visible(s));
        }
        return TEXTS.render("kumo.echo.cut", Map.of(
                "start", DocumentMessages.same(visible(s.substring(0, s.offsetByCodePoints(0, LIMIT)))),
                "length", DocumentMessages.same(String.format("%,d", length))));
    }

    /**
     * {@code value} cut to {@value #LIMIT} characters with a bare ellipsis and made visible, the same in every
     * language: for paths, and for messages that take one argument list for both languages.
     */
    public static String brief(String value) {
        int length = value.codePointCount(0, value.length());
        return length <= LIMIT ? visible(value) : visible(value.substring(0, value.offsetByCodePoints(0, LIMIT))) + "…";
    }

    /** Characters that could hide, forge or colour output written as <code>&#92;uXXXX</code>; everything else as it is. */
    static String visible(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hidden;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            hidden = c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)
                    || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E' || c == '\u200F' || c == '\u061C';
            if (hidden && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (hidden) {
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
