package kumo.domain.service;

import java.time.LocalDate;

/** Whether a piece of evidence with a validity window counts on a date. Unknown is neither valid nor expired. */
final class Validity {

    private Validity() {
    }

    /**
     * TRUE when {@code date} lies in [{@code from}, {@code until}]; FALSE before {@code from} or after
     * {@code until}; {@code null} when {@code until} is unknown (an unknown {@code from} is no bar).
     */
    static Boolean on(LocalDate date, LocalDate from, LocalDate until) {
        if (from != null && date.isBefore(from)) {
            return Boolean.FALSE;
        }
        if (until == null) {
            return null;
        }
        return !date.isAfter(until);
    }
}
