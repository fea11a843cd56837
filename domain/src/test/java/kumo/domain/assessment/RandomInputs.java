package kumo.domain.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
import kumo.domain.service.EvidenceNote;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapRegistration;
import kumo.domain.service.SecurityTerms;
import kumo.domain.service.ServiceModel;
import kumo.domain.service.SupportChannel;
import kumo.domain.service.SupportTerms;
import kumo.domain.service.TrackRecord;
import kumo.domain.service.TrustPrinciple;
import kumo.domain.system.PreparationItem;
import kumo.domain.system.Purpose;
import kumo.domain.system.ServiceKind;
import kumo.domain.system.Steadiness;
import kumo.domain.system.SystemProfile;
import kumo.domain.system.Users;
import kumo.domain.system.Workload;

/**
 * A seeded generator of (system, service, plan, date): every nullable field is randomly {@code null}
 * or a random value, with nasty values on purpose — empty lists, blank strings, dates far in the past
 * and future, decisions dated after the assessment, deviations on non-deviable and unknown IDs,
 * duplicate and unknown risk decisions, NaN and negative hours. Own generator: it does not use the
 * shared test-data builders.
 */
final class RandomInputs {

    /** One generated case. */
    record Case(long seed, SystemProfile system, CloudServiceProfile service, UsagePlan plan, LocalDate date) {

        @Override
        public String toString() {
            return "seed " + seed + " on " + date + "\n  system  " + system + "\n  service " + service + "\n  plan    " + plan;
        }
    }

    private final Random rnd;
    private final List<String> requirementIds;
    private final boolean atStrings;
    private LocalDate date;

    private RandomInputs(Random rnd, List<String> requirementIds, boolean atStrings) {
        this.rnd = rnd;
        this.requirementIds = requirementIds;
        this.atStrings = atStrings;
    }

    /**
     * @param atStrings whether free texts may start with {@code @} (which a {@code Message} argument reads as a text key)
     */
    static Case generate(long seed, List<String> requirementIds, boolean atStrings) {
        RandomInputs g = new RandomInputs(new Random(seed), requirementIds, atStrings);
        if (g.chance(0.5)) {
            return g.nearlyEligible(seed);
        }
        g.date = g.assessmentDate();
        SystemProfile system = g.system();
        CloudServiceProfile service = g.service();
        UsagePlan plan = g.chance(0.05) ? null : g.plan();
        return new Case(seed, system, service, plan, g.date);
    }

