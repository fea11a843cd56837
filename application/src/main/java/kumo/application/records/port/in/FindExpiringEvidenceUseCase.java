package kumo.application.records.port.in;

import java.util.List;

import kumo.application.records.ExpiringEvidence;


/** Finds the evidence about to expire (incoming port). */
public interface FindExpiringEvidenceUseCase {

    /** The furthest ahead a front door may ask for: a hundred years. */
    int MAX_DAYS = 36_500;

    /**
     * Evidence of each system's latest assessment that expires within {@code days} days of today, or has
     * expired; "today" is the date of the clock the implementation was given.
     *
     * @throws kumo.application.records.StoreException INVALID for a negative number of days
     */
    List<ExpiringEvidence> expiringWithin(int days);
}
