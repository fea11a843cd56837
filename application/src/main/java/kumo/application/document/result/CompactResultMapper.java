package kumo.application.document.result;

import java.util.ArrayList;
import java.util.List;

import kumo.application.document.LocalizedText;
import kumo.application.document.result.AssessmentResultDocument.DeviationRecord;
import kumo.application.document.result.CompactResultDocument.Check;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.NextActionText;
import kumo.application.document.result.AssessmentResultDocument.RiskCheckRecord;
import kumo.application.document.result.AssessmentResultDocument.RiskDecisionRecord;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.application.document.result.CompactResultDocument.Action;
import kumo.application.document.result.CompactResultDocument.Decision;
import kumo.application.document.result.CompactResultDocument.Deviation;
import kumo.application.document.result.CompactResultDocument.Exemption;
import kumo.application.document.result.CompactResultDocument.Fact;
import kumo.application.document.result.CompactResultDocument.Finding;
import kumo.application.document.result.CompactResultDocument.Risk;
import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.ExemptionResult;
import kumo.domain.assessment.NextAction;
import kumo.domain.assessment.RiskEntry;
import kumo.domain.catalogue.FactUsed;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.Texts;
import kumo.domain.plan.RiskDecision;

/**
 * Renders an {@link Assessment} into the compact, one-language result document: only the reasons and
 * the texts of the next actions are rendered, in one language; the catalogue's own texts are left to
 * be looked up by ID. Also turns a full document into the compact one, with exactly the same content.
 */
final class CompactResultMapper {

    private final Texts texts;
    private final Language language;

    CompactResultMapper(Texts texts, Language language) {
        this.texts = texts;
        this.language = language;
    }

    CompactResultDocument map(Assessment a, String requestDigest, AssessmentResultDocument.FollowsRecord follows) {
        String v = a.verdict().name();
        List<Finding> findings = new ArrayList<>(a.findings().size());
        for (kumo.domain.assessment.Finding f : a.findings()) {
            findings.add(new Finding(f.requirement().id(), f.status().name(), f.ruleStatus().name(), facts(f.facts()),
                    messages(f.reasons()), f.exemptionId(), deviation(f)));
        }
        List<Exemption> exemptions = new ArrayList<>(a.exemptions().size());
        for (ExemptionResult e : a.exemptions()) {
            exemptions.add(new Exemption(e.id(), e.state().name(), messages(e.reasons())));
        }
        List<Risk> risks = new ArrayList<>(a.risks().size());
        for (RiskEntry r : a.risks()) {
            risks.add(new Risk(r.id(), r.applies(), r.applicabilityKnown(), r.capabilityOffered(), r.state().name(),
                    decision(r.decision()), messages(r.reasons())));
        }
        List<Action> actions = new ArrayList<>(a.nextActions().size());
        for (NextAction n : a.nextActions()) {
            actions.add(new Action(n.target(), n.type().name(), n.blocking(), n.stage().name(), n.text().render(texts, language)));
        }
        return new CompactResultDocument(CompactResultDocument.TYPE, CompactResultDocument.code(language),
                a.catalogueVersion(), a.assessmentDate(), requestDigest, a.inScope(), v,
                texts.get(language, "verdict." + v), findings, exemptions, risks, actions, ResultMapper.summary(a), follows);
    }

    private static List<Fact> facts(List<FactUsed> facts) {
        List<Fact> list = new ArrayList<>(facts.size());
        for (FactUsed f : facts) {
            list.add(new Fact(f.name(), f.value(), f.evidence()));
        }
        return list;
    }

    private List<String> messages(List<Message> messages) {
        List<String> list = new ArrayList<>(messages.size());
        for (Message m : messages) {
            list.add(m.render(texts, language));
        }
        return list;
    }

    private static Deviation deviation(kumo.domain.assessment.Finding f) {
        kumo.domain.plan.Deviation d = f.deviation();
        if (d == null) {
            return null;
        }
        kumo.domain.plan.Decision no = d.refusal();
        return new Deviation(d.requirementId(), d.rationale(), d.justifiedByFlowDesign(), d.approvedBy(), d.approvedOn(),
                no == null ? null : no.decidedBy(), no == null ? null : no.decidedOn(), no == null ? null : no.rationale(),
                f.deviationOutcome().accepted(), f.deviationOutcome().name());
    }

    private static Decision decision(RiskDecision d) {
        if (d == null) {
            return null;
        }
        Check check = d.check() == null ? null : new Check(d.check().result(), d.check().checkedBy(), d.check().checkedOn());
        return new Decision(d.treatment() == null ? null : d.treatment().name(), d.rationale(), d.decidedBy(),
                d.decidedOn(), d.expiresOn(), check);
    }

    // ---------------------------------------------------------------- from the full form

    static CompactResultDocument fromFull(AssessmentResultDocument full, Language language) {
        List<Finding> findings = full.findings().stream().map(f -> finding(f, language)).toList();
        List<Exemption> exemptions = full.exemptions().stream()
                .map(e -> new Exemption(e.id(), e.state(), in(e.reasons(), language))).toList();
        List<Risk> risks = full.risks().stream().map(r -> risk(r, language)).toList();
        List<Action> actions = full.nextActions().stream().map(n -> action(n, language)).toList();
        String label = language == Language.JA ? full.verdict().ja() : full.verdict().en();
        return new CompactResultDocument(CompactResultDocument.TYPE, CompactResultDocument.code(language),
                full.catalogueVersion(), full.assessmentDate(), full.requestDigest(), full.inScope(),
                full.verdict().code(), label, findings, exemptions, risks, actions, full.summary(), full.follows());
    }

    private static Finding finding(FindingEntry f, Language language) {
        List<Fact> facts = f.facts().stream().map(x -> new Fact(x.name(), x.value(), x.evidence())).toList();
        DeviationRecord d = f.deviation();
        Deviation deviation = d == null ? null
                : new Deviation(d.requirementId(), d.rationale(), d.justifiedByFlowDesign(), d.approvedBy(), d.approvedOn(),
                        d.refusedBy(), d.refusedOn(), d.refusalRationale(), d.accepted(), d.outcome());
        return new Finding(f.id(), f.status(), f.ruleStatus(), facts, in(f.reasons(), language), f.exemptionId(), deviation);
    }

    private static Risk risk(RiskEntryText r, Language language) {
        RiskDecisionRecord d = r.decision();
        Decision decision = d == null ? null
                : new Decision(d.treatment(), d.rationale(), d.decidedBy(), d.decidedOn(), d.expiresOn(), check(d.check()));
        return new Risk(r.id(), r.applies(), r.applicabilityKnown(), r.capabilityOffered(), r.state(), decision,
                in(r.reasons(), language));
    }

    private static Check check(RiskCheckRecord c) {
        return c == null ? null : new Check(c.result(), c.checkedBy(), c.checkedOn());
    }

    private static Action action(NextActionText n, Language language) {
        return new Action(n.target(), n.type(), n.blocking(), n.stage(), n.text().in(language));
    }

    private static List<String> in(List<LocalizedText> texts, Language language) {
        return texts.stream().map(t -> t.in(language)).toList();
    }
}
