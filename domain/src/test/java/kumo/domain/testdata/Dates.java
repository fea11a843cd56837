package kumo.domain.testdata;

import java.time.LocalDate;

/** The dates the test data is written around. */
public final class Dates {

    /** The assessment date of the complete profiles: they give ELIGIBLE on this day. */
    public static final LocalDate ASSESSMENT_DATE = LocalDate.of(2026, 11, 28);

    /** The day the city records its decisions in the complete plan (before the assessment date). */
    public static final LocalDate DECIDED_ON = LocalDate.of(2026, 10, 1);

    /** First publication of the ISMAP cloud service list: catalogue v1's default start of the §4(7) route. */
    public static final LocalDate ISMAP_FIRST_LIST = LocalDate.of(2021, 3, 12);

    private Dates() {
    }
}
