package kumo.application.document;

import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Texts;

/**
 * The texts of document problems, in Japanese and English, read from {@code ValidationMessages.properties}
 * (English) and {@code ValidationMessages_ja.properties} (UTF-8) on the classpath. Read directly rather
 * than through {@code ResourceBundle}, so that English never falls back to the JVM's default locale.
 * Placeholders are named: {@code {name}}.
 */
final class DocumentMessages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z#][A-Za-z0-9_.#]*)\\}");

    private final Map<Language, Properties> texts = new EnumMap<>(Language.class);

    DocumentMessages() {
        texts.put(Language.EN, Texts.read("/ValidationMessages.properties"));
        texts.put(Language.JA, Texts.read("/ValidationMessages_ja.properties"));
    }

    boolean has(String key) {
        return texts.get(Language.JA).containsKey(key) && texts.get(Language.EN).containsKey(key);
    }

    String text(Language language, String key) {
        String value = texts.get(language).getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no " + language.code() + " document message " + key);
        }
        return value;
    }

    /** The message {@code key} in both languages, placeholders replaced from {@code params} (values per language). */
    LocalizedText render(String key, Map<String, LocalizedText> params) {
        return new LocalizedText(fill(text(Language.JA, key), params, Language.JA),
                fill(text(Language.EN, key), params, Language.EN));
    }

    /** Replaces the placeholders whose names are in {@code params}; leaves the others as they are. */
    static String fill(String pattern, Map<String, LocalizedText> params, Language language) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            LocalizedText value = params.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value.in(language)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A parameter that reads the same in both languages. */
    static LocalizedText same(Object value) {
        String s = String.valueOf(value);
        return new LocalizedText(s, s);
    }
}
