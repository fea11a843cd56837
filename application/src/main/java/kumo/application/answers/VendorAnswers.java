package kumo.application.answers;

import java.util.Map;
import java.util.Objects;

import kumo.application.document.request.CloudServiceProfileDto;

/**
 * A filled answer sheet, read: the service profile it states (with an evidence note per answered row naming the
 * sheet, the row and the vendor's document) and how much of it was answered.
 *
 * @param service  the request's {@code service} part, format 2 (data locations by kind, ISMAP registrations with
 *                 their scope); every blank row is an absent, i.e. unknown, fact
 * @param source   the sheet as named to the user (its file name)
 * @param rows     the rows of the answers sheet
 * @param answered the rows with an answer
 * @param places   where each answer came from: the request path of a fact ({@code $.service.security.logRetentionDays},
 *                 {@code $.service.certifications[0].validUntil}) → the sheet's cell ({@code 回答 Answers!G24}) or
 *                 JSON path, and the row's label; for naming the cell when the request format refuses a value
 */
public record VendorAnswers(CloudServiceProfileDto service, String source, int rows, int answered,
        Map<String, Place> places) {

    public VendorAnswers {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(source, "source");
        places = Map.copyOf(places);
    }

    /**
     * A cell of the sheet: its path ({@code 回答 Answers!H24} or {@code $.answers[21].answer}), what its row is
     * ({@code SEC-02 security.logRetentionDays}), the row's number (or the JSON entry's, from 1) and the cell.
     */
    public record Place(String path, String label, int row, String cell) {
    }
}
