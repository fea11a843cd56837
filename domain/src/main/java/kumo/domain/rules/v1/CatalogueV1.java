package kumo.domain.rules.v1;

import java.util.List;

import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Rule;

/**
 * Catalogue version 1: the policy of 16 March 2020. The one explicit list of its rules, in catalogue
 * order; metadata and texts are read from {@code /kumo/domain/catalogue/v1/}.
 */
public final class CatalogueV1 {

    public static final String RESOURCES = "/kumo/domain/catalogue/v1/";

    private static final Catalogue INSTANCE = Catalogue.load(RESOURCES, rules());

    private CatalogueV1() {
    }

    /** The loaded catalogue (immutable, shared). */
    public static Catalogue catalogue() {
        return INSTANCE;
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
}
