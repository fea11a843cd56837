package kumo.domain.archfixture;

import java.time.LocalDate;

/** Breaks CORE_NEVER_READS_THE_SYSTEM_CLOCK: {@code LocalDate.now()} in the domain. Test-only fixture. */
public class DomainReadsTheClock {

    public LocalDate today() {
        return LocalDate.now();
    }
}
