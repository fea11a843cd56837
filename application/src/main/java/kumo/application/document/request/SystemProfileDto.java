package kumo.application.document.request;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;
import kumo.domain.system.PreparationItem;
import kumo.domain.system.Purpose;
import kumo.domain.system.ServiceKind;
import kumo.domain.system.Steadiness;
import kumo.domain.system.SystemProfile;
import kumo.domain.system.Users;

/** {@link SystemProfile} as JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SystemProfileDto(
        String name,
        String department,
        Users users,
        String userDetails,
        Boolean internetBased,
        ServiceKind serviceKind,
        List<@NotNull(message = "{kumo.validation.noNullElement}") String> integrations,
        String serviceHours,
        @PositiveOrZero(message = "{kumo.validation.nonNegative}")
        @DecimalMax(value = "1000000", message = "{kumo.validation.tooLarge}") Double toleratedOutageHours,
        @PositiveOrZero(message = "{kumo.validation.nonNegative}")
        @DecimalMax(value = "1000000", message = "{kumo.validation.tooLarge}") Double toleratedDataLossHours,
        Boolean disasterRecoveryNeeded,
        Steadiness steadiness,
        @Valid WorkloadDto workload,
        @Valid InformationClassificationDto classification,
        Purpose purpose,
        Boolean mobileDevicesUsed,
        Boolean runsLicensedSoftware,
        Map<PreparationItem, String> notDeterminable) {

    public SystemProfile toDomain() {
        return new SystemProfile(name, department, users, userDetails, internetBased, serviceKind,
                integrations, serviceHours, toleratedOutageHours, toleratedDataLossHours, disasterRecoveryNeeded,
                steadiness, Mapping.map(workload, WorkloadDto::toDomain),
                Mapping.map(classification, InformationClassificationDto::toDomain), purpose, mobileDevicesUsed,
                runsLicensedSoftware, Mapping.withoutNulls(notDeterminable));
    }
}
