package kumo.application.archfixture;

import java.time.Instant;

/** Breaks CORE_NEVER_READS_THE_SYSTEM_CLOCK: {@code Instant.now()} in the application. Test-only fixture. */
public class ApplicationReadsTheClock {

    public Instant now() {
        return Instant.now();
    }
}
