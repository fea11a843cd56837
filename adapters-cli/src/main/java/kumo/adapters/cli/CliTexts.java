package kumo.adapters.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Texts;

/**
 * The CLI's own headings and fixed phrases, one UTF-8 properties file per language
 * ({@code cli_ja.properties}, {@code cli_en.properties}). Labels that belong to the policy (verdicts,
 * statuses, levels, groups) come from the catalogue texts instead.
 */
final class CliTexts {

    static final String BASE = "/kumo/adapters/cli/cli_";

    private final Language language;
    private final Properties texts;

    private CliTexts(Language language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    private static final Map<Language, CliTexts> CACHE = new ConcurrentHashMap<>();

    /** The texts of one language, read once. */
    static CliTexts of(Language language) {
        return CACHE.computeIfAbsent(language, l -> new CliTexts(l, read(l)));
    }

    /** The raw properties of one language, read with a UTF-8 reader (never the ISO-8859-1 default). */
    static Properties read(Language language) {
        return Texts.read(BASE + language.code() + ".properties");
    }

    Language language() {
        return language;
    }

    /** Whether there is a text for {@code key}. */
    boolean has(String key) {
        return texts.getProperty(key) != null;
    }

    /**
     * The text for {@code key}, formatted with {@code args} ({@link MessageFormat}; a plain apostrophe in
     * the properties is a literal apostrophe). A missing key is a programming error caught by the tests.
     * The text is kumo's own; every argument that is text (a name, an id, an option's value, a stored column) is
     * shown as {@link TerminalText#line} makes it safe, so no argument can break or colour the line.
     */
    String get(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no " + language.code() + " CLI text for " + key);
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = TerminalText.line(Objects.toString(args[i], "—"));
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(shown);
    }
}
