package kumo.domain.archfixture;

import java.time.Clock;
import java.time.LocalDateTime;

/** Breaks CORE_NEVER_READS_THE_SYSTEM_CLOCK: {@code Clock.systemDefaultZone()} and {@code LocalDateTime.now()}. Test-only fixture. */
public class DomainUsesTheSystemClock {

    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    public LocalDateTime now() {
        return LocalDateTime.now();
    }
}
