package kumo.application.records.audit;

import java.util.List;

/**
 * Re-derives what an assessment row holds from its stored documents (implemented in the records service, with
 * the catalogue): the columns the result gives, the derived rows the request gives, the verdict a new
 * assessment of the stored request gives.
 */
public interface Rederivation {

    /**
     * The differences between {@code row} and what its documents give; empty when it follows from them.
     * Never throws for a damaged row: an unreadable document is a difference.
     */
    List<AuditVerification.Problem> check(StoredAssessment row);
}
