package kumo.domain.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.CatalogueParameters;
import kumo.domain.classification.Availability;
import kumo.domain.classification.ClassificationScheme;
import kumo.domain.classification.Confidentiality;
import kumo.domain.classification.HandlingRestriction;
import kumo.domain.classification.InformationClassification;
import kumo.domain.classification.Integrity;
import kumo.domain.plan.AdvisorView;
import kumo.domain.plan.AuditReview;
import kumo.domain.plan.Consultation;
import kumo.domain.plan.ConsultationStage;
import kumo.domain.plan.ContractorChange;
import kumo.domain.plan.Decision;
import kumo.domain.plan.Deviation;
import kumo.domain.plan.NetworkPath;
import kumo.domain.plan.Outcome;
import kumo.domain.plan.RiskCheck;
import kumo.domain.plan.RiskDecision;
import kumo.domain.plan.ScopeCheck;
import kumo.domain.plan.Treatment;
import kumo.domain.plan.UsagePlan;
import kumo.domain.rules.v1.CatalogueV1;
import kumo.domain.service.AdvanceNotice;
import kumo.domain.service.AuditReport;
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
import kumo.domain.system.Purpose;
import kumo.domain.system.ServiceKind;
import kumo.domain.system.Steadiness;
import kumo.domain.system.SystemProfile;
import kumo.domain.system.Users;
import kumo.domain.system.Workload;

/**
 * A mutable description of one (system, service, plan, date) for the cross-cutting assessment tests.
 * {@link #eligible()} starts from a staff system with 機密性2 information on an ISMAP-listed public
 * IaaS that meets everything, every city step recorded and every applicable risk accepted: the verdict
 * is ELIGIBLE. Each test changes only the facts it is about. (Own fixture, independent of the shared
 * test-data builders.)
 */
final class Scenario {

    static final LocalDate DATE = LocalDate.of(2024, 4, 1);
    static final LocalDate DECIDED_ON = LocalDate.of(2024, 1, 15);

    // ---- system
    Users users = Users.STAFF;
    Boolean internetBased = Boolean.FALSE;
    ServiceKind serviceKind = ServiceKind.SPECIFIC_BUSINESS;
    List<String> integrations = List.of();
    String serviceHours = "平日 8:45-17:30";
    Double toleratedOutageHours = 24.0;
    Double toleratedDataLossHours = 24.0;
    Boolean disasterRecoveryNeeded = Boolean.TRUE;
    Steadiness steadiness = Steadiness.STEADY;
    Workload workload = new Workload("1万件/年", "100件/時", "年度末に増加");
    ClassificationScheme scheme = null;
    Confidentiality confidentiality = Confidentiality.C2;
    Integrity integrity = Integrity.I1;
    Availability availability = Availability.A1;
    Set<HandlingRestriction> handlingRestrictions = Set.of();
    Boolean myNumber = Boolean.FALSE;
    Boolean personalData = Boolean.FALSE;
    Purpose purpose = Purpose.GENERAL;
    Boolean mobileDevicesUsed = Boolean.FALSE;
    Boolean runsLicensedSoftware = Boolean.FALSE;

