package kumo.domain.testdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kumo.domain.service.AdvanceNotice;
import kumo.domain.service.AuditOpinion;
import kumo.domain.service.AuditReport;
import kumo.domain.service.AuditReportType;
import kumo.domain.service.BillingModel;
import kumo.domain.service.Capability;
import kumo.domain.service.Certification;
import kumo.domain.service.CertificationType;
import kumo.domain.service.CloudServiceProfile;
import kumo.domain.service.ContinuityTerms;
import kumo.domain.service.DataLocations;
import kumo.domain.service.Deployment;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapRegistration;
import kumo.domain.service.SecurityTerms;
import kumo.domain.service.ServiceModel;
import kumo.domain.service.SupportChannel;
import kumo.domain.service.SupportTerms;
import kumo.domain.service.TrackRecord;
import kumo.domain.service.TrustPrinciple;

/**
 * Builds a {@link CloudServiceProfile}. {@link #aService()} starts with every fact unknown (lists of
 * evidence {@code null}); {@link #aFullyCapableService()} starts from a public-cloud IaaS that offers
 * everything the catalogue asks for. Each setter replaces one fact; {@code null} makes it unknown.
 */
public final class Services {

    /** The evidence IDs of {@link #aFullyCapableService()}; {@link Plans#aCompletePlan()} checks them. */
    public static final String ISMAP_NUMBER = "C21-0001-1";
    public static final String ISO_27001_ID = "IS 612345";
    public static final String ISO_27017_ID = "CLOUD 700123";
    public static final String SOC2_ID = "SOC2-TYPE2-2026";

    /** The complete evidence's validity: well after {@link Dates#ASSESSMENT_DATE}. */
    public static final LocalDate EVIDENCE_VALID_UNTIL = LocalDate.of(2027, 9, 30);
    /** The SOC 2 period of the complete service: ended two months before the assessment date. */
    public static final LocalDate SOC2_PERIOD_TO = LocalDate.of(2026, 9, 30);

    private String name;
    private String provider;
    private Deployment deployment;
    private ServiceModel serviceModel;
    private Boolean generallyAvailable;
    private Boolean foreignProvider;
    private List<IsmapRegistration> ismapRegistrations;
    private List<Certification> certifications;
    private List<AuditReport> auditReports;
    private List<String> countries;
    private List<String> backupCountries;
    private DataLocations dataLocations;
    private Boolean performancePlacesDisclosed;
    private Boolean governingLawJapan;
    private Boolean jurisdictionJapan;
    private Boolean dataOwnershipWithCity;
    // continuity
    private Double recoveryTimeHours;
    private Boolean recoveryTimeStated;
    private Double recoveryPointHours;
    private Boolean recoveryPointStated;
    private Double availabilitySlaPercent;
    private Boolean availabilitySlaOffered;
    private Boolean geographicallySeparateSites;
    private String noticeMethod;
    private Integer noticePeriodDays;
    private Boolean noticeCoversInterruption;
    private Boolean noticeCoversCancellation;
    private Boolean migrationMethodStated;
    private Boolean standardFormats;
    // security
    private Boolean accessLogsProvided;
    private Integer logRetentionDays;
    private Boolean logRetentionMethodStated;
    private Boolean connectionPointMonitored;
    private Boolean vulnerabilityCountermeasures;
    private Boolean vulnerabilityDiscoveryMethodPresented;
    private Boolean vulnerabilityDiscoveryExecutable;
    private Boolean encryptionInTransit;
    private Boolean encryptionAtRest;
    private Boolean customerManagedKeysOffered;
    private Boolean deletionOnRequest;
    private Boolean deletionIrrecoverable;
    private Boolean deletionThirdPartyAudit;
    private Boolean disclosureItemsInContract;
    private Boolean ndaAvailable;
    private Boolean noSecondaryUseDeclared;
    private Boolean incidentResponsePresented;
    private Boolean remedyPresented;
    private Boolean responsibilitiesDefined;
    // track record
    private LocalDate generallyAvailableSince;
    private Boolean continuedInvestment;
    private Boolean endOfServiceAnnounced;
    // support
    private Boolean japaneseReceptionWeekdays;
    private Set<SupportChannel> channels24x365;
    private Double firstResponseCriticalHours;
    private Double firstResponseOutageHours;
    private Double firstResponseUrgentHours;
    private Double firstResponseNormalHours;
    private Boolean availableFromEveryAccount;
    // risks
    private BillingModel billing;
    private Boolean mobileAccess;
    private Boolean restrictedRuntime;
    private final Map<Capability, Boolean> capabilities = new EnumMap<>(Capability.class);

