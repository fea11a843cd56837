package kumo.application.answers;

import java.util.List;
import java.util.Objects;

/**
 * One row of the vendor answer sheet: a fact of the service profile that SERVICE requirements read.
 *
 * @param item           the fact's place in the service profile, as evidence notes name it (e.g. {@code
 *                       security.encryptionAtRest}, {@code deployment}); the sheet's stable key for the row
 * @param requirementIds the SERVICE requirements whose rules read it, in catalogue order
 * @param type           what the answer cell takes
 * @param choices        the values a {@link AnswerType#CHOICE} or {@link AnswerType#CHOICES} answer takes; else empty
 */
public record Question(String item, List<String> requirementIds, AnswerType type, List<String> choices) {

    public Question {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(type, "type");
        requirementIds = List.copyOf(requirementIds);
        choices = List.copyOf(choices);
        if (requirementIds.isEmpty()) {
            throw new IllegalArgumentException("a question serves at least one requirement: " + item);
        }
    }

    /** The requirement the row is filed under: the first one. */
    public String requirementId() {
        return requirementIds.get(0);
    }
}
