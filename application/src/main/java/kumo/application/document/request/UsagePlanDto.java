package kumo.application.document.request;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kumo.application.document.validation.NoDuplicateIds;
import kumo.application.document.validation.OnlyInFormat;
import kumo.domain.plan.NetworkPath;
import kumo.domain.plan.UsagePlan;

/**
 * {@link UsagePlan} as JSON: the city's side of one system on one service. A missing decision means
 * the step is not yet taken. Each risk and each deviable requirement may appear at most once in
 * {@code riskDecisions} and {@code deviations}. Format 2 adds {@code entrustmentClassification}: the
 * classification the entrustment decision was taken on (ENT-04), and the network path
 * {@code PROVIDER_INTERCONNECT}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@NoDuplicateIds
public record UsagePlanDto(
        NetworkPath networkPath,
        @Valid DecisionDto otherClosedNetworkConfirmation,
        @Valid DecisionDto internetVpnApproval,
        Boolean customerManagedKeys,
        Boolean backupOutsideService,
        @Valid DecisionDto migrationMeansInRequirements,
        @Valid DecisionDto logTypesChecked,
        @Valid DecisionDto entrustment,
        Boolean entrustmentAddressesSecretOrMyNumber,
        @OnlyInFormat(2) @Valid InformationClassificationDto entrustmentClassification,
        @Valid DecisionDto foreignLawEvaluation,
        @Valid DecisionDto flowWideSecurityDesign,
        @Valid DecisionDto providerHandlingConfirmed,
        List<@NotNull(message = "{kumo.validation.noNullElement}") @Valid ScopeCheckDto> scopeChecks,
        List<@NotNull(message = "{kumo.validation.noNullElement}") @Valid AuditReviewDto> auditReviews,
        @Valid DecisionDto supplierEvaluation,
        @Valid DecisionDto overallJudgment,
        @Valid DecisionDto policyConformance,
        List<@NotNull(message = "{kumo.validation.noNullElement}") @Valid ConsultationDto> consultations,
        List<@NotNull(message = "{kumo.validation.noNullElement}") @Valid DeviationDto> deviations,
        @Valid ContractorChangeDto contractorChange,
        @Valid DecisionDto ismapDifficultyReason,
        List<@NotNull(message = "{kumo.validation.noNullElement}") @Valid RiskDecisionDto> riskDecisions) {

    public UsagePlan toDomain() {
        return new UsagePlan(networkPath,
                decision(otherClosedNetworkConfirmation), decision(internetVpnApproval),
                customerManagedKeys, backupOutsideService,
                decision(migrationMeansInRequirements), decision(logTypesChecked), decision(entrustment),
                entrustmentAddressesSecretOrMyNumber,
                Mapping.map(entrustmentClassification, InformationClassificationDto::toDomain),
                decision(foreignLawEvaluation), decision(flowWideSecurityDesign), decision(providerHandlingConfirmed),
                Mapping.list(scopeChecks, ScopeCheckDto::toDomain),
                Mapping.list(auditReviews, AuditReviewDto::toDomain),
                decision(supplierEvaluation), decision(overallJudgment), decision(policyConformance),
                Mapping.list(consultations, ConsultationDto::toDomain),
                Mapping.list(deviations, DeviationDto::toDomain),
                Mapping.map(contractorChange, ContractorChangeDto::toDomain),
                decision(ismapDifficultyReason),
                Mapping.list(riskDecisions, RiskDecisionDto::toDomain));
    }

    private static kumo.domain.plan.Decision decision(DecisionDto d) {
        return Mapping.map(d, DecisionDto::toDomain);
    }
}
