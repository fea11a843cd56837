package kumo.domain.assessment;

import java.util.ArrayList;
import java.util.List;

import kumo.domain.catalogue.Alternative;
import kumo.domain.catalogue.Applicability;
import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.RiskDefinition;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.plan.RiskDecision;
import kumo.domain.plan.Treatment;
import kumo.domain.service.Capability;
import kumo.domain.service.CloudServiceProfile;
import kumo.domain.service.DataLocations;
import kumo.domain.service.Deployment;
import kumo.domain.service.ServiceModel;

/**
 * The risk register of §3 (policy-model §7): applicability, the mitigating capability, and whether the
 * city's decision counts. A decision never changes a requirement's finding.
 */
final class RiskRegister {

    private RiskRegister() {
    }

    static List<RiskEntry> evaluate(Catalogue catalogue, RuleContext c) {
        List<RiskEntry> entries = new ArrayList<>();
        for (RiskDefinition risk : catalogue.risks()) {
            entries.add(entry(risk, c));
        }
        return entries;
    }

    static RiskEntry entry(RiskDefinition risk, RuleContext c) {
        List<Message> reasons = new ArrayList<>();
        if (risk.appliesWhen() == Applicability.INFORMATIONAL) {
            return new RiskEntry(risk, true, true, null, RiskState.INFORMATIONAL, null,
                    List.of(Message.of("risk.informational", String.join(", ", risk.linkedRequirements()))));
        }
        Boolean applies = applies(risk.appliesWhen(), c);
        if (Boolean.FALSE.equals(applies)) {
            return new RiskEntry(risk, false, true, null, RiskState.NOT_APPLICABLE, null,
                    List.of(Message.of("risk.notApplicable", "@applicability." + risk.appliesWhen().name())));
        }
        if (applies == null) {
            reasons.add(Message.of("risk.applicabilityUnknown", "@applicability." + risk.appliesWhen().name()));
        }
        Boolean capability = capability(risk.capability(), c.service());
        RiskDecision decision = latest(risk.id(), c);
        RiskState state = state(risk, decision, capability, c, reasons);
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

    private static RiskState state(RiskDefinition risk, RiskDecision d, Boolean capability, RuleContext c,
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
            reasons.add(Message.of("risk.incompleteDecision"));
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

    /** TRUE applies, FALSE does not, {@code null} unknown (counts as applying). */
    static Boolean applies(Applicability when, RuleContext c) {
        CloudServiceProfile s = c.service();
        return switch (when) {
            case ALWAYS, INFORMATIONAL -> Boolean.TRUE;
            case PROVIDES_APPLICATION -> s.serviceModel() == null ? null : s.serviceModel() == ServiceModel.SAAS;
            case FOREIGN_SERVICE -> s.foreignProvider();
            case SHARED_DEPLOYMENT -> s.deployment() == null ? null : s.deployment() != Deployment.PRIVATE;
            case LICENSED_SOFTWARE -> c.system().runsLicensedSoftware();
            case CITIZEN_FACING -> c.system().citizenFacing();
            case MOBILE_ACCESS -> s.mobileAccess();
            case RESTRICTED_RUNTIME -> s.runtimeRestricted();
            case USAGE_BILLING -> s.billing() == null ? null : s.billing().usageBased();
        };
    }

    /** Whether the service shows the capability: TRUE, FALSE, or {@code null} unknown or none exists. */
    static Boolean capability(String capability, CloudServiceProfile s) {
        if (capability == null) {
            return null;
        }
        return switch (capability) {
            case "DATA_IN_JAPAN" -> s.dataLocations().allInJapan();
            case "JAPANESE_SUPPORT" -> s.support().japaneseReceptionWeekdays();
            case "STANDARD_INTERFACES" -> s.continuity().standardFormats();
            case "DATA_LOCATION_KNOWN" -> locationKnown(s.dataLocations());
            default -> s.capability(Capability.valueOf(capability));
        };
    }

    private static Boolean locationKnown(DataLocations d) {
        return d.countries() != null && !d.countries().isEmpty() && d.backupCountries() != null ? Boolean.TRUE : null;
    }
}
