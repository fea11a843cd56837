package kumo.domain.service;

import java.util.List;
import java.util.Map;

/**
 * What a candidate service and its provider offer. Every fact may be {@code null}: unknown, never
 * "no". Lists of evidence are {@code null} when unknown and empty when checked and none exist.
 *
 * @param foreignProvider      the service or its support is run from abroad (海外のクラウドサービス, R12)
 * @param performancePlacesDisclosed places of performance (offices, operation sites, regions) disclosed with evidence
 * @param mobileAccess         the service can be used from mobile phones and smartphones (R21)
 * @param restrictedRuntime    the execution environment is restricted (typically PaaS, R24); {@code null} derives it from the model
 * @param capabilities         risk-mitigating capabilities: TRUE offered, FALSE not, absent unknown
 */
public record CloudServiceProfile(
        String name,
        String provider,
        Deployment deployment,
        ServiceModel serviceModel,
        Boolean generallyAvailable,
        Boolean foreignProvider,
        List<IsmapRegistration> ismapRegistrations,
        List<Certification> certifications,
        List<AuditReport> auditReports,
        DataLocations dataLocations,
        Boolean performancePlacesDisclosed,
        Boolean governingLawJapan,
        Boolean jurisdictionJapan,
        Boolean dataOwnershipWithCity,
        ContinuityTerms continuity,
        SecurityTerms security,
        TrackRecord trackRecord,
        SupportTerms support,
        BillingModel billing,
        Boolean mobileAccess,
        Boolean restrictedRuntime,
        Map<Capability, Boolean> capabilities,
        List<EvidenceNote> evidence) {

    public CloudServiceProfile {
        ismapRegistrations = ismapRegistrations == null ? null : List.copyOf(ismapRegistrations);
        certifications = certifications == null ? null : List.copyOf(certifications);
        auditReports = auditReports == null ? null : List.copyOf(auditReports);
        dataLocations = dataLocations == null ? new DataLocations(null, null) : dataLocations;
        continuity = continuity == null ? ContinuityTerms.unknown() : continuity;
        security = security == null ? SecurityTerms.unknown() : security;
        trackRecord = trackRecord == null ? new TrackRecord(null, null, null) : trackRecord;
        support = support == null ? SupportTerms.unknown() : support;
        capabilities = capabilities == null ? Map.of() : Map.copyOf(capabilities);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** TRUE offered, FALSE not offered, {@code null} unknown. */
    public Boolean capability(Capability capability) {
        return capabilities.get(capability);
    }

    /** The runtime restriction, derived from the service model when not stated (PaaS is restricted). */
    public Boolean runtimeRestricted() {
        if (restrictedRuntime != null) {
            return restrictedRuntime;
        }
        return serviceModel == null ? null : serviceModel == ServiceModel.PAAS;
    }
}
