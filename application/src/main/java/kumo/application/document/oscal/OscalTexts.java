package kumo.application.document.oscal;

import java.util.List;

import kumo.application.document.LocalizedText;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Texts;

/** The fixed texts of the OSCAL documents and of the import's messages ({@code oscal_ja/en.properties}). */
final class OscalTexts {

    private static final Texts TEXTS = Texts.load("/kumo/application/document/oscal/oscal");

    private OscalTexts() {
    }

    /** The text in both languages; arguments are inserted as they are, in both. */
    static LocalizedText of(String key, String... args) {
        List<String> list = List.of(args);
        return new LocalizedText(TEXTS.format(Language.JA, key, list), TEXTS.format(Language.EN, key, list));
    }

    /** Japanese first, English second, on one line. */
    static String both(String key, String... args) {
        LocalizedText t = of(key, args);
        return Oscal.both(t.ja(), t.en());
    }
}
