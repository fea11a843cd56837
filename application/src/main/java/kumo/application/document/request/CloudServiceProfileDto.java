package kumo.application.document.request;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kumo.domain.service.BillingModel;
import kumo.domain.service.Capability;
import kumo.domain.service.CloudServiceProfile;
import kumo.domain.service.Deployment;
import kumo.domain.service.ServiceModel;

/**
 * {@link CloudServiceProfile} as JSON. Evidence lists are absent when unknown and {@code []} when
 * checked and none exist. {@code capabilities} maps a capability name to {@code true} (offered) or
 * {@code false} (not offered); an absent or {@code null} entry is unknown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudServiceProfileDto(
        String name,
        String provider,
        Deployment deployment,
        ServiceModel serviceModel,
        Boolean generallyAvailable,
        Boolean foreignProvider,
        List<@NotNull(message = "{kumo.validation.noNullElement}") @Valid IsmapRegistrationDto> ismapRegistrations,
        List<@NotNull(message = "{kumo.validation.noNullElement}") @Valid CertificationDto> certifications,
        List<@NotNull(message = "{kumo.validation.noNullElement}") @Valid AuditReportDto> auditReports,
        @Valid DataLocationsDto dataLocations,
        Boolean performancePlacesDisclosed,
        Boolean governingLawJapan,
        Boolean jurisdictionJapan,
        Boolean dataOwnershipWithCity,
        @Valid ContinuityTermsDto continuity,
        @Valid SecurityTermsDto security,
        @Valid TrackRecordDto trackRecord,
        @Valid SupportTermsDto support,
        BillingModel billing,
        Boolean mobileAccess,
        Boolean restrictedRuntime,
        Map<Capability, Boolean> capabilities,
        List<@NotNull(message = "{kumo.validation.noNullElement}") @Valid EvidenceNoteDto> evidence) {

    /** As a format-1 document means it (an ISMAP registration is the service's own). */
    public CloudServiceProfile toDomain() {
        return toDomain(1);
    }

    /** As a document of {@code format} means it (format 2: an ISMAP registration without a scope is of unknown scope). */
    public CloudServiceProfile toDomain(int format) {
        return new CloudServiceProfile(name, provider, deployment, serviceModel, generallyAvailable, foreignProvider,
                Mapping.list(ismapRegistrations, r -> r.toDomain(format)),
                Mapping.list(certifications, CertificationDto::toDomain),
                Mapping.list(auditReports, AuditReportDto::toDomain),
                Mapping.map(dataLocations, DataLocationsDto::toDomain),
                performancePlacesDisclosed, governingLawJapan, jurisdictionJapan, dataOwnershipWithCity,
                Mapping.map(continuity, ContinuityTermsDto::toDomain),
                Mapping.map(security, SecurityTermsDto::toDomain),
                Mapping.map(trackRecord, TrackRecordDto::toDomain),
                Mapping.map(support, SupportTermsDto::toDomain),
                billing, mobileAccess, restrictedRuntime, Mapping.withoutNulls(capabilities),
                Mapping.list(evidence, EvidenceNoteDto::toDomain));
    }
}
