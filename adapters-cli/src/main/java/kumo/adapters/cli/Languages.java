package kumo.adapters.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import kumo.domain.catalogue.Language;

/** The {@code --lang} values: {@code ja} (the default) and {@code en}. */
final class Languages {

    static final String OPTION = "--lang";

    private Languages() {
    }

    /** The {@code --lang} values, for shell completion: {@code ja en}. */
    static final class Codes implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Language.values()).map(Language::code).iterator();
        }
    }

    /** The language named by an option value, or {@code null} when it names none. */
    static Language parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "ja" -> Language.JA;
            case "en" -> Language.EN;
            default -> null;
        };
    }

    /**
     * The language asked for on a command line that could not be parsed (so that even an error about
     * another option speaks the user's language): the last valid {@code --lang} value, else Japanese.
     */
    static Language sniff(List<String> args) {
        return sniff(args, Language.JA);
    }

    /** As {@link #sniff(List)}, with {@code fallback} (the configured language) when no usable {@code --lang} is given. */
    static Language sniff(List<String> args, Language fallback) {
        Language found = fallback;
        for (int i = 0; args != null && i < args.size(); i++) {
            String arg = args.get(i);
            if ("--".equals(arg)) {
                break;
            }
            String value = null;
            if (OPTION.equals(arg) && i + 1 < args.size()) {
                value = args.get(i + 1);
            } else if (arg != null && arg.startsWith(OPTION + "=")) {
                value = arg.substring(OPTION.length() + 1);
            }
            Language language = parse(value);
            if (language != null) {
                found = language;
            }
        }
        return found;
    }
}
