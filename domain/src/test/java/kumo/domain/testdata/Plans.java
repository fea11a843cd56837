package kumo.domain.testdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kumo.domain.classification.InformationClassification;
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

/**
 * Builds a {@link UsagePlan}. {@link #aPlan()} starts with no step taken; {@link #aCompletePlan()} has
 * every step of the catalogue recorded for {@link Services#aFullyCapableService()} and
 * {@link Systems#aCompleteC2System()}. Setters taking an {@link Outcome} record a complete decision
 * dated {@link Dates#DECIDED_ON}; those taking a {@link Decision} record it as given (see {@link Decisions}).
 */
public final class Plans {

    public static final String APPROVER = "情報化戦略部長";
    public static final String CHECKER = "情報政策担当 係長";

    private NetworkPath networkPath;
    private Decision otherClosedNetworkConfirmation;
    private Decision internetVpnApproval;
    private Boolean customerManagedKeys;
    private Boolean backupOutsideService;
    private Decision migrationMeansInRequirements;
    private Decision logTypesChecked;
    private Decision entrustment;
    private Boolean entrustmentAddressesSecretOrMyNumber;
    private InformationClassification entrustmentClassification;
    private Decision foreignLawEvaluation;
    private Decision flowWideSecurityDesign;
    private Decision providerHandlingConfirmed;
    private final List<ScopeCheck> scopeChecks = new ArrayList<>();
    private final List<AuditReview> auditReviews = new ArrayList<>();
    private Decision supplierEvaluation;
    private Decision overallJudgment;
    private Decision policyConformance;
    private final List<Consultation> consultations = new ArrayList<>();
    private final List<Deviation> deviations = new ArrayList<>();
    private ContractorChange contractorChange;
    private Decision ismapDifficultyReason;
    private final List<RiskDecision> riskDecisions = new ArrayList<>();

    private Plans() {
    }

    /** No step taken. */
    public static Plans aPlan() {
        return new Plans();
    }

    /**
     * Every step recorded before {@link Dates#ASSESSMENT_DATE}: leased line, customer-managed keys,
     * backups outside the service, every decision YES, scope checks of all evidence of
     * {@link Services#aFullyCapableService()}, a review of its SOC 2 report, both consultations without
     * objection, no contractor change, and an ACCEPT (with its check) for every §3 risk.
     */
    public static Plans aCompletePlan() {
        Plans p = aPlan()
                .networkPath(NetworkPath.LEASED_LINE)
                .customerManagedKeys(true)
                .backupOutsideService(true)
                .migrationMeansInRequirements(Outcome.YES)
                .logTypesChecked(Outcome.YES)
                .entrustment(Outcome.YES)
                .foreignLawEvaluation(Outcome.YES)
                .flowWideSecurityDesign(Outcome.YES)
                .providerHandlingConfirmed(Outcome.YES)
                .scopeCovered(Services.ISMAP_NUMBER)
                .scopeCovered(Services.ISO_27001_ID)
                .scopeCovered(Services.ISO_27017_ID)
                .scopeCovered(Services.SOC2_ID)
                .auditReviewedAcceptable(Services.SOC2_ID)
                .supplierEvaluation(Outcome.YES)
                .overallJudgment(Outcome.YES)
                .policyConformance(Outcome.YES)
                .consultation(ConsultationStage.PLANNING, LocalDate.of(2026, 6, 15), AdvisorView.NO_OBJECTION)
                .consultation(ConsultationStage.BUDGET, LocalDate.of(2026, 9, 15), AdvisorView.NO_OBJECTION)
                .noContractorChange();
        for (int i = 1; i <= 29; i++) {
            if (i != 8) {
                p.riskAccepted(String.format("R%02d", i));
            }
        }
        return p;
    }

    // ---- network and keys ---------------------------------------------------------------------

    public Plans networkPath(NetworkPath value) {
        this.networkPath = value;
        return this;
    }

    public Plans otherClosedNetworkConfirmation(Decision value) {
        this.otherClosedNetworkConfirmation = value;
        return this;
    }

