package kumo.domain.service;

/**
 * Security terms the provider offers for the contract (§2エ, §4(3), 別紙). Every field may be
 * {@code null} ("not yet known").
 */
public record SecurityTerms(
        Boolean accessLogsProvided,
        Integer logRetentionDays,
        Boolean logRetentionMethodStated,
        Boolean connectionPointMonitored,
        Boolean vulnerabilityCountermeasures,
        Boolean vulnerabilityDiscoveryMethodPresented,
        Boolean vulnerabilityDiscoveryExecutable,
        Boolean encryptionInTransit,
        Boolean encryptionAtRest,
        Boolean customerManagedKeysOffered,
        Boolean deletionOnRequest,
        Boolean deletionIrrecoverable,
        Boolean deletionThirdPartyAudit,
        Boolean disclosureItemsInContract,
        Boolean ndaAvailable,
        Boolean noSecondaryUseDeclared,
        Boolean incidentResponsePresented,
        Boolean remedyPresented,
        Boolean responsibilitiesDefined) {

    public static SecurityTerms unknown() {
        return new SecurityTerms(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