    // ---- service
    Deployment deployment = Deployment.PUBLIC_CLOUD;
    ServiceModel serviceModel = ServiceModel.IAAS;
    Boolean generallyAvailable = Boolean.TRUE;
    Boolean foreignProvider = Boolean.FALSE;
    List<IsmapRegistration> ismapRegistrations = new ArrayList<>(List.of(
            new IsmapRegistration(IsmapList.ISMAP, "C21-0001-1", "Example Cloud", LocalDate.of(2021, 6, 1), LocalDate.of(2099, 12, 31))));
    List<Certification> certifications = new ArrayList<>(List.of(
            new Certification("IS-27001", CertificationType.ISO_27001, "Example KK", "Example Cloud", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31)),
            new Certification("CLOUD-27017", CertificationType.ISO_27017, "Example KK", "Example Cloud", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31))));
    List<AuditReport> auditReports = new ArrayList<>();
    List<String> countries = List.of("JP");
    List<String> backupCountries = List.of("JP");
    Boolean performancePlacesDisclosed = Boolean.TRUE;
    Boolean governingLawJapan = Boolean.TRUE;
    Boolean jurisdictionJapan = Boolean.TRUE;
    Boolean dataOwnershipWithCity = Boolean.TRUE;
    final Continuity continuity = new Continuity();
    final Security security = new Security();
    LocalDate generallyAvailableSince = LocalDate.of(2015, 1, 1);
    Boolean continuedInvestment = Boolean.TRUE;
    Boolean endOfServiceAnnounced = Boolean.FALSE;
    final Support support = new Support();
    BillingModel billing = BillingModel.FIXED;
    Boolean mobileAccess = Boolean.FALSE;
    Boolean restrictedRuntime = Boolean.FALSE;
    final Map<Capability, Boolean> capabilities = new EnumMap<>(Capability.class);

    // ---- plan
    NetworkPath networkPath = NetworkPath.CLOSED_ETHERNET;
    Decision otherClosedNetworkConfirmation;
    Decision internetVpnApproval;
    Boolean customerManagedKeys = Boolean.TRUE;
    Boolean backupOutsideService = Boolean.TRUE;
    Decision migrationMeansInRequirements = yes();
    Decision logTypesChecked = yes();
    Decision entrustment = yes();
    Boolean entrustmentAddressesSecretOrMyNumber;
    Decision foreignLawEvaluation = yes();
    Decision flowWideSecurityDesign = yes();
    Decision providerHandlingConfirmed = yes();
    List<ScopeCheck> scopeChecks = new ArrayList<>(List.of(
            new ScopeCheck("C21-0001-1", true, "情報政策課", DECIDED_ON),
            new ScopeCheck("IS-27001", true, "情報政策課", DECIDED_ON),
            new ScopeCheck("CLOUD-27017", true, "情報政策課", DECIDED_ON)));
    List<AuditReview> auditReviews = new ArrayList<>();
    Decision supplierEvaluation = yes();
    Decision overallJudgment = yes();
    Decision policyConformance = yes();
    List<Consultation> consultations = new ArrayList<>(List.of(
            new Consultation(ConsultationStage.PLANNING, LocalDate.of(2023, 10, 1), AdvisorView.NO_OBJECTION, "異議なし", null, null, "情報政策担当課長"),
            new Consultation(ConsultationStage.BUDGET, LocalDate.of(2023, 12, 1), AdvisorView.NO_OBJECTION, "異議なし", null, null, "情報政策担当課長")));
    List<Deviation> deviations = new ArrayList<>();
    ContractorChange contractorChange = new ContractorChange(false, null, null);
    Decision ismapDifficultyReason;
    final Map<String, RiskDecision> riskDecisions = new HashMap<>();
    final List<RiskDecision> extraRiskDecisions = new ArrayList<>();

    // ---- when, against what
    LocalDate date = DATE;
    UnaryOperator<CatalogueParameters> parameters = UnaryOperator.identity();

    static final class Continuity {
        Double recoveryTimeHours = 4.0;
        Boolean recoveryTimeStated = Boolean.TRUE;
        Double recoveryPointHours = 1.0;
        Boolean recoveryPointStated = Boolean.TRUE;
        Double availabilitySlaPercent = 99.9;
        Boolean availabilitySlaOffered = Boolean.TRUE;
        Boolean geographicallySeparateSites = Boolean.TRUE;
        String noticeMethod = "書面及び管理画面で通知";
        Integer noticePeriodDays = 180;
        Boolean noticeCoversInterruption = Boolean.TRUE;
        Boolean noticeCoversCancellation = Boolean.TRUE;
        Boolean migrationMethodStated = Boolean.TRUE;
        Boolean standardFormats = Boolean.TRUE;

        ContinuityTerms build() {
            return new ContinuityTerms(recoveryTimeHours, recoveryTimeStated, recoveryPointHours, recoveryPointStated,
                    availabilitySlaPercent, availabilitySlaOffered, geographicallySeparateSites,
                    new AdvanceNotice(noticeMethod, noticePeriodDays, noticeCoversInterruption, noticeCoversCancellation),
                    migrationMethodStated, standardFormats);
        }
    }

    static final class Security {
        Boolean accessLogsProvided = Boolean.TRUE;
        Integer logRetentionDays = 400;
        Boolean logRetentionMethodStated = Boolean.TRUE;
        Boolean connectionPointMonitored = Boolean.TRUE;
        Boolean vulnerabilityCountermeasures = Boolean.TRUE;
        Boolean vulnerabilityDiscoveryMethodPresented = Boolean.TRUE;
        Boolean vulnerabilityDiscoveryExecutable = Boolean.TRUE;
        Boolean encryptionInTransit = Boolean.TRUE;
        Boolean encryptionAtRest = Boolean.TRUE;
        Boolean customerManagedKeysOffered = Boolean.TRUE;
        Boolean deletionOnRequest = Boolean.TRUE;
        Boolean deletionIrrecoverable = Boolean.TRUE;
        Boolean deletionThirdPartyAudit = Boolean.TRUE;
        Boolean disclosureItemsInContract = Boolean.TRUE;
        Boolean ndaAvailable = Boolean.TRUE;
        Boolean noSecondaryUseDeclared = Boolean.TRUE;
        Boolean incidentResponsePresented = Boolean.TRUE;
        Boolean remedyPresented = Boolean.TRUE;
        Boolean responsibilitiesDefined = Boolean.TRUE;

        SecurityTerms build() {
            return new SecurityTerms(accessLogsProvided, logRetentionDays, logRetentionMethodStated, connectionPointMonitored,
                    vulnerabilityCountermeasures, vulnerabilityDiscoveryMethodPresented, vulnerabilityDiscoveryExecutable,
                    encryptionInTransit, encryptionAtRest, customerManagedKeysOffered, deletionOnRequest,
                    deletionIrrecoverable, deletionThirdPartyAudit, disclosureItemsInContract, ndaAvailable,
                    noSecondaryUseDeclared, incidentResponsePresented, remedyPresented, responsibilitiesDefined);
        }
    }

    static final class Support {
        Boolean japaneseReceptionWeekdays = Boolean.TRUE;
        Set<SupportChannel> channels24x365 = EnumSet.allOf(SupportChannel.class);
        Double critical = 1.0;
        Double outage = 4.0;
        Double urgent = 12.0;
        Double normal = 24.0;
        Boolean availableFromEveryAccount = Boolean.TRUE;

        SupportTerms build() {
            return new SupportTerms(japaneseReceptionWeekdays, channels24x365, critical, outage, urgent, normal,
                    availableFromEveryAccount);
        }
    }

    private Scenario() {
        for (Capability c : Capability.values()) {
            capabilities.put(c, Boolean.TRUE);
        }
        // every risk that applies to the baseline is accepted, with the check where the policy asks one
        for (String id : List.of("R01", "R02", "R03", "R04", "R06", "R07", "R09", "R10", "R11", "R13", "R14", "R15",
                "R18", "R19", "R20", "R22", "R23", "R26", "R27", "R28", "R29")) {
            accept(id);
        }
    }

    /** The baseline that is ELIGIBLE (checked by {@code ScenarioTest}). */
    static Scenario eligible() {
        return new Scenario();
    }

    static Decision yes() {
        return new Decision(Outcome.YES, "検討の結果、問題ないと判断した。", "情報管理者", DECIDED_ON);
    }

    static Decision no() {
        return new Decision(Outcome.NO, "検討の結果、認められないと判断した。", "情報管理者", DECIDED_ON);
    }

    static RiskCheck check() {
        return new RiskCheck("事業者に確認した。", "情報管理者", DECIDED_ON);
    }

    static RiskDecision decision(String riskId, Treatment treatment) {
        boolean checkFirst = List.of("R01", "R07", "R13", "R16", "R22").contains(riskId);
        return new RiskDecision(riskId, treatment, "リスクを理解した上で判断した。", "情報管理者", DECIDED_ON, null,
                checkFirst ? check() : null);
    }

    Scenario accept(String riskId) {
        riskDecisions.put(riskId, decision(riskId, Treatment.ACCEPT));
        return this;
    }

    Scenario decide(RiskDecision d) {
        riskDecisions.put(d.riskId(), d);
        return this;
    }

    Scenario undecide(String riskId) {
        riskDecisions.remove(riskId);
        return this;
    }

    /** Takes the service off every list the exemptions look at: not ISMAP-listed (the reason recorded), public cloud. */
    Scenario withoutExemptions() {
        ismapRegistrations = new ArrayList<>();
        scopeChecks.removeIf(s -> s.evidenceId().startsWith("C21"));
        ismapDifficultyReason = new Decision(Outcome.YES, "要件を満たす登録サービスがない。", "情報管理者", DECIDED_ON);
        return this;
    }

    Scenario with(Consumer<Scenario> change) {
        change.accept(this);
        return this;
    }

    Catalogue catalogue() {
        Catalogue base = CatalogueV1.catalogue();
        return base.withParameters(parameters.apply(base.parameters()));
    }

    SystemProfile system() {
        return new SystemProfile("文書管理システム", "総務局", users, "職員約1万人", internetBased, serviceKind, integrations,
                serviceHours, toleratedOutageHours, toleratedDataLossHours, disasterRecoveryNeeded, steadiness, workload,
                new InformationClassification(scheme, confidentiality, integrity, availability, handlingRestrictions,
                        myNumber, personalData),
                purpose, mobileDevicesUsed, runsLicensedSoftware, Map.of());
    }

    CloudServiceProfile service() {
        return new CloudServiceProfile("Example Cloud", "Example KK", deployment, serviceModel, generallyAvailable,
                foreignProvider, ismapRegistrations, certifications, auditReports,
                new DataLocations(countries, backupCountries), performancePlacesDisclosed, governingLawJapan,
                jurisdictionJapan, dataOwnershipWithCity, continuity.build(), security.build(),
                new TrackRecord(generallyAvailableSince, continuedInvestment, endOfServiceAnnounced), support.build(),
                billing, mobileAccess, restrictedRuntime, capabilities, List.of());
    }

    UsagePlan plan() {
        List<RiskDecision> decisions = new ArrayList<>(riskDecisions.values());
        decisions.sort(java.util.Comparator.comparing(RiskDecision::riskId));
        decisions.addAll(extraRiskDecisions);
        return new UsagePlan(networkPath, otherClosedNetworkConfirmation, internetVpnApproval, customerManagedKeys,
                backupOutsideService, migrationMeansInRequirements, logTypesChecked, entrustment,
                entrustmentAddressesSecretOrMyNumber, foreignLawEvaluation, flowWideSecurityDesign,
                providerHandlingConfirmed, scopeChecks, auditReviews, supplierEvaluation, overallJudgment,
                policyConformance, consultations, deviations, contractorChange, ismapDifficultyReason, decisions);
    }

    Assessment assess() {
        return new Assessor(catalogue()).assess(system(), service(), plan(), date);
    }
}
