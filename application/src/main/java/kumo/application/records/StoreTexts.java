package kumo.application.records;

import java.util.Arrays;
import java.util.List;
import kumo.application.document.LocalizedText;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Texts;

/**
 * The store's user-facing texts, from {@code kumo/application/records/records_ja.properties} and {@code
 * _en.properties} (UTF-8). Adapters build their error messages here too, so every store message exists in
 * both languages (checked by {@code StoreTextsTest}).
 */
public final class StoreTexts {

    /** The bundle's base name on the class path. */
    public static final String BASE = "/kumo/application/records/records";

    private static final Texts TEXTS = Texts.load(BASE);

    private StoreTexts() {
    }

    /** The text of {@code key} in both languages, {@code {0}}, {@code {1}}… replaced by {@code args}. */
    public static LocalizedText of(String key, Object... args) {
        List<String> values = Arrays.stream(args).map(String::valueOf).toList();
        return new LocalizedText(TEXTS.format(Language.JA, key, values), TEXTS.format(Language.EN, key, values));
    }

    /** An exception with the text of {@code key}. */
    public static StoreException error(StoreException.Reason reason, String key, Object... args) {
        return new StoreException(reason, of(key, args));
    }

    /** An exception with the text of {@code key} and its cause (kept for {@code --debug}, never shown by default). */
    public static StoreException error(StoreException.Reason reason, Throwable cause, String key, Object... args) {
        return new StoreException(reason, of(key, args), cause);
    }
}
