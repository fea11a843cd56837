package kumo.application.document.oscal;

/**
 * Text that OSCAL reads as Markdown (titles, descriptions, statements) but that is not kumo's own — a service's
 * name, a reason quoting a recorded value: every character with which Markdown or HTML could make a tag, an entity, a link, an
 * image, code or emphasis is escaped with a backslash (CommonMark's escapes), so a viewer shows it as it was typed
 * and runs none of it.
 */
final class Markdown {

    private static final String SPECIAL = "\\`*_{}[]()<>#!|~&";

    private Markdown() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
