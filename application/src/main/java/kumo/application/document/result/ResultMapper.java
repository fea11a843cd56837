package kumo.application.document.result;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kumo.application.document.LocalizedText;
import kumo.application.document.result.AssessmentResultDocument.ClauseRef;
import kumo.application.document.result.AssessmentResultDocument.DeviationRecord;
import kumo.application.document.result.AssessmentResultDocument.ExemptionEntry;
import kumo.application.document.result.AssessmentResultDocument.Fact;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.NextActionText;
import kumo.application.document.result.AssessmentResultDocument.RiskCheckRecord;
import kumo.application.document.result.AssessmentResultDocument.RiskDecisionRecord;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.application.document.result.AssessmentResultDocument.Summary;
import kumo.application.document.result.AssessmentResultDocument.VerdictText;
import kumo.domain.assessment.Assessment;
import kumo.domain.assessment.ExemptionResult;
import kumo.domain.assessment.ExemptionState;
import kumo.domain.assessment.Finding;
import kumo.domain.assessment.NextAction;
import kumo.domain.assessment.RiskEntry;
import kumo.domain.assessment.RiskState;
import kumo.domain.catalogue.FactUsed;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Message;
import kumo.domain.catalogue.Requirement;
import kumo.domain.catalogue.Status;
import kumo.domain.catalogue.Texts;
import kumo.domain.plan.Deviation;
import kumo.domain.plan.RiskDecision;

/** Renders an {@link Assessment} into the bilingual result document. Missing texts are programming errors. */
final class ResultMapper {

    private final Texts texts;

    ResultMapper(Texts texts) {
        this.texts = texts;
    }

    AssessmentResultDocument map(Assessment a, String requestDigest) {
        String v = a.verdict().name();
        VerdictText verdict = new VerdictText(v, texts.get(Language.JA, "verdict." + v),
                texts.get(Language.EN, "verdict." + v), text("verdict." + v + ".meaning"));
        return new AssessmentResultDocument(AssessmentResultDocument.TYPE, a.catalogueVersion(), a.assessmentDate(),
                requestDigest, a.inScope(), verdict,
                a.findings().stream().map(this::finding).toList(),
                a.exemptions().stream().map(this::exemption).toList(),
                a.risks().stream().map(this::risk).toList(),
                a.nextActions().stream().map(this::action).toList(),
                summary(a));
    }

    private FindingEntry finding(Finding f) {
        Requirement r = f.requirement();
        String id = r.id();
        return new FindingEntry(id, r.group(), text(id + ".title"), text(id + ".text"), r.kind().name(),
                r.level().name(), r.section5(), r.deviable(), r.neverExempt(),
                r.conditional() ? text(id + ".condition") : null,
                f.status().name(), text("status." + f.status().name()), f.ruleStatus().name(),
                clauses(r.sourceClauses()),
                f.facts().stream().map(this::fact).toList(),
                messages(f.reasons()),
                f.exemptionId(),
                r.interpretation() ? text(id + ".interpretation") : null,
                deviation(f));
    }

    private Fact fact(FactUsed fact) {
        String value = fact.value();
        LocalizedText shown = value == null ? text("value.unknown")
                : "true".equals(value) || "false".equals(value) ? text("value." + value)
                : new LocalizedText(value, value);
        return new Fact(fact.name(), text("fact." + fact.name()), value, shown, fact.evidence());
    }

    private DeviationRecord deviation(Finding f) {
        Deviation d = f.deviation();
        if (d == null) {
            return null;
        }
        kumo.domain.plan.Decision no = d.refusal();
        return new DeviationRecord(d.requirementId(), d.rationale(), d.justifiedByFlowDesign(), d.approvedBy(), d.approvedOn(),
                no == null ? null : no.decidedBy(), no == null ? null : no.decidedOn(), no == null ? null : no.rationale(),
                f.deviationOutcome().accepted(), f.deviationOutcome().name(),
                text("deviationOutcome." + f.deviationOutcome().name()));
    }

    private ExemptionEntry exemption(ExemptionResult e) {
        return new ExemptionEntry(e.id(), text(e.id() + ".title"), text(e.id() + ".text"), text(e.id() + ".condition"),
                e.state().name(), messages(e.reasons()),
                e.exemption().exempts(), clauses(e.exemption().sourceClauses()));
    }

    private RiskEntryText risk(RiskEntry r) {
        var def = r.risk();
        String id = r.id();
        return new RiskEntryText(id, text(id + ".title"), text(id + ".text"), r.applies(), r.applicabilityKnown(),
                def.capability() == null ? null : def.capability().name(),
                def.capability() == null ? null : text(id + ".capability"), r.capabilityOffered(),
                def.checkFirst(), def.checkFirst() ? text(id + ".check") : null,
                def.alternative().name(), text("alternative." + def.alternative().name()), text(id + ".alternative"),
                texts.has(id + ".interpretation") ? text(id + ".interpretation") : null,
                r.state().name(),
                decision(r.decision()), messages(r.reasons()), def.linkedRequirements(), clauses(def.sourceClauses()));
    }

    private RiskDecisionRecord decision(RiskDecision d) {
        if (d == null) {
            return null;
        }
        RiskCheckRecord check = d.check() == null ? null
                : new RiskCheckRecord(d.check().result(), d.check().checkedBy(), d.check().checkedOn());
        return new RiskDecisionRecord(d.treatment() == null ? null : d.treatment().name(),
                d.treatment() == null ? null : text("treatment." + d.treatment().name()),
                d.rationale(), d.decidedBy(), d.decidedOn(), d.expiresOn(), check);
    }

    private NextActionText action(NextAction n) {
        return new NextActionText(n.target(), n.type().name(), n.blocking(), n.stage().name(), message(n.text()));
    }

    /** The counts of an assessment, the same in every form of its result. */
    static Summary summary(Assessment a) {
        Map<String, Integer> findings = new TreeMap<>();
        Map<String, Integer> blocking = new TreeMap<>();
        for (Status s : Status.values()) {
            findings.put(s.name(), 0);
            blocking.put(s.name(), 0);
        }
        for (Finding f : a.findings()) {
            findings.merge(f.status().name(), 1, Integer::sum);
            if (f.blocking()) {
                blocking.merge(f.status().name(), 1, Integer::sum);
            }
        }
        Map<String, Integer> risks = new TreeMap<>();
        for (RiskState s : RiskState.values()) {
            risks.put(s.name(), 0);
        }
        a.risks().forEach(r -> risks.merge(r.state().name(), 1, Integer::sum));
        List<String> applied = a.exemptions().stream().filter(e -> e.state() == ExemptionState.APPLIED)
                .map(ExemptionResult::id).toList();
        int blockingActions = (int) a.nextActions().stream().filter(NextAction::blocking).count();
        return new Summary(findings, blocking, risks, applied, blockingActions, a.nextActions().size() - blockingActions);
    }

    private List<ClauseRef> clauses(List<String> ids) {
        return ids.stream().map(c -> new ClauseRef(c, text("clause." + c))).toList();
    }

    private List<LocalizedText> messages(List<Message> messages) {
        return messages.stream().map(this::message).toList();
    }

    private LocalizedText message(Message m) {
        return LocalizedText.of(texts, m);
    }

    private LocalizedText text(String key) {
        return LocalizedText.of(texts, key);
    }
}
