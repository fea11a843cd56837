package kumo.application.records.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import kumo.application.records.audit.AuditChain;


/**
 * "Today" and "now" for the records, from the clock the composition root gives: today is the clock's date in
 * the clock's zone (the configured time zone, Asia/Tokyo by default); now is its instant cut to
 * microseconds, as the store keeps it.
 */
final class StoreClock {

    private final Clock clock;

    StoreClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    Instant now() {
        return AuditChain.storable(clock.instant());
    }
}
