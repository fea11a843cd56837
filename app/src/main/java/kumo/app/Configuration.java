package kumo.app;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import kumo.application.document.LocalizedText;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Texts;

/**
 * kumo's configuration, read once by the composition root from the environment. A command-line option
 * ({@code --store}, {@code --actor}, {@code --lang}) overrides the value given here for one command.
 *
 * @param storeLocation where the store is when {@code --store} is not given: {@value #STORE}, else {@value
 *                      #DEFAULT_STORE} in the working directory
 * @param storeUser     the PostgreSQL user when the store's URL names none: {@value #STORE_USER}; may be {@code null}
 * @param storePassword its password: {@value #STORE_PASSWORD}; may be {@code null}
 * @param actor         who makes a change when {@code --actor} is not given: {@value #ACTOR}, else the OS user
 * @param language      the language when {@code --lang} is not given: {@value #LANG} ({@code ja} or {@code en}),
 *                      else Japanese
 * @param zone          the time zone whose date is "today": {@value #TIME_ZONE}, else {@value #DEFAULT_ZONE}
 */
public record Configuration(String storeLocation, String storeUser, String storePassword, String actor,
        Language language, ZoneId zone) {

    public static final String STORE = "KUMO_STORE";
    public static final String STORE_USER = "KUMO_STORE_USER";
    public static final String STORE_PASSWORD = "KUMO_STORE_PASSWORD";
    public static final String ACTOR = "KUMO_ACTOR";
    public static final String LANG = "KUMO_LANG";
    public static final String TIME_ZONE = "KUMO_TIMEZONE";

    /** The store when nothing names one: a SQLite file in the working directory. */
    public static final String DEFAULT_STORE = "kumo.db";

    /** "Today" is the date in Kobe: the policy is the city's. */
    public static final String DEFAULT_ZONE = "Asia/Tokyo";

    private static final Texts TEXTS = Texts.load("/kumo/app/app");

    public Configuration {
        Objects.requireNonNull(storeLocation, "storeLocation");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * Reads the configuration.
     *
     * @param environment an environment variable's value, {@code null} when unset (blank counts as unset)
     * @param osUser      the name of the user running kumo
     * @throws Invalid naming the variable and its value when one is unusable
     */
    public static Configuration read(UnaryOperator<String> environment, String osUser) {
        UnaryOperator<String> env = name -> {
            String value = environment.apply(name);
            return value == null || value.isBlank() ? null : value.strip();
        };
        String store = env.apply(STORE);
        String actor = env.apply(ACTOR);
        return new Configuration(store != null ? store : DEFAULT_STORE, env.apply(STORE_USER),
                env.apply(STORE_PASSWORD), actor != null ? actor : Objects.requireNonNullElse(osUser, ""),
                language(env.apply(LANG)), zone(env.apply(TIME_ZONE)));
    }

    private static Language language(String value) {
        if (value == null) {
            return Language.JA;
        }
        return Arrays.stream(Language.values()).filter(l -> l.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new Invalid(text("config.badLang", LANG, value)));
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value != null ? value : DEFAULT_ZONE);
        } catch (DateTimeException e) {
            throw new Invalid(text("config.badZone", TIME_ZONE, value));
        }
    }

    private static LocalizedText text(String key, String... args) {
        List<String> values = List.of(args);
        return new LocalizedText(TEXTS.format(Language.JA, key, values), TEXTS.format(Language.EN, key, values));
    }

    /** An unusable configuration value, explained in both languages (which one the user reads is not known yet). */
    public static final class Invalid extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient LocalizedText text;

        Invalid(LocalizedText text) {
            super(text.en());
            this.text = text;
        }

        public LocalizedText text() {
            return text;
        }

        /** What to do about it, in both languages. */
        public static LocalizedText hint() {
            return Configuration.text("config.hint");
        }
    }
}
