package kumo.application.answers;

import java.util.List;
import java.util.Objects;

/**
 * One column of a table sheet of the answer sheet (certifications, audit reports, ISMAP registrations).
 *
 * @param key     the field of the profile's list entry (e.g. {@code validUntil}); the JSON form's key
 * @param type    what the cell takes
 * @param choices the values a {@link AnswerType#CHOICE} or {@link AnswerType#CHOICES} cell takes; else empty
 */
public record Column(String key, AnswerType type, List<String> choices) {

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
    }

    public Column(String key, AnswerType type) {
        this(key, type, List.of());
    }
}
