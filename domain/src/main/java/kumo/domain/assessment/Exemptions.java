package kumo.domain.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.ExemptionDefinition;
import kumo.domain.catalogue.Fix;
import kumo.domain.catalogue.Level;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.Section5Form;
import kumo.domain.catalogue.Status;
import kumo.domain.service.Deployment;
import kumo.domain.service.IsmapList;
import kumo.domain.service.IsmapRegistration;
import kumo.domain.system.Purpose;

/**
 * The three exemptions of §4(6) and §4(7). They switch off only §4(2) and §4(4); an exemption never
 * lifts a PROHIBITION nor a never-exempt requirement. Conditions that are unknown make the exemption
 * POSSIBLE (evidence needed) and the requirements it would exempt are evaluated normally.
 */
final class Exemptions {

    private Exemptions() {
    }

    static List<ExemptionResult> evaluate(Catalogue catalogue, RuleContext c, Map<String, Status> ruleStatus) {
        List<ExemptionResult> results = new ArrayList<>();
        for (ExemptionDefinition e : catalogue.exemptions()) {
            results.add(switch (e.id()) {
                case "EXM-LGWAN" -> lgwan(e, c);
                case "EXM-ISMAP" -> ismap(e, c);
                case "EXM-VIDEO" -> video(e, catalogue, c, ruleStatus);
                default -> throw new IllegalStateException("no logic for exemption " + e.id());
            });
        }
        return results;
    }

    /** Whether an applied exemption may lift this requirement. */
    static boolean liftable(Requirement r) {
        return r.level() != Level.PROHIBITION && !r.neverExempt();
    }

    private static ExemptionResult lgwan(ExemptionDefinition e, RuleContext c) {
        Deployment d = c.service().deployment();
        if (d == null) {
            return new ExemptionResult(e, ExemptionState.POSSIBLE, List.of(Message.of("EXM-LGWAN.deploymentUnknown")));
        }
        return d == Deployment.LGWAN_ASP
                ? new ExemptionResult(e, ExemptionState.APPLIED, List.of(Message.of("EXM-LGWAN.applied")))
                : new ExemptionResult(e, ExemptionState.NOT_APPLICABLE, List.of(Message.of("EXM-LGWAN.notLgwan", "@deployment." + d.name())));
    }

    private static ExemptionResult ismap(ExemptionDefinition e, RuleContext c) {
        if (!c.parameters().ismapRouteInForceOn(c.date())) {
            return new ExemptionResult(e, ExemptionState.NOT_APPLICABLE,
                    List.of(Message.of("EXM-ISMAP.routeNotInForce", c.parameters().ismapRouteFrom())));
        }
        Boolean valid = c.validIsmapRegistration();
        if (valid == null) {
            var known = c.service().ismapRegistrations();
            boolean scopeUnknown = known != null && known.stream().anyMatch(r -> r.list() == IsmapList.ISMAP
                    && r.ofThisService() == null && !Boolean.FALSE.equals(r.validity(c.date())));
            return new ExemptionResult(e, ExemptionState.POSSIBLE, List.of(Message.of(known == null
                    ? "EXM-ISMAP.registrationUnknown" : scopeUnknown ? "EXM-ISMAP.scopeUnknown" : "EXM-ISMAP.validityUnknown")));
        }
        if (valid) {
            return new ExemptionResult(e, ExemptionState.APPLIED, List.of(Message.of("EXM-ISMAP.applied")));
        }
        List<Message> reasons = new ArrayList<>();
        var regs = c.service().ismapRegistrations();
        if (regs.stream().anyMatch(r -> r.list() == IsmapList.ISMAP_LIU && r.validOn(c.date()))) {
            reasons.add(Message.of("EXM-ISMAP.liuOnly"));
        }
        regs.stream().filter(r -> r.list() == IsmapList.ISMAP && r.validOn(c.date()) && Boolean.FALSE.equals(r.ofThisService()))
                .forEach(r -> reasons.add(Message.of("EXM-ISMAP.platformOnly", RuleContext.label(r), holder(r))));
        // only this service's own registration, once renewed, brings the exemption back (a platform's never does)
        List<IsmapRegistration> lapsed = regs.stream()
                .filter(r -> r.list() == IsmapList.ISMAP && r.validUntil() != null && r.validUntil().isBefore(c.date())
                        && !c.outOfScope(RuleContext.label(r)) && !Boolean.FALSE.equals(r.ofThisService()))
                .toList();
        if (regs.stream().anyMatch(r -> r.list() == IsmapList.ISMAP && !r.validOn(c.date()))) {
            reasons.add(Message.of("EXM-ISMAP.notValid"));
        }
        regs.stream().filter(r -> r.list() == IsmapList.ISMAP && r.validOn(c.date()) && c.outOfScope(RuleContext.label(r)))
                .forEach(r -> reasons.add(Message.of("EXM-ISMAP.outOfScope", RuleContext.label(r))));
        if (reasons.isEmpty()) {
            reasons.add(Message.of("EXM-ISMAP.notListed"));
        }
        // a registration on the ISMAP list (not found out of scope) that has lapsed is renewed by the provider:
        // the one way back to the exemption that this service itself offers
        ExemptionResult.Restoration restoration = null;
        if (!lapsed.isEmpty()) {
            IsmapRegistration last = lapsed.stream().max(Comparator.comparing(IsmapRegistration::validUntil)).orElseThrow();
            restoration = new ExemptionResult.Restoration(List.of(),
                    Message.of("EXM-ISMAP.restore", RuleContext.label(last), last.validUntil()), List.of("PROC-05"));
        }
        return new ExemptionResult(e, ExemptionState.NOT_APPLICABLE, reasons, restoration);
    }

