package kumo.domain.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** UTF-8 texts keyed by ID, one properties file per language. */
public final class Texts {

    /** Immutable maps: lookups on a shared catalogue take no lock (Properties is a synchronized Hashtable). */
    private final Map<Language, Map<String, String>> byLanguage;
    /** The same texts keyed {@code @key}: an argument {@code @key} is looked up as it is, without a substring per message. */
    private final Map<Language, Map<String, String>> byReference;

    private Texts(Map<Language, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
        Map<Language, Map<String, String>> references = new EnumMap<>(Language.class);
        byLanguage.forEach((language, texts) -> {
            Map<String, String> m = new HashMap<>();
            texts.forEach((k, v) -> m.put("@" + k, v));
            references.put(language, Map.copyOf(m));
        });
        this.byReference = references;
    }

    /** Loads {@code <base>_ja.properties} and {@code <base>_en.properties} from the classpath, merged over several bases. */
    public static Texts load(String... bases) {
        Map<Language, Map<String, String>> map = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> merged = new HashMap<>();
            for (String base : bases) {
                read(base + "_" + language.code() + ".properties").forEach((k, v) -> merged.put((String) k, (String) v));
            }
            map.put(language, Map.copyOf(merged));
        }
        return new Texts(map);
    }

    /** Reads a UTF-8 properties resource from the class path (absolute name); a missing one is a programming error. */
    public static Properties read(String resource) {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The text, or {@code null} when the key is missing. */
    public String find(Language language, String key) {
        return byLanguage.get(language).get(key);
    }

    /** The text; a missing key is a programming error caught by the completeness tests. */
    public String get(Language language, String key) {
        String value = find(language, key);
        if (value == null) {
            throw new IllegalStateException("no " + language.code() + " text for " + key);
        }
        return value;
    }

    public boolean has(String key) {
        for (Language l : Language.values()) {
            String v = find(l, key);
            if (v == null || v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Formats a message: arguments that start with {@code @} are text keys, resolved in the same language. */
    public String format(Language language, String key, List<String> args) {
        String pattern = get(language, key);
        String text = pattern;
        if (!args.isEmpty()) {
            // a plain loop: this runs for every rendered message, and a stream per call showed in the profile
            Object[] resolved = new Object[args.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = resolve(language, args.get(i));
            }
            text = substitute(pattern, resolved);
        }
        if (language == Language.EN && !text.isEmpty()) {
            // an empty optional argument leaves no double space, and a sentence that starts with a
            // (lower-case) label still starts with a capital
            text = text.replace("  ", " ");
            if (Character.isLowerCase(text.charAt(0))) {
                text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
            }
        }
        return text;
    }

    /**
     * Replaces {@code {0}}, {@code {1}}, … with the arguments; any other text, quotes and braces included,
     * stays as written. (The texts use positional placeholders only, so no MessageFormat is needed.)
     */
    static String substitute(String pattern, Object[] args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char ch = pattern.charAt(i);
            if (ch == '{') {
                int j = i + 1;
                while (j < pattern.length() && Character.isDigit(pattern.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < pattern.length() && pattern.charAt(j) == '}' && j - i <= 4) {
                    // at most three digits, as Integer.parseInt reads them (Character.digit), without its checks
                    int index = 0;
                    for (int k = i + 1; k < j; k++) {
                        index = index * 10 + Character.digit(pattern.charAt(k), 10);
                    }
                    if (index < args.length) {
                        out.append(args[index]);
                        i = j + 1;
                        continue;
                    }
                }
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }

    /** An argument {@code @key} naming an existing text is that text; anything else (typed text too) is itself. */
    private String resolve(Language language, String arg) {
        if (arg != null && arg.startsWith("@")) {
            String text = byReference.get(language).get(arg);
            if (text != null) {
                return text;
            }
        }
        return String.valueOf(arg);
    }

    public Set<String> keys(Language language) {
        return Collections.unmodifiableSet(new TreeSet<>(byLanguage.get(language).keySet()));
    }
}