    private Services() {
    }

    /** Every fact unknown. */
    public static Services aService() {
        return new Services();
    }

    /**
     * A generally available public-cloud IaaS from a domestic provider, on the ISMAP list, holding
     * ISO/IEC 27001 and 27017 and a current SOC 2 type 2 report with the Security principle, all data
     * and backups in Japan, Japanese law and courts, every continuity, security and support term of the
     * catalogue (RTO 4 h, RPO 1 h, 99.95 %, logs 400 days, first responses within the targets), and
     * every risk-mitigating capability.
     */
    public static Services aFullyCapableService() {
        Services s = aService()
                .name("神戸クラウド基盤サービス")
                .provider("株式会社クラウド神戸")
                .publicCloud()
                .serviceModel(ServiceModel.IAAS)
                .generallyAvailable(true)
                .foreignProvider(false)
                .onIsmapList(EVIDENCE_VALID_UNTIL)
                .certification(ISO_27001_ID, CertificationType.ISO_27001, EVIDENCE_VALID_UNTIL)
                .certification(ISO_27017_ID, CertificationType.ISO_27017, EVIDENCE_VALID_UNTIL)
                .auditReport(soc2Type2(SOC2_ID, SOC2_PERIOD_TO, TrustPrinciple.SECURITY, TrustPrinciple.AVAILABILITY))
                .dataInJapan()
                .performancePlacesDisclosed(true)
                .governingLawJapan(true)
                .jurisdictionJapan(true)
                .dataOwnershipWithCity(true)
                .recoveryTimeHours(4.0)
                .recoveryPointHours(1.0)
                .availabilitySla(99.95)
                .geographicallySeparateSites(true)
                .advanceNotice("書面及び電子メール", 180)
                .noticeCoversInterruption(true)
                .noticeCoversCancellation(true)
                .migrationMethodStated(true)
                .standardFormats(true)
                .accessLogsProvided(true)
                .logRetention(400, true)
                .connectionPointMonitored(true)
                .vulnerabilityCountermeasures(true)
                .vulnerabilityDiscoveryMethodPresented(true)
                .vulnerabilityDiscoveryExecutable(true)
                .encryptionInTransit(true)
                .encryptionAtRest(true)
                .customerManagedKeysOffered(true)
                .deletionOnRequest(true)
                .deletionIrrecoverable(true)
                .deletionThirdPartyAudit(true)
                .disclosureItemsInContract(true)
                .ndaAvailable(true)
                .noSecondaryUseDeclared(true)
                .incidentResponsePresented(true)
                .remedyPresented(true)
                .responsibilitiesDefined(true)
                .generallyAvailableSince(LocalDate.of(2015, 4, 1))
                .continuedInvestment(true)
                .endOfServiceAnnounced(false)
                .japaneseReceptionWeekdays(true)
                .channels24x365(SupportChannel.PHONE, SupportChannel.CHAT, SupportChannel.EMAIL)
                .firstResponseHours(1.0, 4.0, 12.0, 24.0)
                .availableFromEveryAccount(true)
                .billing(BillingModel.PAY_PER_USE)
                .mobileAccess(false)
                .restrictedRuntime(false);
        for (Capability c : Capability.values()) {
            s.capability(c, true);
        }
        return s;
    }

    // ---- evidence factories -------------------------------------------------------------------

    /** A certificate valid until {@code validUntil} (no start date). */
    public static Certification certificate(String id, CertificationType type, LocalDate validUntil) {
        return new Certification(id, type, "株式会社クラウド神戸", "クラウド基盤サービスの提供", null, validUntil);
    }

    /** A SOC 2 type 2 report whose examined period ended on {@code periodTo}, unqualified, no exceptions. */
    public static AuditReport soc2Type2(String id, LocalDate periodTo, TrustPrinciple... principles) {
        return report(id, AuditReportType.SOC2_TYPE2, periodTo, principles);
    }

    /** A report of any type, period of one year ending {@code periodTo}, unqualified, no exceptions. */
    public static AuditReport report(String id, AuditReportType type, LocalDate periodTo, TrustPrinciple... principles) {
        return new AuditReport(id, type, "監査法人みなと", principles.length == 0 ? Set.of() : EnumSet.of(principles[0], principles),
                periodTo.minusYears(1).plusDays(1), periodTo, AuditOpinion.UNQUALIFIED, false, "クラウド基盤サービス");
    }