    public Plans internetVpnApproval(Decision value) {
        this.internetVpnApproval = value;
        return this;
    }

    public Plans customerManagedKeys(Boolean value) {
        this.customerManagedKeys = value;
        return this;
    }

    // ---- continuity ---------------------------------------------------------------------------

    public Plans backupOutsideService(Boolean value) {
        this.backupOutsideService = value;
        return this;
    }

    public Plans migrationMeansInRequirements(Outcome outcome) {
        return migrationMeansInRequirements(Decisions.of(outcome));
    }

    public Plans migrationMeansInRequirements(Decision value) {
        this.migrationMeansInRequirements = value;
        return this;
    }

    public Plans logTypesChecked(Outcome outcome) {
        return logTypesChecked(Decisions.of(outcome));
    }

    public Plans logTypesChecked(Decision value) {
        this.logTypesChecked = value;
        return this;
    }

    // ---- decisions and evaluations ------------------------------------------------------------

    public Plans entrustment(Outcome outcome) {
        return entrustment(Decisions.of(outcome));
    }

    public Plans entrustment(Decision value) {
        this.entrustment = value;
        return this;
    }

    /** The classification the entrustment decision was taken on (request format 2). */
    public Plans entrustmentClassification(InformationClassification value) {
        this.entrustmentClassification = value;
        return this;
    }

    public Plans entrustmentAddressesSecretOrMyNumber(Boolean value) {
        this.entrustmentAddressesSecretOrMyNumber = value;
        return this;
    }

    public Plans foreignLawEvaluation(Outcome outcome) {
        return foreignLawEvaluation(Decisions.of(outcome));
    }

    public Plans foreignLawEvaluation(Decision value) {
        this.foreignLawEvaluation = value;
        return this;
    }

    public Plans flowWideSecurityDesign(Outcome outcome) {
        return flowWideSecurityDesign(Decisions.of(outcome));
    }

    public Plans flowWideSecurityDesign(Decision value) {
        this.flowWideSecurityDesign = value;
        return this;
    }

    public Plans providerHandlingConfirmed(Outcome outcome) {
        return providerHandlingConfirmed(Decisions.of(outcome));
    }

    public Plans providerHandlingConfirmed(Decision value) {
        this.providerHandlingConfirmed = value;
        return this;
    }

    public Plans supplierEvaluation(Outcome outcome) {
        return supplierEvaluation(Decisions.of(outcome));
    }

    public Plans supplierEvaluation(Decision value) {
        this.supplierEvaluation = value;
        return this;
    }

    public Plans overallJudgment(Outcome outcome) {
        return overallJudgment(Decisions.of(outcome));
    }

    public Plans overallJudgment(Decision value) {
        this.overallJudgment = value;
        return this;
    }

    public Plans policyConformance(Outcome outcome) {
        return policyConformance(Decisions.of(outcome));
    }

    public Plans policyConformance(Decision value) {
        this.policyConformance = value;
        return this;
    }

    // ---- assurance: scope checks and audit reviews --------------------------------------------

    /** The city checked (on {@link Dates#DECIDED_ON}) that the evidence covers the contracted service. */
    public Plans scopeCovered(String evidenceId) {
        return scopeCheck(new ScopeCheck(evidenceId, true, CHECKER, Dates.DECIDED_ON));
    }

    /** The city checked (on {@link Dates#DECIDED_ON}) and the evidence does not cover the contracted service. */
    public Plans scopeNotCovered(String evidenceId) {
        return scopeCheck(new ScopeCheck(evidenceId, false, CHECKER, Dates.DECIDED_ON));
    }

    public Plans scopeCheck(ScopeCheck check) {
        scopeChecks.add(check);
        return this;
    }

    public Plans clearScopeChecks() {
        scopeChecks.clear();
        return this;
    }

    /** Reviewed: no important item excluded, no exception, can be relied on. */
    public Plans auditReviewedAcceptable(String reportId) {
        return auditReview(new AuditReview(reportId, false, false, null, Outcome.YES, CHECKER, Dates.DECIDED_ON));
    }

    public Plans auditReview(AuditReview review) {
        auditReviews.add(review);
        return this;
    }

