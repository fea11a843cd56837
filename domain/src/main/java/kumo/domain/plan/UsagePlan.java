package kumo.domain.plan;

import java.util.List;

import kumo.domain.classification.InformationClassification;

/**
 * The city's side of one system on one service: plan choices and the recorded decisions,
 * evaluations and consultations. A missing entry means the step is not yet taken.
 *
 * @param networkPath                  the path the system will use
 * @param otherClosedNetworkConfirmation a person's confirmation that a path not named in §4(3)'s list is closed end to
 *                                     end: an OTHER_CLOSED_NETWORK, or a PROVIDER_INTERCONNECT with the line reaching it (NET-02)
 * @param internetVpnApproval          approval that an internet VPN meets the city's criteria (NET-02)
 * @param customerManagedKeys          the plan chooses customer-managed keys (KEY-01)
 * @param backupOutsideService         backups are also kept outside the service (EXIT-05)
 * @param migrationMeansInRequirements EXIT-06
 * @param logTypesChecked              SEC-13
 * @param entrustment                  ENT-04: YES the information may be entrusted to this service
 * @param entrustmentAddressesSecretOrMyNumber ENT-04 on a non-public deployment: the decision addresses 機密性3 / My Number explicitly
 * @param entrustmentClassification   ENT-04: the classification the entrustment decision was taken on (request
 *                                     format 2); {@code null} not stated. A decision taken on another
 *                                     classification than the system's current one no longer counts
 * @param foreignLawEvaluation         LAW-06: YES the risk of foreign law is acceptable for this provider
 * @param flowWideSecurityDesign       SEC-14: done and the requirements written into the contract/specification
 * @param providerHandlingConfirmed    SEC-04: YES the provider's (and subcontractors') handling was confirmed and agreed
 * @param supplierEvaluation           ASR-07: YES management stability and supply-chain risk are acceptable
 * @param overallJudgment              ASR-10: YES the service and provider are reliable enough
 * @param policyConformance            ASR-11: YES the service satisfies the city's information security policy
 * @param ismapDifficultyReason        PROC-05: why choosing from the ISMAP list was difficult
 */
public record UsagePlan(
        NetworkPath networkPath,
        Decision otherClosedNetworkConfirmation,
        Decision internetVpnApproval,
        Boolean customerManagedKeys,
        Boolean backupOutsideService,
        Decision migrationMeansInRequirements,
        Decision logTypesChecked,
        Decision entrustment,
        Boolean entrustmentAddressesSecretOrMyNumber,
        InformationClassification entrustmentClassification,
        Decision foreignLawEvaluation,
        Decision flowWideSecurityDesign,
        Decision providerHandlingConfirmed,
        List<ScopeCheck> scopeChecks,
        List<AuditReview> auditReviews,
        Decision supplierEvaluation,
        Decision overallJudgment,
        Decision policyConformance,
        List<Consultation> consultations,
        List<Deviation> deviations,
        ContractorChange contractorChange,
        Decision ismapDifficultyReason,
        List<RiskDecision> riskDecisions) {

    public UsagePlan {
        scopeChecks = scopeChecks == null ? List.of() : List.copyOf(scopeChecks);
        auditReviews = auditReviews == null ? List.of() : List.copyOf(auditReviews);
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
        deviations = deviations == null ? List.of() : List.copyOf(deviations);
        riskDecisions = riskDecisions == null ? List.of() : List.copyOf(riskDecisions);
        contractorChange = contractorChange == null ? new ContractorChange(null, null, null) : contractorChange;
    }

    /** The format-1 shape, without the classification the entrustment decision was taken on. */
    public UsagePlan(NetworkPath networkPath, Decision otherClosedNetworkConfirmation, Decision internetVpnApproval,
            Boolean customerManagedKeys, Boolean backupOutsideService, Decision migrationMeansInRequirements,
            Decision logTypesChecked, Decision entrustment, Boolean entrustmentAddressesSecretOrMyNumber,
            Decision foreignLawEvaluation, Decision flowWideSecurityDesign, Decision providerHandlingConfirmed,
            List<ScopeCheck> scopeChecks, List<AuditReview> auditReviews, Decision supplierEvaluation,
            Decision overallJudgment, Decision policyConformance, List<Consultation> consultations,
            List<Deviation> deviations, ContractorChange contractorChange, Decision ismapDifficultyReason,
            List<RiskDecision> riskDecisions) {
        this(networkPath, otherClosedNetworkConfirmation, internetVpnApproval, customerManagedKeys, backupOutsideService,
                migrationMeansInRequirements, logTypesChecked, entrustment, entrustmentAddressesSecretOrMyNumber, null,
                foreignLawEvaluation, flowWideSecurityDesign, providerHandlingConfirmed, scopeChecks, auditReviews,
                supplierEvaluation, overallJudgment, policyConformance, consultations, deviations, contractorChange,
                ismapDifficultyReason, riskDecisions);
    }

    public static UsagePlan empty() {
        return new UsagePlan(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }
}
