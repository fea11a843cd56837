package kumo.domain.system;

import java.util.List;
import java.util.Map;

import kumo.domain.classification.InformationClassification;

/**
 * The system that would use the cloud service: the preparation items of §4(1) plus what the rules
 * need. Every component may be {@code null} ("not yet known").
 *
 * @param toleratedOutageHours   障害発生時の復旧許容時間, in hours
 * @param toleratedDataLossHours how much recent data may be lost, in hours (compared with the RPO)
 * @param notDeterminable        preparation items the department marked "not determinable", with the reason
 * @param runsLicensedSoftware   the city runs its own licensed software on the service (R16)
 */
public record SystemProfile(
        String name,
        String department,
        Users users,
        String userDetails,
        Boolean internetBased,
        ServiceKind serviceKind,
        List<String> integrations,
        String serviceHours,
        Double toleratedOutageHours,
        Double toleratedDataLossHours,
        Boolean disasterRecoveryNeeded,
        Steadiness steadiness,
        Workload workload,
        InformationClassification classification,
        Purpose purpose,
        Boolean mobileDevicesUsed,
        Boolean runsLicensedSoftware,
        Map<PreparationItem, String> notDeterminable) {

    public SystemProfile {
        integrations = integrations == null ? null : List.copyOf(integrations);
        notDeterminable = notDeterminable == null ? Map.of() : Map.copyOf(notDeterminable);
        if (classification == null) {
            classification = InformationClassification.unknown();
        }
        if (workload == null) {
            workload = new Workload(null, null, null);
        }
    }

    /** Citizen-facing (市民向け): {@code null} when the users are unknown. */
    public Boolean citizenFacing() {
        return users == null ? null : users != Users.STAFF;
    }
}
