package kumo.domain.assessment;

import java.util.ArrayList;
import java.util.List;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.RiskDefinition;
import kumo.domain.catalogue.RiskRule;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.plan.Decision;
import kumo.domain.plan.RiskDecision;
import kumo.domain.plan.Treatment;

/**
 * The risk register of §3 (policy-model §7): for each risk, its typed rule (applicability, mitigating
 * capability, check first, the policy's alternative) and whether the city's decision counts. A decision
 * never changes a requirement's finding.
 */
final class RiskRegister {

    private RiskRegister() {
    }

    static List<RiskEntry> evaluate(Catalogue catalogue, RuleContext c) {
        List<RiskEntry> entries = new ArrayList<>();
        for (RiskDefinition risk : catalogue.risks()) {
            entries.add(entry(risk, catalogue.riskRule(risk.id()), c));
        }
        return entries;
    }

    /** One row: the risk's own class decides applicability and capability; the register decides the state. */
    static RiskEntry entry(RiskDefinition risk, RiskRule rule, RuleContext c) {
        List<Message> reasons = new ArrayList<>();
        if (rule.appliesWhen() == Applicability.INFORMATIONAL) {
            return new RiskEntry(risk, true, true, null, RiskState.INFORMATIONAL, null,
                    List.of(Message.of("risk.informational", String.join(", ", risk.linkedRequirements()))));
        }
        Boolean applies = rule.applies(c);
        if (Boolean.FALSE.equals(applies)) {
            return new RiskEntry(risk, false, true, null, RiskState.NOT_APPLICABLE, null,
                    List.of(Message.of("risk.notApplicable", "@applicability." + rule.appliesWhen().name())));
        }
        if (applies == null) {
            reasons.add(Message.of("risk.applicabilityUnknown", "@applicability." + rule.appliesWhen().name()));
        }
        Boolean capability = rule.capabilityOffered(c.service());
        RiskDecision decision = latest(risk.id(), c);
        RiskState state = state(rule, decision, capability, c, reasons);
        return new RiskEntry(risk, true, applies != null, capability, state, decision, reasons);
    }

    /**
     * The decision on record for the risk: the latest one taken on or before the assessment date; only
     * when there is none, the latest other one (dated later or undated), which then counts as incomplete.
     */
    private static RiskDecision latest(String riskId, RuleContext c) {
        RiskDecision inTime = null;
        RiskDecision other = null;
        for (RiskDecision d : c.plan().riskDecisions()) {
            if (!riskId.equals(d.riskId())) {
                continue;
            }
            if (d.decidedOn() != null && !d.decidedOn().isAfter(c.date())) {
                if (inTime == null || !d.decidedOn().isBefore(inTime.decidedOn())) {
                    inTime = d;
                }
            } else {
                other = d;
            }
        }
        return inTime != null ? inTime : other;
    }

    private static RiskState state(RiskRule risk, RiskDecision d, Boolean capability, RuleContext c,
            List<Message> reasons) {
        boolean checkRecorded = d != null && d.check() != null && d.check().recordedBy(c.date());
        if (risk.alternative() == Alternative.CHECK_IS_DECISION && checkRecorded) {
            reasons.add(Message.of("risk.checkIsDecision", d.check().checkedBy(), d.check().checkedOn()));
            return RiskState.DECIDED;
        }
        if (d == null) {
            if (Boolean.TRUE.equals(capability)) {
                reasons.add(Message.of("risk.proposeMitigate"));
                return RiskState.PROPOSED;
            }
            reasons.add(Message.of("risk.undecided", "@alternative." + risk.alternative().name()));
            return RiskState.UNDECIDED;
        }
        if (d.treatment() != null && d.expiresOn() != null && c.date().isAfter(d.expiresOn())) {
            reasons.add(Message.of("risk.expired", d.expiresOn()));
            return RiskState.EXPIRED;
        }
        if (!d.inForceOn(c.date())) {
            // which of the two it is: the record lacks something, or it was taken after the assessment date
            if (!complete(d)) {
                reasons.add(Message.of("risk.incompleteDecision"));
            }
            if (d.decidedOn() != null && d.decidedOn().isAfter(c.date())) {
                reasons.add(Message.of("risk.decidedAfterAssessmentDate", d.decidedOn(), c.date()));
            }
            return RiskState.INCOMPLETE_DECISION;
        }
        if (risk.checkFirst() && !checkRecorded) {
            reasons.add(Message.of("risk.checkMissing", "@" + risk.id() + ".check"));
            return RiskState.CHECK_MISSING;
        }
        if (d.treatment() == Treatment.MITIGATE && !Boolean.TRUE.equals(capability)) {
            reasons.add(Message.of(risk.capability() == null ? "risk.mitigateNoCapability"
                    : capability == null ? "risk.mitigateCapabilityUnknown" : "risk.mitigateCapabilityMissing"));
            return RiskState.MITIGATION_UNSUPPORTED;
        }
        if (d.treatment() == Treatment.TRANSFER && !risk.alternative().offersTransfer()) {
            reasons.add(Message.of("risk.transferNotSuggested"));
        }
        reasons.add(Message.of("risk.decided", "@treatment." + d.treatment().name(), d.decidedBy(), d.decidedOn()));
        return RiskState.DECIDED;
    }

    /** Treatment, rationale, who and when are all recorded. */
    private static boolean complete(RiskDecision d) {
        return d.treatment() != null && Decision.present(d.rationale()) && Decision.present(d.decidedBy())
                && d.decidedOn() != null;
    }
}