    private static Object holder(IsmapRegistration r) {
        return r.holder() == null || r.holder().isBlank() ? "@value.unknown" : r.holder();
    }

    private static ExemptionResult video(ExemptionDefinition e, Catalogue catalogue, RuleContext c,
            Map<String, Status> ruleStatus) {
        Purpose purpose = c.system().purpose();
        if (purpose != null && purpose != Purpose.VIDEO_SURVEILLANCE_STORAGE) {
            return new ExemptionResult(e, ExemptionState.NOT_APPLICABLE, List.of(Message.of("EXM-VIDEO.otherPurpose", "@purpose." + purpose.name())));
        }
        List<Message> failed = new ArrayList<>();
        List<String> failedIds = new ArrayList<>();
        List<Message> unknown = new ArrayList<>();
        for (Requirement r : catalogue.requirements()) {
            if (!r.section5()) {
                continue;
            }
            Status s = catalogue.rule(r.id()) instanceof Section5Form form ? form.section5Form(c) : ruleStatus.get(r.id());
            if (s == Status.NOT_MET) {
                failed.add(Message.of("EXM-VIDEO.itemNotMet", r.id()));
                failedIds.add(r.id());
            } else if (s != Status.MET) {
                unknown.add(Message.of("EXM-VIDEO.itemUnknown", r.id()));
            }
        }
        if (!failed.isEmpty()) {
            // surveillance video on a service that misses only 別紙 items a contract can add, every other item
            // met: having those written into the contract or specification restores it
            boolean contractOnly = failedIds.stream().allMatch(id -> catalogue.requirement(id).fix() == Fix.CONTRACT);
            ExemptionResult.Restoration restoration = purpose == Purpose.VIDEO_SURVEILLANCE_STORAGE && contractOnly
                    && unknown.isEmpty() ? new ExemptionResult.Restoration(failedIds, null, List.of()) : null;
            return new ExemptionResult(e, ExemptionState.NOT_APPLICABLE, failed, restoration);
        }
        if (purpose == null || !unknown.isEmpty()) {
            List<Message> reasons = new ArrayList<>(unknown);
            if (purpose == null) {
                reasons.add(0, Message.of("EXM-VIDEO.purposeUnknown"));
            }
            return new ExemptionResult(e, ExemptionState.POSSIBLE, reasons);
        }
        return new ExemptionResult(e, ExemptionState.APPLIED, List.of(Message.of("EXM-VIDEO.applied")));
    }
}