    public Plans clearAuditReviews() {
        auditReviews.clear();
        return this;
    }

    // ---- consultations ------------------------------------------------------------------------

    /** A consultation held on {@code heldOn} with the advisor's view, recorded. */
    public Plans consultation(ConsultationStage stage, LocalDate heldOn, AdvisorView view) {
        return consultation(new Consultation(stage, heldOn, view, "CIO補佐官の意見", null, null, CHECKER));
    }

    /** An objection, resolved on {@code resolvedOn}. */
    public Plans resolvedObjection(ConsultationStage stage, LocalDate heldOn, LocalDate resolvedOn) {
        return consultation(new Consultation(stage, heldOn, AdvisorView.OBJECTION, "要件定義の見直しを求める",
                "要件定義を見直し、CIO補佐官の確認を得た", resolvedOn, CHECKER));
    }

    public Plans consultation(Consultation consultation) {
        consultations.add(consultation);
        return this;
    }

    public Plans clearConsultations() {
        consultations.clear();
        return this;
    }

    // ---- deviations ---------------------------------------------------------------------------

    /** An approved deviation from an example-list item, justified by the flow-wide design. */
    public Plans approvedDeviation(String requirementId) {
        return deviation(new Deviation(requirementId, "流通経路全体の設計で代替策を講じるため", true, APPROVER, Dates.DECIDED_ON));
    }

    /** A deviation recorded with its rationale and flow-design link, but nobody has approved it yet. */
    public Plans unapprovedDeviation(String requirementId) {
        return deviation(new Deviation(requirementId, "流通経路全体の設計で代替策を講じるため", true, null, null));
    }

    public Plans deviation(Deviation deviation) {
        deviations.add(deviation);
        return this;
    }

    // ---- procedure ----------------------------------------------------------------------------

    public Plans contractorChange(ContractorChange value) {
        this.contractorChange = value;
        return this;
    }

    public Plans noContractorChange() {
        return contractorChange(new ContractorChange(false, null, null));
    }

    /** The contractor changes during operation; the confirmation of inherited requirements as given. */
    public Plans contractorChanging(Decision inheritedRequirementsConfirmed) {
        return contractorChange(new ContractorChange(true, "旧クラウド事業者株式会社", inheritedRequirementsConfirmed));
    }

    /** PROC-05: the reason that choosing from the ISMAP list was difficult, recorded on {@link Dates#DECIDED_ON}. */
    public Plans ismapDifficultyReason(String reason) {
        return ismapDifficultyReason(new Decision(null, reason, Decisions.DECIDED_BY, Dates.DECIDED_ON));
    }

    public Plans ismapDifficultyReason(Decision value) {
        this.ismapDifficultyReason = value;
        return this;
    }

    // ---- risks --------------------------------------------------------------------------------

    /** ACCEPT, with rationale, who and when, and the check the risk may ask for first. */
    public Plans riskAccepted(String riskId) {
        return riskDecision(new RiskDecision(riskId, Treatment.ACCEPT, "リスクを認識した上で受容する", Decisions.DECIDED_BY,
                Dates.DECIDED_ON, null, new RiskCheck("事業者に確認済み", CHECKER, Dates.DECIDED_ON.minusDays(7))));
    }

    public Plans riskDecision(RiskDecision decision) {
        riskDecisions.add(decision);
        return this;
    }

    public Plans clearRiskDecisions() {
        riskDecisions.clear();
        return this;
    }

    public UsagePlan build() {
        return new UsagePlan(networkPath, otherClosedNetworkConfirmation, internetVpnApproval, customerManagedKeys,
                backupOutsideService, migrationMeansInRequirements, logTypesChecked, entrustment,
                entrustmentAddressesSecretOrMyNumber, entrustmentClassification, foreignLawEvaluation, flowWideSecurityDesign,
                providerHandlingConfirmed, scopeChecks, auditReviews, supplierEvaluation, overallJudgment,
                policyConformance, consultations, deviations, contractorChange, ismapDifficultyReason, riskDecisions);
    }
}
