package kumo.domain.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * One system on one service against one catalogue version on one date: the findings, exemptions, risk
 * register, verdict and next actions. Immutable.
 *
 * @param inScope FALSE when the information is 機密性1 without My Number: everything is advice
 */
public record Assessment(
        String catalogueVersion,
        LocalDate assessmentDate,
        boolean inScope,
        Verdict verdict,
        List<Finding> findings,
        List<ExemptionResult> exemptions,
        List<RiskEntry> risks,
        List<NextAction> nextActions) {

    public Assessment {
        findings = List.copyOf(findings);
        exemptions = List.copyOf(exemptions);
        risks = List.copyOf(risks);
        nextActions = List.copyOf(nextActions);
    }

    public Finding finding(String requirementId) {
        return findings.stream().filter(f -> f.id().equals(requirementId)).findFirst().orElse(null);
    }

    public RiskEntry risk(String riskId) {
        return risks.stream().filter(r -> r.id().equals(riskId)).findFirst().orElse(null);
    }

    public ExemptionResult exemption(String exemptionId) {
        return exemptions.stream().filter(e -> e.id().equals(exemptionId)).findFirst().orElse(null);
    }
}
