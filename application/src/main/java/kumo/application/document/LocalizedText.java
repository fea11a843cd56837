package kumo.application.document;

import java.util.Objects;

import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.Texts;

/** A user-facing text in both languages: {@code {"ja": "...", "en": "..."}}. */
public record LocalizedText(String ja, String en) {

    public LocalizedText {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    /** The text of {@code key} in both languages; a missing key is a programming error. */
    public static LocalizedText of(Texts texts, String key) {
        return new LocalizedText(texts.get(Language.JA, key), texts.get(Language.EN, key));
    }

    /** A domain message rendered in both languages. */
    public static LocalizedText of(Texts texts, Message message) {
        return new LocalizedText(message.render(texts, Language.JA), message.render(texts, Language.EN));
    }

    public String in(Language language) {
        return language == Language.JA ? ja : en;
    }
}
