package kumo.domain.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kumo.domain.catalogue.Catalogue;
import kumo.domain.catalogue.FactUsed;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.RuleContext;
import kumo.domain.catalogue.RuleResult;
import kumo.domain.catalogue.Status;
import kumo.domain.classification.Confidentiality;
import kumo.domain.plan.Decision;
import kumo.domain.plan.Deviation;
import kumo.domain.plan.UsagePlan;
import kumo.domain.service.CloudServiceProfile;
import kumo.domain.service.EvidenceNote;
import kumo.domain.system.SystemProfile;

/**
 * The engine: a pure function of (system, service, plan, catalogue, assessment date). Runs every rule,
 * then the exemptions, the deviations and the risk register, and derives the verdict and the next
 * actions. Missing facts never throw; they give UNKNOWN or PENDING.
 */
public final class Assessor {

    private final Catalogue catalogue;

    public Assessor(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Assessment assess(SystemProfile system, CloudServiceProfile service, UsagePlan plan, LocalDate date) {
        RuleContext c = new RuleContext(system, service, plan == null ? UsagePlan.empty() : plan, date,
                catalogue.parameters());

        int size = catalogue.requirements().size();
        Map<String, RuleResult> raw = new HashMap<>(size * 2);
        Map<String, Status> rawStatus = new HashMap<>(size * 2);
        for (Requirement r : catalogue.requirements()) {
            RuleResult result = catalogue.rule(r.id()).evaluate(c);
            raw.put(r.id(), result);
            rawStatus.put(r.id(), result.status());
        }

        List<ExemptionResult> exemptions = Exemptions.evaluate(catalogue, c, rawStatus);
        Map<String, String> exemptedBy = new HashMap<>();
        for (ExemptionResult e : exemptions) {
            if (e.state() == ExemptionState.APPLIED) {
                e.exemption().exempts().forEach(id -> exemptedBy.putIfAbsent(id, e.id()));
            }
        }

        List<String[]> evidence = evidenceByPath(service);
        List<Finding> findings = new ArrayList<>();
        for (Requirement r : catalogue.requirements()) {
            findings.add(finding(r, withEvidence(raw.get(r.id()), evidence), exemptedBy.get(r.id()), c));
        }

        List<RiskEntry> risks = RiskRegister.evaluate(catalogue, c);
        boolean inScope = inScope(system);
        Verdict verdict = VerdictPolicy.verdict(inScope, findings, risks);
        List<NextAction> actions = NextActions.plan(findings, exemptions, risks, inScope);
        return new Assessment(catalogue.version(), date, inScope, verdict, findings, exemptions, risks, actions);
    }

    /**
     * The policy governs 機密性2 and above (its preamble, 対策基準 10.1.1イ); My Number information is
     * always in scope. Unknown confidentiality or My Number is in scope (ENT-03 is UNKNOWN).
     */
    static boolean inScope(SystemProfile system) {
        var k = system.classification();
        return !(k.confidentiality2020() == Confidentiality.C1 && Boolean.FALSE.equals(k.myNumber()));
    }

    /** Attaches to each service fact the evidence note that supports it, where the profile names one. */
    private static RuleResult withEvidence(RuleResult result, List<String[]> evidence) {
        if (evidence.isEmpty()) {
            return result;
        }
        List<FactUsed> facts = null;
        for (int i = 0; i < result.facts().size(); i++) {
            FactUsed fact = result.facts().get(i);
            String document = supporting(evidence, profilePath(fact.name()));
            if (document != null) {
                if (facts == null) {
                    facts = new ArrayList<>(result.facts());
                }
                facts.set(i, fact.withEvidence(document));
            }
        }
        return facts == null ? result
                : new RuleResult(result.status(), facts, result.reasons(), result.fix(), result.deviable(), result.question(), result.action());
    }

    /** (profile path, described note) pairs in the profile's order, described once per assessment. */
    private static List<String[]> evidenceByPath(CloudServiceProfile service) {
        List<String[]> pairs = new ArrayList<>();
        for (EvidenceNote note : service.evidence()) {
            String described = note.describe();
            note.facts().forEach(path -> pairs.add(new String[] {path, described}));
        }
        return pairs;
    }

    /** The first note naming {@code path} or one of its parents ({@code security} supports {@code security.x}). */
    private static String supporting(List<String[]> evidence, String path) {
        if (path == null) {
            return null;
        }
        for (String[] pair : evidence) {
            String named = pair[0];
            if (path.startsWith(named) && (path.length() == named.length() || path.charAt(named.length()) == '.')) {
                return pair[1];
            }
        }
        return null;
    }

    /**
     * Where a fact used by a rule sits in the service profile, as evidence notes name it (e.g.
     * {@code service.deployment} → {@code deployment}); {@code null} for facts that are not the service's.
     */
    static String profilePath(String factName) {
        if (factName.startsWith("service.")) {
            return factName.substring("service.".length());
        }
        if (factName.startsWith("advanceNotice.")) {
            return String.join(".", "continuity", factName); // advance notice sits under the continuity terms
        }
        for (String group : SERVICE_GROUPS) {
            if (factName.startsWith(group) && factName.length() > group.length() && factName.charAt(group.length()) == '.') {
                return factName;
            }
        }
        return null;
    }

    // the prefixes are tested without building "group." for every fact of every finding (a profiled batch
    // run spent 2.7 % of its allocation on those strings)
    private static final List<String> SERVICE_GROUPS =
            List.of("dataLocations", "continuity", "security", "support", "trackRecord");

    private Finding finding(Requirement r, RuleResult result, String exemption, RuleContext c) {
        Status status = result.status();
        List<Message> reasons = new ArrayList<>(result.reasons().size() + 1);
        reasons.addAll(result.reasons());
        if (exemption != null && Exemptions.liftable(r)) {
            reasons.add(Message.of("finding.exempt", exemption, "@status." + status.name()));
            return new Finding(r, Status.EXEMPT, status, result.facts(), reasons, exemption, null, result.fix(), null, null, null);
        }
        Message question = status == Status.UNKNOWN ? result.question() : null;
        if (r.deviable() && (status == Status.NOT_MET || status == Status.UNKNOWN || status == Status.PENDING)) {
            Deviation deviation = c.plan().deviations().stream()
                    .filter(d -> r.id().equals(d.requirementId()))
                    .reduce((a, b) -> rank(a, c.date()) > rank(b, c.date()) ? a : b).orElse(null);
            if (deviation != null) {
                DeviationOutcome outcome = !result.deviable() ? DeviationOutcome.NOT_DEVIABLE
                        : deviation.refused() ? DeviationOutcome.REFUSED
                        : deviation.approvedBy(c.date()) ? DeviationOutcome.ACCEPTED
                        : deviation.complete() ? DeviationOutcome.APPROVED_AFTER_ASSESSMENT_DATE
                        : DeviationOutcome.NOT_APPROVED;
                Status shown = switch (outcome) {
                    case NOT_DEVIABLE, REFUSED -> status;
                    case ACCEPTED -> Status.DEVIATED;
                    case APPROVED_AFTER_ASSESSMENT_DATE, NOT_APPROVED -> Status.PENDING;
                };
                reasons.add(switch (outcome) {
                    case NOT_DEVIABLE -> Message.of("finding.deviationNotAllowed");
                    case REFUSED -> Message.of("finding.deviationRefused", who(deviation.decision().decidedBy()),
                            deviation.decision().decidedOn() == null ? "@value.unknown" : deviation.decision().decidedOn(),
                            who(deviation.decision().rationale()));
                    case ACCEPTED -> Message.of("finding.deviated", deviation.approvedBy(), deviation.approvedOn(), deviation.rationale());
                    case APPROVED_AFTER_ASSESSMENT_DATE -> Message.of("finding.deviationApprovedAfterDate", deviation.approvedOn(), c.date());
                    case NOT_APPROVED -> Message.of("finding.deviationNotApproved");
                });
                // the rule's own outcome stands when the deviation cannot or did not lift it: so do its first steps
                boolean ruleStands = outcome == DeviationOutcome.NOT_DEVIABLE || outcome == DeviationOutcome.REFUSED;
                return new Finding(r, shown, status, result.facts(), reasons, null, deviation, result.fix(), outcome,
                        ruleStands ? question : null, ruleStands ? result.action() : null);
            }
        }
        return new Finding(r, status, status, result.facts(), result.reasons(), null, null, result.fix(), null, question,
                result.action());
    }

    /** Which of two deviations for one requirement counts: approved, then complete but later, then the last recorded. */
    private static int rank(Deviation d, LocalDate date) {
        return d.approvedBy(date) ? 2 : d.complete() ? 1 : 0;
    }

    private static Object who(String s) {
        return Decision.present(s) ? s : "@value.unknown";
    }
}
