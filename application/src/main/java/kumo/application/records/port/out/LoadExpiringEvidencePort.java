package kumo.application.records.port.out;

import java.time.LocalDate;
import java.util.List;

import kumo.application.records.ExpiringEvidence;


/** Reads the evidence of each system's latest assessment by expiry (outgoing port). */
public interface LoadExpiringEvidencePort {

    /**
     * Evidence of each system's latest assessment whose last usable day is on or before {@code limit},
     * soonest first.
     */
    List<ExpiringEvidence> evidenceExpiringBy(LocalDate limit);
}
