package kumo.adapters.cli;

/**
 * Lays out text columns on a terminal: the width of a string in terminal cells (East Asian wide and full-width
 * characters take two), and padding to a width.
 */
final class Columns {

    private Columns() {
    }

    /** How many terminal cells {@code s} takes. */
    static int width(String s) {
        int width = 0;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            width += wide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return width;
    }

    /** {@code s} followed by spaces up to {@code width} cells. */
    static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - width(s)));
    }

    /** The widest of {@code values}. */
    static int widest(Iterable<String> values) {
        int max = 0;
        for (String v : values) {
            max = Math.max(max, width(v));
        }
        return max;
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