    /** A registration on the given list, registered on {@code registeredOn} and valid until {@code validUntil}. */
    public static IsmapRegistration registration(IsmapList list, LocalDate registeredOn, LocalDate validUntil) {
        return new IsmapRegistration(list, list == IsmapList.ISMAP ? ISMAP_NUMBER : "L22-0001-1", "神戸クラウド基盤サービス",
                registeredOn, validUntil);
    }

    // ---- identity and deployment --------------------------------------------------------------

    public Services name(String value) {
        this.name = value;
        return this;
    }

    public Services provider(String value) {
        this.provider = value;
        return this;
    }

    public Services deployment(Deployment value) {
        this.deployment = value;
        return this;
    }

    public Services publicCloud() {
        return deployment(Deployment.PUBLIC_CLOUD);
    }

    public Services lgwanAsp() {
        return deployment(Deployment.LGWAN_ASP);
    }

    public Services privateCloud() {
        return deployment(Deployment.PRIVATE);
    }

    public Services serviceModel(ServiceModel value) {
        this.serviceModel = value;
        return this;
    }

    public Services generallyAvailable(Boolean value) {
        this.generallyAvailable = value;
        return this;
    }

    public Services foreignProvider(Boolean value) {
        this.foreignProvider = value;
        return this;
    }

    // ---- ISMAP, certifications, audit reports -------------------------------------------------

    /** On the ISMAP list (registered at its first publication, or a year before {@code validUntil} if earlier). */
    public Services onIsmapList(LocalDate validUntil) {
        LocalDate registeredOn = validUntil.isBefore(Dates.ISMAP_FIRST_LIST) ? validUntil.minusYears(1) : Dates.ISMAP_FIRST_LIST;
        return onIsmapList(registeredOn, validUntil);
    }

    public Services onIsmapList(LocalDate registeredOn, LocalDate validUntil) {
        return ismapRegistration(registration(IsmapList.ISMAP, registeredOn, validUntil));
    }

    /** On ISMAP-LIU (low-impact SaaS) only, registered in 2022. */
    public Services onIsmapLiuList(LocalDate validUntil) {
        return ismapRegistration(registration(IsmapList.ISMAP_LIU, LocalDate.of(2022, 11, 1), validUntil));
    }

    /** Adds a registration (the list becomes known). */
    public Services ismapRegistration(IsmapRegistration registration) {
        if (ismapRegistrations == null) {
            ismapRegistrations = new ArrayList<>();
        }
        ismapRegistrations.add(registration);
        return this;
    }

    /** Checked: on neither ISMAP list. */
    public Services notOnIsmapList() {
        this.ismapRegistrations = new ArrayList<>();
        return this;
    }

    public Services ismapUnknown() {
        this.ismapRegistrations = null;
        return this;
    }

    public Services certification(String id, CertificationType type, LocalDate validUntil) {
        return certification(certificate(id, type, validUntil));
    }

    /** Adds a certification (the list becomes known). */
    public Services certification(Certification certification) {
        if (certifications == null) {
            certifications = new ArrayList<>();
        }
        certifications.add(certification);
        return this;
    }

    /** Checked: no certification held. */
    public Services noCertifications() {
        this.certifications = new ArrayList<>();
        return this;
    }

    public Services certificationsUnknown() {
        this.certifications = null;
        return this;
    }

    /** Adds an audit report (the list becomes known). */
    public Services auditReport(AuditReport report) {
        if (auditReports == null) {
            auditReports = new ArrayList<>();
        }
        auditReports.add(report);
        return this;
    }

    /** Checked: no audit report. */
    public Services noAuditReports() {
        this.auditReports = new ArrayList<>();
        return this;
    }

    public Services auditReportsUnknown() {
        this.auditReports = null;
        return this;
    }

    /** Checked: no ISMAP registration, no certification, no audit report. */
    public Services noEvidence() {
        return notOnIsmapList().noCertifications().noAuditReports();
    }

    /** Nothing known about ISMAP, certifications or audit reports. */
    public Services evidenceUnknown() {
        return ismapUnknown().certificationsUnknown().auditReportsUnknown();
    }

    // ---- location and law ---------------------------------------------------------------------

    /** Running data and backups in Japan only. */
    public Services dataInJapan() {
        return dataIn("JP").backupsIn("JP");
    }

    /** Countries of the data centres holding the running data (ISO 3166-1 alpha-2). */
    public Services dataIn(String... countryCodes) {
        this.countries = List.of(countryCodes);
        return this;
    }

    /** Countries where backups and replicas can be. */
    public Services backupsIn(String... countryCodes) {
        this.backupCountries = List.of(countryCodes);
        return this;
    }

