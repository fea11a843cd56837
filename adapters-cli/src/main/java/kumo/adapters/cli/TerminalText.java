package kumo.adapters.cli;

/**
 * Text that came from a user — a document, an option such as {@code --reason} or {@code --actor}, a stored row —
 * made safe for one terminal line: every character that could end the line, move the cursor, colour or clear the
 * screen, or reorder what is shown is written visibly instead. Newline, carriage return and tab as {@code \n},
 * {@code \r}, {@code \t}; the other C0 controls, DEL, the C1 controls (so ESC and CSI sequences are inert), the
 * line and paragraph separators (U+2028, U+2029), the bidirectional marks, embeddings, overrides and isolates
 * (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and unpaired surrogates as <code>&#92;uXXXX</code>.
 * Everything else, Japanese included, is kept as it is. A value made safe therefore never spans two lines nor
 * changes how the rest of its line looks, so one record stays one line.
 *
 * <p>A backslash is kept as it is, so the function is idempotent (safe text stays the same when made safe again)
 * and a Windows path reads as written; a value typed with a literal {@code \n} therefore looks like one that held a
 * newline — the JSON formats show the exact value. kumo's own texts are never passed through here: they are
 * trusted, and a test checks that they hold none of these characters. The web front door escapes HTML its own way.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** {@code value} safe for a terminal line; {@code null} stays {@code null}. */
    static String line(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder safe = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                if (safe != null) {
                    safe.append(c).append(value.charAt(i + 1));
                }
                i++;
                continue;
            }
            String shown = escape(c);
            if (shown != null && safe == null) {
                safe = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (shown != null) {
                safe.append(shown);
            } else if (safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? value : safe.toString();
    }

    /**
     * A pretty-printed JSON document made safe for the terminal while staying the same JSON: its line breaks are
     * the layout's (a JSON writer escapes the line breaks within strings), and every other character {@link
     * #line(String)} escapes can only stand inside a string, where {@code \t} and <code>&#92;uXXXX</code> mean the
     * same character.
     */
    static String json(String document) {
        return lines(document);
    }

    /**
     * A document whose line breaks are its layout (Markdown, HTML, pretty-printed JSON), each line made safe as
     * {@link #line(String)} makes it: a character that could end, hide, colour or reorder a line is shown escaped.
     */
    static String lines(String document) {
        StringBuilder safe = new StringBuilder(document.length());
        String[] lines = document.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                safe.append('\n');
            }
            safe.append(line(lines[i]));
        }
        return safe.toString();
    }

    /** How {@code c} is shown, or {@code null} when it is shown as it is. */
    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> hidden(c) ? String.format("\\u%04X", (int) c) : null;
        };
    }

    /** Whether {@code c} (not part of a surrogate pair) could end, hide, colour or reorder a line. */
    static boolean hidden(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u2028' || c == '\u2029'
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || Character.isSurrogate(c);
    }
}
