package kumo.application.archfixture;

import java.time.Clock;
import java.time.LocalDate;

/** Breaks no rule: "today" from the clock it is given. Test-only fixture. */
public class CompliantApplicationClock {

    private final Clock clock;

    public CompliantApplicationClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