    /** Places by kind of data (request format 2); replaces {@link #dataIn} and {@link #backupsIn}. */
    public Services dataLocations(DataLocations byKind) {
        this.dataLocations = byKind;
        return this;
    }

    public Services dataLocationsUnknown() {
        this.countries = null;
        return this;
    }

    public Services backupLocationsUnknown() {
        this.backupCountries = null;
        return this;
    }

    public Services performancePlacesDisclosed(Boolean value) {
        this.performancePlacesDisclosed = value;
        return this;
    }

    public Services governingLawJapan(Boolean value) {
        this.governingLawJapan = value;
        return this;
    }

    public Services jurisdictionJapan(Boolean value) {
        this.jurisdictionJapan = value;
        return this;
    }

    public Services dataOwnershipWithCity(Boolean value) {
        this.dataOwnershipWithCity = value;
        return this;
    }

    // ---- continuity and exit ------------------------------------------------------------------

    /** The stated recovery time (RTO), hours; stating it also sets "stated". */
    public Services recoveryTimeHours(Double hours) {
        this.recoveryTimeHours = hours;
        this.recoveryTimeStated = hours == null ? null : Boolean.TRUE;
        return this;
    }

    /** The provider states no recovery time at all. */
    public Services noRecoveryTimeStated() {
        this.recoveryTimeHours = null;
        this.recoveryTimeStated = false;
        return this;
    }

    /** The stated recovery point objective (RPO), hours; stating it also sets "stated". */
    public Services recoveryPointHours(Double hours) {
        this.recoveryPointHours = hours;
        this.recoveryPointStated = hours == null ? null : Boolean.TRUE;
        return this;
    }

    /** The provider states no RPO at all. */
    public Services noRecoveryPointStated() {
        this.recoveryPointHours = null;
        this.recoveryPointStated = false;
        return this;
    }

    /** An availability service level, percent; presenting it also sets "offered". */
    public Services availabilitySla(Double percent) {
        this.availabilitySlaPercent = percent;
        this.availabilitySlaOffered = percent == null ? null : Boolean.TRUE;
        return this;
    }

    public Services availabilitySlaOffered(Boolean value) {
        this.availabilitySlaPercent = null;
        this.availabilitySlaOffered = value;
        return this;
    }

    public Services geographicallySeparateSites(Boolean value) {
        this.geographicallySeparateSites = value;
        return this;
    }

    /** Advance notice of the service ending or changing: method and period. */
    public Services advanceNotice(String method, Integer periodDays) {
        this.noticeMethod = method;
        this.noticePeriodDays = periodDays;
        return this;
    }

    public Services noticeCoversInterruption(Boolean value) {
        this.noticeCoversInterruption = value;
        return this;
    }

    public Services noticeCoversCancellation(Boolean value) {
        this.noticeCoversCancellation = value;
        return this;
    }

    public Services migrationMethodStated(Boolean value) {
        this.migrationMethodStated = value;
        return this;
    }

    public Services standardFormats(Boolean value) {
        this.standardFormats = value;
        return this;
    }

    // ---- security terms -----------------------------------------------------------------------

    public Services accessLogsProvided(Boolean value) {
        this.accessLogsProvided = value;
        return this;
    }

    /** Log retention possible, days, and whether the method is stated. */
    public Services logRetention(Integer days, Boolean methodStated) {
        this.logRetentionDays = days;
        this.logRetentionMethodStated = methodStated;
        return this;
    }

    public Services connectionPointMonitored(Boolean value) {
        this.connectionPointMonitored = value;
        return this;
    }

    public Services vulnerabilityCountermeasures(Boolean value) {
        this.vulnerabilityCountermeasures = value;
        return this;
    }

    public Services vulnerabilityDiscoveryMethodPresented(Boolean value) {
        this.vulnerabilityDiscoveryMethodPresented = value;
        return this;
    }

    public Services vulnerabilityDiscoveryExecutable(Boolean value) {
        this.vulnerabilityDiscoveryExecutable = value;
        return this;
    }

    public Services encryptionInTransit(Boolean value) {
        this.encryptionInTransit = value;
        return this;
    }

    public Services encryptionAtRest(Boolean value) {
        this.encryptionAtRest = value;
        return this;
    }

    public Services customerManagedKeysOffered(Boolean value) {
        this.customerManagedKeysOffered = value;
        return this;
    }

    public Services deletionOnRequest(Boolean value) {
        this.deletionOnRequest = value;
        return this;
    }

    public Services deletionIrrecoverable(Boolean value) {
        this.deletionIrrecoverable = value;
        return this;
    }

    public Services deletionThirdPartyAudit(Boolean value) {
        this.deletionThirdPartyAudit = value;
        return this;
    }

