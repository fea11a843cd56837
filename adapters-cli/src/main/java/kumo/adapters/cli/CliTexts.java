package kumo.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import kumo.domain.catalogue.Language;

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

    static CliTexts of(Language language) {
        return new CliTexts(language, read(language));
    }

    /** The raw properties of one language, read with a UTF-8 reader (never the ISO-8859-1 default). */
    static Properties read(Language language) {
        String resource = BASE + language.code() + ".properties";
        Properties p = new Properties();
        try (InputStream in = CliTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    Language language() {
        return language;
    }

    /**
     * The text for {@code key}, formatted with {@code args} ({@link MessageFormat}; a plain apostrophe in
     * the properties is a literal apostrophe). A missing key is a programming error caught by the tests.
     */
    String get(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no " + language.code() + " CLI text for " + key);
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = Objects.toString(args[i], "—");
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(shown);
    }
}
