package kumo.domain.rules.v1;

import java.util.List;

import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.RiskRule;
import kumo.domain.catalogue.Rule;
import kumo.domain.procurement.ProcurementForm;
import kumo.domain.rules.v1.risks.R01DosAttack;
import kumo.domain.rules.v1.risks.R02IdManagement;
import kumo.domain.rules.v1.risks.R03AccessPoints;
import kumo.domain.rules.v1.risks.R04AccessControl;
import kumo.domain.rules.v1.risks.R05Applications;
import kumo.domain.rules.v1.risks.R06IncidentManagement;
import kumo.domain.rules.v1.risks.R07ProviderContinuity;
import kumo.domain.rules.v1.risks.R08OperationResponsibility;
import kumo.domain.rules.v1.risks.R09ScaleOut;
import kumo.domain.rules.v1.risks.R10DataCentreLocation;
import kumo.domain.rules.v1.risks.R11DataCentreEnvironment;
import kumo.domain.rules.v1.risks.R12Helpdesk;
import kumo.domain.rules.v1.risks.R13MultiTenancy;
import kumo.domain.rules.v1.risks.R14MemoryManagement;
import kumo.domain.rules.v1.risks.R15MaintenanceUtilities;
import kumo.domain.rules.v1.risks.R16LicenceManagement;
import kumo.domain.rules.v1.risks.R17Recovery;
import kumo.domain.rules.v1.risks.R18LogMonitoring;
import kumo.domain.rules.v1.risks.R19Encryption;
import kumo.domain.rules.v1.risks.R20Virtualisation;
import kumo.domain.rules.v1.risks.R21MobilePhones;
import kumo.domain.rules.v1.risks.R22MaximumTolerableDowntime;
import kumo.domain.rules.v1.risks.R23ResidualData;
import kumo.domain.rules.v1.risks.R24RuntimeRestrictions;
import kumo.domain.rules.v1.risks.R25EconomicDos;
import kumo.domain.rules.v1.risks.R26Connectivity;
import kumo.domain.rules.v1.risks.R27Interoperability;
import kumo.domain.rules.v1.risks.R28ManInTheMiddle;
import kumo.domain.rules.v1.risks.R29DistributedManagement;

/**
 * The catalogue of the policy of 16 March 2020: the one explicit list of its requirement rules and the
 * one explicit list of its risk rules, in catalogue order; metadata (its version and policy date
 * included, in {@code parameters.properties}), data and texts are read from
 * {@code /kumo/domain/catalogue/v1/}.
 */
public final class CatalogueV1 {

    public static final String RESOURCES = "/kumo/domain/catalogue/v1/";

    private static final Catalogue INSTANCE = Catalogue.load(RESOURCES, rules(), risks());

    private static final class Form { // loaded on first use: an assessment never needs §5
        static final ProcurementForm INSTANCE = ProcurementForm.load(RESOURCES, CatalogueV1.INSTANCE);
    }

    private CatalogueV1() {
    }

    /** The loaded catalogue (immutable, shared). */
    public static Catalogue catalogue() {
        return INSTANCE;
    }

    /** The §5 model procurement specification of version 1, extended to every SERVICE requirement (immutable, shared). */
    public static ProcurementForm procurementForm() {
        return Form.INSTANCE;
    }

    /** Every rule of version 1, one per requirement ID. */
    public static List<Rule> rules() {
        return List.of(
                new Ent01SecretInformationOffPublicCloud(),
                new Ent02MyNumberOffPublicCloud(),
                new Ent03InformationClassified(),
                new Ent04EntrustmentDecided(),
                new Law01DataCentresInJapan(),
                new Law02GoverningLawJapan(),
                new Law03JapaneseCourt(),
                new Law04PlacesOfPerformanceDisclosed(),
                new Law05DataOwnershipWithCity(),
                new Law06ForeignLawRiskEvaluated(),
                new Exit01RecoveryFitsAvailability(),
                new Exit02AdvanceNotice(),
                new Exit03MigrationMethodStated(),
                new Exit04StandardFormats(),
                new Exit05BackupOutsideService(),
                new Exit06MigrationMeansInRequirements(),
                new Exit07AvailabilityServiceLevel(),
                new Exit08SeparateSites(),
                new Exit09GenerallyAvailable(),
                new Sec01AccessLogsProvided(),
                new Sec02LogRetentionOneYear(),
                new Sec03ConnectionPointMonitored(),
                new Sec04ProviderHandlingConfirmed(),
                new Sec05VulnerabilityCountermeasures(),
                new Sec06RecoveryPointObjective(),
                new Sec07Encryption(),
                new Sec08Deletion(),
                new Sec09DisclosureInContract(),
                new Sec10NoSecondaryUse(),
                new Sec11IncidentResponse(),
                new Sec12ResponsibilitiesDefined(),
                new Sec13LogTypesChecked(),
                new Sec14FlowWideSecurityDesign(),
                new Net01TransmissionEncrypted(),
                new Net02ClosedNetworkPath(),
                new Key01CustomerManagedKeys(),
                new Asr01CloudSecurityCertification(),
                new Asr02Iso27001(),
                new Asr03Iso27017(),
                new Asr04ScopeCoversService(),
                new Asr05AuditReportsReviewed(),
                new Asr06SecurityPrincipleIncluded(),
                new Asr07SupplierEvaluated(),
                new Asr08OperatingRecord(),
                new Asr09EvidenceCurrent(),
                new Asr10OverallJudgment(),
                new Asr11PolicyConformanceConfirmed(),
                new Proc01PreparationItems(),
                new Proc02PlanningConsultation(),
                new Proc03BudgetConsultation(),
                new Proc04ContractorChange(),
                new Proc05IsmapListReason(),
                new Sup01JapaneseReception(),
                new Sup02TechnicalSupport24x365(),
                new Sup03FirstResponseTimes(),
                new Sup04SupportFromEveryAccount());
    }

    /** Every §3 risk of version 1, one typed rule per risk ID, in catalogue order. */
    public static List<RiskRule> risks() {
        return List.of(
                new R01DosAttack(),
                new R02IdManagement(),
                new R03AccessPoints(),
                new R04AccessControl(),
                new R05Applications(),
                new R06IncidentManagement(),
                new R07ProviderContinuity(),
                new R08OperationResponsibility(),
                new R09ScaleOut(),
                new R10DataCentreLocation(),
                new R11DataCentreEnvironment(),
                new R12Helpdesk(),
                new R13MultiTenancy(),
                new R14MemoryManagement(),
                new R15MaintenanceUtilities(),
                new R16LicenceManagement(),
                new R17Recovery(),
                new R18LogMonitoring(),
                new R19Encryption(),
                new R20Virtualisation(),
                new R21MobilePhones(),
                new R22MaximumTolerableDowntime(),
                new R23ResidualData(),
                new R24RuntimeRestrictions(),
                new R25EconomicDos(),
                new R26Connectivity(),
                new R27Interoperability(),
                new R28ManInTheMiddle(),
                new R29DistributedManagement());
    }
}
