package kumo.adapters.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Texts;

/**
 * The texts of {@code --help}, {@code kumo help COMMAND} and the usage shown after a usage error: one UTF-8
 * properties file per language ({@code help_ja.properties}, {@code help_en.properties}), handed to picocli as
 * its resource bundle, so that every command's header, description and footer, every option's and parameter's
 * description and the section headings come from the file of the chosen language. The annotations carry no
 * text: the bundles are the one source (the keys: adapters-cli's README, "Help texts").
 */
final class HelpTexts {

    static final String BASE = "/kumo/adapters/cli/help_";

    private static final Map<Language, ResourceBundle> CACHE = new ConcurrentHashMap<>();

    private HelpTexts() {
    }

    /** The help texts of one language, read once with a UTF-8 reader (never the ISO-8859-1 default). */
    static ResourceBundle bundle(Language language) {
        return CACHE.computeIfAbsent(language, l -> new Bundle(read(l)));
    }

    /** The raw properties of one language. */
    static Properties read(Language language) {
        return Texts.read(BASE + language.code() + ".properties");
    }

    /**
     * The lines {@code key.0}, {@code key.1}, … of {@code bundle}, as picocli reads a multi-line text; a
     * missing first line is a programming error caught by the tests.
     */
    static String[] lines(ResourceBundle bundle, String key) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; bundle.containsKey(key + "." + i); i++) {
            lines.add(bundle.getString(key + "." + i));
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("no help text for " + key);
        }
        return lines.toArray(String[]::new);
    }

    /** A resource bundle over properties already read. */
    private static final class Bundle extends ResourceBundle {

        private final Properties texts;

        Bundle(Properties texts) {
            this.texts = texts;
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.getProperty(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(texts.stringPropertyNames());
        }
    }
}
