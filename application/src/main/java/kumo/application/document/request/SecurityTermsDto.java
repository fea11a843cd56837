package kumo.application.document.request;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.PositiveOrZero;
import kumo.domain.service.SecurityTerms;

/** {@link SecurityTerms} as JSON (§2エ, §4(3), 別紙). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecurityTermsDto(
        Boolean accessLogsProvided,
        @PositiveOrZero(message = "{kumo.validation.nonNegative}") Integer logRetentionDays,
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

    public SecurityTerms toDomain() {
        return new SecurityTerms(accessLogsProvided, logRetentionDays, logRetentionMethodStated,
                connectionPointMonitored, vulnerabilityCountermeasures, vulnerabilityDiscoveryMethodPresented,
                vulnerabilityDiscoveryExecutable, encryptionInTransit, encryptionAtRest, customerManagedKeysOffered,
                deletionOnRequest, deletionIrrecoverable, deletionThirdPartyAudit, disclosureItemsInContract,
                ndaAvailable, noSecondaryUseDeclared, incidentResponsePresented, remedyPresented,
                responsibilitiesDefined);
    }
}
