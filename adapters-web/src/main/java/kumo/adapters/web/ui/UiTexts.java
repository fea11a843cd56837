package kumo.adapters.web.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import kumo.domain.catalogue.Language;

/**
 * The UI's own texts in one language, from {@code ui_ja.properties} / {@code ui_en.properties} (UTF-8, same keys
 * — a test checks it). Texts of the policy (requirements, statuses, verdicts) come from the catalogue and the
 * result view, not from here. Arguments are formatted as text, so they must still be escaped by {@link Html}.
 */
public final class UiTexts {

    private static final Map<Language, UiTexts> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final Properties texts;

    private UiTexts(Language language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The texts in {@code language}. */
    public static synchronized UiTexts of(Language language) {
        return LOADED.computeIfAbsent(Objects.requireNonNull(language, "language"), UiTexts::load);
    }

    static Properties properties(Language language) {
        String name = "ui_" + language.code() + ".properties";
        try (InputStream in = UiTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing UI texts " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UiTexts load(Language language) {
        return new UiTexts(language, properties(language));
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key}, arguments formatted as plain text (a plain apostrophe is literal). */
    public String get(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no " + language.code() + " UI text for " + key);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = Objects.toString(args[i], "—");
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(shown);
    }
}