    /**
     * Half of the cases start from the ELIGIBLE baseline of {@link Scenario} and change a few facts at
     * random, so that every verdict, risk state and exemption state is reached, not only INCOMPLETE.
     */
    private Case nearlyEligible(long seed) {
        Scenario s = Scenario.eligible();
        if (chance(0.3)) {
            s.date = assessmentDate();
        }
        date = s.date;
        if (chance(0.15)) {
            s.purpose = Purpose.VIDEO_SURVEILLANCE_STORAGE;
        }
        List<Consumer<Scenario>> changes = List.of(
                x -> x.deployment = e(Deployment.class),
                x -> x.confidentiality = oneOf(null, Confidentiality.C1, Confidentiality.C2, Confidentiality.C3),
                x -> x.myNumber = bool(),
                x -> x.purpose = e(Purpose.class),
                x -> x.users = e(Users.class),
                x -> x.runsLicensedSoftware = bool(),
                x -> x.mobileAccess = bool(),
                x -> x.billing = e(BillingModel.class),
                x -> x.serviceModel = e(ServiceModel.class),
                x -> x.foreignProvider = bool(),
                x -> x.networkPath = e(NetworkPath.class),
                x -> x.internetVpnApproval = decision(),
                x -> x.otherClosedNetworkConfirmation = decision(),
                x -> x.countries = countries(),
                x -> x.backupCountries = countries(),
                x -> x.ismapRegistrations = list(2, this::ismap),
                x -> x.certifications = list(3, this::certification),
                x -> x.auditReports = list(2, this::audit),
                x -> x.auditReviews = list(2, () -> new AuditReview(oneOf("E1", "E2"), bool(), bool(), text(),
                        e(Outcome.class), present(), pastDate())),
                x -> x.consultations = list(3, () -> new Consultation(e(ConsultationStage.class), pastDate(),
                        e(AdvisorView.class), text(), text(), anyDate(), present())),
                x -> x.deviations.add(deviation()),
                x -> x.entrustment = decision(),
                x -> x.foreignLawEvaluation = decision(),
                x -> x.flowWideSecurityDesign = decision(),
                x -> x.overallJudgment = decision(),
                x -> x.policyConformance = decision(),
                x -> x.logTypesChecked = decision(),
                x -> x.customerManagedKeys = bool(),
                x -> x.backupOutsideService = bool(),
                x -> x.contractorChange = new ContractorChange(bool(), text(), decision()),
                x -> x.security.encryptionAtRest = bool(),
                x -> x.security.encryptionInTransit = bool(),
                x -> x.security.customerManagedKeysOffered = bool(),
                x -> x.security.deletionThirdPartyAudit = bool(),
                x -> x.security.logRetentionDays = days(),
                x -> x.continuity.recoveryTimeHours = hours(),
                x -> x.continuity.noticeCoversInterruption = bool(),
                x -> x.support.japaneseReceptionWeekdays = bool(),
                x -> x.generallyAvailableSince = anyDate(),
                x -> x.toleratedOutageHours = hours(),
                x -> x.capabilities.put(Capability.values()[rnd.nextInt(Capability.values().length)], chance(0.5)),
                x -> x.capabilities.remove(Capability.values()[rnd.nextInt(Capability.values().length)]),
                x -> x.riskDecisions.remove(String.format("R%02d", 1 + rnd.nextInt(29))),
                x -> x.extraRiskDecisions.add(riskDecision(String.format("R%02d", 1 + rnd.nextInt(29)))),
                x -> x.extraRiskDecisions.add(riskDecision(oneOf("R99", "", "R1"))));
        int n = rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
            changes.get(rnd.nextInt(changes.size())).accept(s);
        }
        return new Case(seed, s.system(), s.service(), s.plan(), s.date);
    }

    // ------------------------------------------------------------------ primitives

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private <T> T orNull(Supplier<T> value) {
        return chance(0.25) ? null : value.get();
    }

    @SafeVarargs
    private <T> T oneOf(T... values) {
        return values[rnd.nextInt(values.length)];
    }

    private <E extends Enum<E>> E e(Class<E> type) {
        E[] values = type.getEnumConstants();
        return chance(0.2) ? null : values[rnd.nextInt(values.length)];
    }

    private Boolean bool() {
        return oneOf(null, Boolean.TRUE, Boolean.FALSE);
    }

    private Boolean mostlyTrue() {
        return chance(0.15) ? null : chance(0.75) ? Boolean.TRUE : Boolean.FALSE;
    }

    private String text() {
        return switch (rnd.nextInt(atStrings ? 9 : 8)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "   ";
            case 3 -> "x";
            case 4 -> "情報管理者";
            case 5 -> "it's {0} '{1}' 100%";
            case 6 -> "\u3000全角空白\u3000";
            case 7 -> "検討の結果、問題ないと判断した。";
            default -> oneOf("@nope", "@status.MET", "@");
        };
    }

    private String present() {
        String s = text();
        return chance(0.6) ? "記録者" : s;
    }

    private Double hours() {
        return switch (rnd.nextInt(10)) {
            case 0 -> null;
            case 1 -> -1.0;
            case 2 -> 0.0;
            case 3 -> Double.NaN;
            case 4 -> Double.POSITIVE_INFINITY;
            case 5 -> 1e12;
            default -> (double) rnd.nextInt(100);
        };
    }

    private Integer days() {
        return switch (rnd.nextInt(8)) {
            case 0 -> null;
            case 1 -> -5;
            case 2 -> 0;
            case 3 -> Integer.MAX_VALUE;
            case 4 -> Integer.MIN_VALUE;
            default -> rnd.nextInt(800);
        };
    }

    private LocalDate assessmentDate() {
        return switch (rnd.nextInt(12)) {
            case 0 -> LocalDate.of(1 + rnd.nextInt(1900), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            case 1 -> LocalDate.of(2100 + rnd.nextInt(7899), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            case 2 -> oneOf(LocalDate.of(2021, 3, 11), LocalDate.of(2021, 3, 12), LocalDate.of(2020, 3, 16));
            default -> LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(12 * 365));
        };
    }

    /** Any date, often near the assessment date (before, on, after), sometimes very far. */
    private LocalDate anyDate() {
        return switch (rnd.nextInt(14)) {
            case 0 -> null;
            case 1 -> LocalDate.of(1 + rnd.nextInt(1900), 1, 1);
            case 2 -> LocalDate.of(2100 + rnd.nextInt(7899), 12, 31);
            case 3 -> date;
            case 4 -> date.plusDays(1);
            case 5 -> date.minusDays(1);
            case 6 -> date.plusDays(1 + rnd.nextInt(2000));
            default -> date.minusDays(rnd.nextInt(4000));
        };
    }

    /** Usually on or before the assessment date; sometimes after it or missing. */
    private LocalDate pastDate() {
        return chance(0.8) ? date.minusDays(rnd.nextInt(1500)) : anyDate();
    }

    private <T> List<T> list(int max, Supplier<T> element) {
        if (chance(0.2)) {
            return null;
        }
        int n = rnd.nextInt(max + 1);
        List<T> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(element.get());
        }
        return list;
    }

    private <E extends Enum<E>> Set<E> subset(Class<E> type) {
        if (chance(0.2)) {
            return null;
        }
        Set<E> set = EnumSet.noneOf(type);
        for (E v : type.getEnumConstants()) {
            if (chance(0.5)) {
                set.add(v);
            }
        }
        return set;
    }

    // ------------------------------------------------------------------ system

    private SystemProfile system() {
        ClassificationScheme scheme = e(ClassificationScheme.class);
        List<Confidentiality> levels = new ArrayList<>((scheme == null ? ClassificationScheme.THREE_LEVEL_2020 : scheme).levels());
        Confidentiality c = chance(0.15) ? null : levels.get(rnd.nextInt(levels.size()));
        InformationClassification k = chance(0.05) ? null : new InformationClassification(scheme, c, e(Integrity.class),
                e(Availability.class), subset(HandlingRestriction.class), bool(), bool());
        Map<PreparationItem, String> notDeterminable = new EnumMap<>(PreparationItem.class);
        for (PreparationItem item : PreparationItem.values()) {
            if (chance(0.1)) {
                String reason = text();
                notDeterminable.put(item, reason == null ? "" : reason);
            }
        }
        return new SystemProfile(text(), text(), e(Users.class), text(), bool(), e(ServiceKind.class),
                list(3, () -> "連携先"), text(), hours(), hours(), bool(), e(Steadiness.class),
                chance(0.2) ? null : new Workload(text(), text(), text()), k, e(Purpose.class), bool(), bool(),
                chance(0.5) ? null : notDeterminable);
    }

    // ------------------------------------------------------------------ service

    private CloudServiceProfile service() {
        Map<Capability, Boolean> capabilities = new HashMap<>();
        for (Capability c : Capability.values()) {
            if (chance(0.6)) {
                capabilities.put(c, chance(0.7));
            }
        }
        return new CloudServiceProfile(text(), text(), e(Deployment.class), e(ServiceModel.class), mostlyTrue(), bool(),
                list(3, this::ismap), list(4, this::certification), list(3, this::audit),
                chance(0.1) ? null : new DataLocations(countries(), countries()),
                mostlyTrue(), mostlyTrue(), mostlyTrue(), mostlyTrue(),
                chance(0.1) ? null : continuity(), chance(0.1) ? null : security(),
                chance(0.1) ? null : new TrackRecord(anyDate(), mostlyTrue(), bool()),
                chance(0.1) ? null : support(), e(BillingModel.class), bool(), bool(),
                chance(0.1) ? null : capabilities,
                chance(0.5) ? null : List.of(new EvidenceNote(List.of("dataLocations"), text(), anyDate(), text())));
    }

    private List<String> countries() {
        return chance(0.2) ? null : oneOf(List.of(), List.of("JP"), List.of("JP", "JP"), List.of("jp"), List.of("JP", "US"),
                List.of("SG"), List.of(""));
    }

    private IsmapRegistration ismap() {
        LocalDate from = anyDate();
        LocalDate until = chance(0.5) && from != null ? from.plusYears(rnd.nextInt(5)) : anyDate();
        return new IsmapRegistration(chance(0.7) ? IsmapList.ISMAP : e(IsmapList.class), oneOf(null, "C21-0001", ""),
                text(), from, until);
    }

    private Certification certification() {
        return new Certification(oneOf(null, "E1", "E2", ""), e(CertificationType.class), text(), text(), anyDate(),
                chance(0.6) ? date.plusDays(rnd.nextInt(900) - 100) : anyDate());
    }

    private AuditReport audit() {
        LocalDate to = chance(0.6) ? date.minusDays(rnd.nextInt(500) - 20) : anyDate();
        return new AuditReport(oneOf(null, "E1", "E2"), e(AuditReportType.class), text(), subset(TrustPrinciple.class),
                anyDate(), to, e(AuditOpinion.class), bool(), text());
    }

    private ContinuityTerms continuity() {
        return new ContinuityTerms(hours(), bool(), hours(), bool(), chance(0.3) ? null : 99.0 + rnd.nextInt(2), bool(),
                mostlyTrue(), chance(0.1) ? null : new AdvanceNotice(text(), days(), mostlyTrue(), mostlyTrue()),
                mostlyTrue(), mostlyTrue());
    }

    private SecurityTerms security() {
        return new SecurityTerms(mostlyTrue(), days(), mostlyTrue(), mostlyTrue(), mostlyTrue(), mostlyTrue(), mostlyTrue(),
                mostlyTrue(), mostlyTrue(), bool(), mostlyTrue(), mostlyTrue(), mostlyTrue(), mostlyTrue(), mostlyTrue(),
                mostlyTrue(), mostlyTrue(), mostlyTrue(), mostlyTrue());
    }

    private SupportTerms support() {
        return new SupportTerms(mostlyTrue(), subset(SupportChannel.class), hours(), hours(), hours(), hours(), mostlyTrue());
    }

    // ------------------------------------------------------------------ plan

    private Decision decision() {
        if (chance(0.25)) {
            return null;
        }
        return new Decision(chance(0.85) ? (chance(0.8) ? Outcome.YES : Outcome.NO) : null, present(), present(), pastDate());
    }

    private UsagePlan plan() {
        List<RiskDecision> risks = new ArrayList<>();
        int n = rnd.nextInt(45);
        for (int i = 0; i < n; i++) {
            String id = chance(0.9) ? String.format("R%02d", 1 + rnd.nextInt(29)) : oneOf("R99", "R00", "", "r01", "LAW-01");
            risks.add(riskDecision(id));
        }
        return new UsagePlan(e(NetworkPath.class), decision(), decision(), bool(), bool(), decision(), decision(),
                decision(), bool(), decision(), decision(), decision(),
                list(4, () -> new ScopeCheck(oneOf(null, "E1", "E2", "C21-0001", "(ISO_27017)"), bool(), present(), pastDate())),
                list(3, () -> new AuditReview(oneOf(null, "E1", "E2", "(SOC2_TYPE2)"), bool(), bool(), text(), e(Outcome.class),
                        present(), pastDate())),
                decision(), decision(), decision(),
                list(4, () -> new Consultation(e(ConsultationStage.class), pastDate(), e(AdvisorView.class), text(), text(),
                        anyDate(), present())),
                list(5, this::deviation),
                chance(0.2) ? null : new ContractorChange(bool(), text(), decision()),
                decision(),
                chance(0.1) ? null : risks);
    }

    private Deviation deviation() {
        String id = chance(0.7) ? requirementIds.get(rnd.nextInt(requirementIds.size())) : oneOf(null, "NOPE-01", "", "sec-03");
        return new Deviation(id, present(), mostlyTrue(), present(), pastDate());
    }

    private RiskDecision riskDecision(String id) {
        LocalDate expires = switch (rnd.nextInt(5)) {
            case 0 -> date.minusDays(1 + rnd.nextInt(400));
            case 1 -> date.plusDays(rnd.nextInt(400));
            case 2 -> date;
            default -> null;
        };
        RiskCheck check = chance(0.4) ? null : new RiskCheck(present(), present(), pastDate());
        Treatment t = chance(0.1) ? null : Treatment.values()[rnd.nextInt(Treatment.values().length)];
        return new RiskDecision(id, t, present(), present(), pastDate(), expires, check);
    }

    /** The same plan without risk decisions (for "a risk decision never changes a finding"). */
    static UsagePlan withoutRiskDecisions(UsagePlan p) {
        UsagePlan q = p == null ? UsagePlan.empty() : p;
        return new UsagePlan(q.networkPath(), q.otherClosedNetworkConfirmation(), q.internetVpnApproval(),
                q.customerManagedKeys(), q.backupOutsideService(), q.migrationMeansInRequirements(), q.logTypesChecked(),
                q.entrustment(), q.entrustmentAddressesSecretOrMyNumber(), q.foreignLawEvaluation(),
                q.flowWideSecurityDesign(), q.providerHandlingConfirmed(), q.scopeChecks(), q.auditReviews(),
                q.supplierEvaluation(), q.overallJudgment(), q.policyConformance(), q.consultations(), q.deviations(),
                q.contractorChange(), q.ismapDifficultyReason(), List.of());
    }
}