    public Services disclosureItemsInContract(Boolean value) {
        this.disclosureItemsInContract = value;
        return this;
    }

    public Services ndaAvailable(Boolean value) {
        this.ndaAvailable = value;
        return this;
    }

    public Services noSecondaryUseDeclared(Boolean value) {
        this.noSecondaryUseDeclared = value;
        return this;
    }

    public Services incidentResponsePresented(Boolean value) {
        this.incidentResponsePresented = value;
        return this;
    }

    public Services remedyPresented(Boolean value) {
        this.remedyPresented = value;
        return this;
    }

    public Services responsibilitiesDefined(Boolean value) {
        this.responsibilitiesDefined = value;
        return this;
    }

    // ---- track record -------------------------------------------------------------------------

    public Services generallyAvailableSince(LocalDate value) {
        this.generallyAvailableSince = value;
        return this;
    }

    public Services continuedInvestment(Boolean value) {
        this.continuedInvestment = value;
        return this;
    }

    public Services endOfServiceAnnounced(Boolean value) {
        this.endOfServiceAnnounced = value;
        return this;
    }

    // ---- support ------------------------------------------------------------------------------

    public Services japaneseReceptionWeekdays(Boolean value) {
        this.japaneseReceptionWeekdays = value;
        return this;
    }

    /** The channels open 24 hours, all year; no argument means "none". */
    public Services channels24x365(SupportChannel... channels) {
        this.channels24x365 = channels.length == 0 ? Set.of() : EnumSet.of(channels[0], channels);
        return this;
    }

    public Services channels24x365Unknown() {
        this.channels24x365 = null;
        return this;
    }

    /** First-response times, hours: ongoing outage with large impact, ongoing outage, urgent question, normal question. */
    public Services firstResponseHours(Double critical, Double outage, Double urgent, Double normal) {
        this.firstResponseCriticalHours = critical;
        this.firstResponseOutageHours = outage;
        this.firstResponseUrgentHours = urgent;
        this.firstResponseNormalHours = normal;
        return this;
    }

    public Services availableFromEveryAccount(Boolean value) {
        this.availableFromEveryAccount = value;
        return this;
    }

    // ---- risk facts ---------------------------------------------------------------------------

    public Services billing(BillingModel value) {
        this.billing = value;
        return this;
    }

    public Services mobileAccess(Boolean value) {
        this.mobileAccess = value;
        return this;
    }

    public Services restrictedRuntime(Boolean value) {
        this.restrictedRuntime = value;
        return this;
    }

    /** TRUE offered, FALSE not offered, {@code null} unknown. */
    public Services capability(Capability capability, Boolean offered) {
        if (offered == null) {
            capabilities.remove(capability);
        } else {
            capabilities.put(capability, offered);
        }
        return this;
    }

    public CloudServiceProfile build() {
        return new CloudServiceProfile(name, provider, deployment, serviceModel, generallyAvailable, foreignProvider,
                ismapRegistrations, certifications, auditReports,
                dataLocations != null ? dataLocations : new DataLocations(countries, backupCountries),
                performancePlacesDisclosed, governingLawJapan, jurisdictionJapan, dataOwnershipWithCity,
                new ContinuityTerms(recoveryTimeHours, recoveryTimeStated, recoveryPointHours, recoveryPointStated,
                        availabilitySlaPercent, availabilitySlaOffered, geographicallySeparateSites,
                        new AdvanceNotice(noticeMethod, noticePeriodDays, noticeCoversInterruption, noticeCoversCancellation),
                        migrationMethodStated, standardFormats),
                new SecurityTerms(accessLogsProvided, logRetentionDays, logRetentionMethodStated, connectionPointMonitored,
                        vulnerabilityCountermeasures, vulnerabilityDiscoveryMethodPresented, vulnerabilityDiscoveryExecutable,
                        encryptionInTransit, encryptionAtRest, customerManagedKeysOffered, deletionOnRequest,
                        deletionIrrecoverable, deletionThirdPartyAudit, disclosureItemsInContract, ndaAvailable,
                        noSecondaryUseDeclared, incidentResponsePresented, remedyPresented, responsibilitiesDefined),
                new TrackRecord(generallyAvailableSince, continuedInvestment, endOfServiceAnnounced),
                new SupportTerms(japaneseReceptionWeekdays, channels24x365, firstResponseCriticalHours,
                        firstResponseOutageHours, firstResponseUrgentHours, firstResponseNormalHours, availableFromEveryAccount),
                billing, mobileAccess, restrictedRuntime, capabilities, List.of());
    }
}
