package kumo.domain.service;

/**
 * Continuity and exit terms (§2ウ, 別紙).
 *
 * @param recoveryTimeHours       stated recovery time for an interruption (RTO), hours
 * @param recoveryTimeStated      FALSE when the provider states no recovery time (null: unknown)
 * @param recoveryPointHours      stated recovery point objective (RPO), hours
 * @param recoveryPointStated     FALSE when the provider states no RPO (null: unknown)
 * @param availabilitySlaPercent  availability service level presented, percent
 * @param availabilitySlaOffered  FALSE when the provider presents no availability service level
 * @param geographicallySeparateSites main and sub centres at two or more physically separate sites
 * @param migrationMethodStated   a data migration method at the end of the service is stated
 * @param standardFormats         standardised data formats and interfaces for portability
 */
public record ContinuityTerms(
        Double recoveryTimeHours,
        Boolean recoveryTimeStated,
        Double recoveryPointHours,
        Boolean recoveryPointStated,
        Double availabilitySlaPercent,
        Boolean availabilitySlaOffered,
        Boolean geographicallySeparateSites,
        AdvanceNotice advanceNotice,
        Boolean migrationMethodStated,
        Boolean standardFormats) {

    public ContinuityTerms {
        if (advanceNotice == null) {
            advanceNotice = new AdvanceNotice(null, null, null, null);
        }
    }

    public static ContinuityTerms unknown() {
        return new ContinuityTerms(null, null, null, null, null, null, null, null, null, null);
    }
}
