package kumo.application.answers;

import java.util.Arrays;
import java.util.List;

import kumo.application.document.LocalizedText;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Texts;

/**
 * The answer sheet's texts, from {@code kumo/application/answers/answers_ja.properties} and {@code _en.properties}
 * (UTF-8): questions, headings and the messages about cells that cannot be read, in both languages (checked by
 * {@code AnswerTextsTest}).
 */
public final class AnswerTexts {

    /** The bundle's base name on the class path. */
    public static final String BASE = "/kumo/application/answers/answers";

    private static final Texts TEXTS = Texts.load(BASE);

    private AnswerTexts() {
    }

    /** The text of {@code key} in {@code language}, {@code {0}}… replaced by {@code args}. */
    public static String get(Language language, String key, Object... args) {
        return TEXTS.format(language, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The text of {@code key} in both languages. */
    public static LocalizedText of(String key, Object... args) {
        List<String> values = Arrays.stream(args).map(String::valueOf).toList();
        return new LocalizedText(TEXTS.format(Language.JA, key, values), TEXTS.format(Language.EN, key, values));
    }
}
