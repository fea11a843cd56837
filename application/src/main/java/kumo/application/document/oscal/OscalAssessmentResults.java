package kumo.application.document.oscal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kumo.application.document.LocalizedText;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.document.result.AssessmentResultDocument.ClauseRef;
import kumo.application.document.result.AssessmentResultDocument.Fact;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.RiskDecisionRecord;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.application.records.AssessmentSummary;
import kumo.domain.assessment.RiskState;
import kumo.domain.catalogue.Status;

/**
 * An assessment result as OSCAL assessment-results (docs/oscal.md): one result with a finding per requirement
 * (its target the requirement ID, kumo's own status as a prop), an observation per distinct fact the rules used,
 * and a risk per row of the §3 register. OSCAL requires {@code import-ap}; kumo writes no assessment plan, so it
 * points at a back-matter resource inside the document that says so. UUIDs derive from the stored assessment's id,
 * or for a result file from its request digest and date; the timestamps are the recorded time, or the
 * assessment date's midnight in Japan.
 */
public final class OscalAssessmentResults {

    private OscalAssessmentResults() {
    }

    /**
     * The OSCAL document {@code {"assessment-results": {…}}}.
     *
     * @param stored the stored assessment's summary, or {@code null} for a result read from a file
     */
    public static ObjectNode of(AssessmentResultDocument result, AssessmentSummary stored) {
        Objects.requireNonNull(result, "result");
        String base = stored != null ? "assessment-results/stored/" + stored.id()
                : "assessment-results/" + result.requestDigest() + "/" + result.assessmentDate();
        String start = Oscal.timestamp(result.assessmentDate());
        String when = stored != null && stored.recordedAt() != null ? Oscal.timestamp(stored.recordedAt()) : start;
        String verdict = result.verdict().code();
        String title = OscalTexts.both("results.title") + ": " + result.verdict().ja() + " / " + result.verdict().en()
                + " (" + verdict + ")";

        ObjectNode ar = Oscal.object();
        ar.put("uuid", Oscal.uuid(base));
        ObjectNode metadata = ar.putObject("metadata");
        metadata.put("title", Oscal.line(title));
        metadata.put("published", when);
        metadata.put("last-modified", when);
        metadata.put("version", "1");
        metadata.put("oscal-version", Oscal.OSCAL_VERSION);
        ArrayNode meta = metadata.putArray("props");
        meta.add(Oscal.prop("kumo-document", "assessment-results"));
        meta.add(Oscal.prop("kumo-type", result.kumo()));
        meta.add(Oscal.prop("catalogue-version", result.catalogueVersion()));
        meta.add(Oscal.prop("assessment-date", result.assessmentDate().toString()));
        meta.add(Oscal.prop("request-sha256", result.requestDigest()));
        if (stored != null) {
            meta.add(Oscal.prop("assessment-id", Oscal.line(stored.id())));
            if (stored.systemId() != null) {
                meta.add(Oscal.prop("system-id", Oscal.line(stored.systemId())));
            }
            if (stored.serviceId() != null) {
                meta.add(Oscal.prop("service-id", Oscal.line(stored.serviceId())));
            }
        }

        String plan = Oscal.uuid(base + "/no-assessment-plan");
        ObjectNode importAp = ar.putObject("import-ap");
        importAp.put("href", "#" + plan);
        importAp.put("remarks", OscalTexts.of("plan.description", result.catalogueVersion()).ja() + "\n\n"
                + OscalTexts.of("plan.description", result.catalogueVersion()).en());

        ObjectNode r = ar.putArray("results").addObject();
        r.put("uuid", Oscal.uuid(base + "/result"));
        r.put("title", Oscal.line(title));
        LocalizedText description = OscalTexts.of("results.description", result.catalogueVersion(), verdict);
        r.put("description", description.ja() + "\n\n" + Markdown.escape(result.verdict().meaning().ja()) + "\n\n"
                + description.en() + "\n\n" + Markdown.escape(result.verdict().meaning().en()));
        r.put("start", start);
        ArrayNode props = r.putArray("props");
        props.add(Oscal.prop("verdict", verdict));
        props.add(Oscal.prop("in-scope", Boolean.toString(result.inScope())));
        if (result.summary() != null) {
            result.summary().appliedExemptions().forEach(e -> props.add(Oscal.prop("applied-exemption", e)));
        }
        ObjectNode reviewed = r.putObject("reviewed-controls");
        reviewed.put("description", OscalTexts.both("results.controls", result.catalogueVersion()));
        reviewed.putArray("control-selections").addObject().putObject("include-all");

        Map<String, String> observationOf = new LinkedHashMap<>();
        ArrayNode observations = Oscal.array();
        for (FindingEntry f : result.findings()) {
            for (Fact fact : f.facts()) {
                String key = fact.name() + "=" + (fact.value() == null ? "\u0000unknown" : fact.value()) + "|"
                        + (fact.evidence() == null ? "" : fact.evidence());
                if (!observationOf.containsKey(key)) {
                    String uuid = Oscal.uuid(base + "/observation/" + key);
                    observationOf.put(key, uuid);
                    observations.add(observation(uuid, fact, start));
                }
            }
        }
        Map<String, String> riskOf = new LinkedHashMap<>();
        ArrayNode risks = Oscal.array();
        for (RiskEntryText risk : result.risks()) {
            String uuid = Oscal.uuid(base + "/risk/" + risk.id());
            riskOf.put(risk.id(), uuid);
            risks.add(risk(uuid, risk));
        }
        ArrayNode findings = Oscal.array();
        for (FindingEntry f : result.findings()) {
            Set<String> related = new LinkedHashSet<>();
            for (Fact fact : f.facts()) {
                related.add(observationOf.get(fact.name() + "=" + (fact.value() == null ? "\u0000unknown" : fact.value())
                        + "|" + (fact.evidence() == null ? "" : fact.evidence())));
            }
            List<String> relatedRisks = result.risks().stream()
                    .filter(k -> k.linkedRequirements() != null && k.linkedRequirements().contains(f.id()))
                    .map(k -> riskOf.get(k.id())).toList();
            findings.add(finding(Oscal.uuid(base + "/finding/" + f.id()), f, related, relatedRisks));
        }
        Oscal.putArray(r, "observations", observations);
        Oscal.putArray(r, "risks", risks);
        Oscal.putArray(r, "findings", findings);

        ObjectNode resource = ar.putObject("back-matter").putArray("resources").addObject();
        resource.put("uuid", plan);
        resource.put("title", OscalTexts.both("plan.title"));
        LocalizedText planText = OscalTexts.of("plan.description", result.catalogueVersion());
        resource.put("description", planText.ja() + "\n\n" + planText.en());

        ObjectNode root = Oscal.object();
        root.set("assessment-results", ar);
        return root;
    }

    private static ObjectNode observation(String uuid, Fact fact, String collected) {
        ObjectNode o = Oscal.object();
        o.put("uuid", uuid);
        o.put("title", Markdown.escape(Oscal.both(fact.label().ja(), fact.label().en())));
        o.put("description", Markdown.escape(fact.label().ja() + ": " + fact.valueLabel().ja()) + "\n\n"
                + Markdown.escape(fact.label().en() + ": " + fact.valueLabel().en()));
        ArrayNode props = o.putArray("props");
        props.add(Oscal.prop("fact", fact.name()));
        props.add(Oscal.prop("known", Boolean.toString(fact.value() != null)));
        if (fact.value() != null) {
            props.add(Oscal.prop("value", Oscal.line(fact.value())));
        }
        if (fact.evidence() != null) {
            props.add(Oscal.prop("evidence", Oscal.line(fact.evidence())));
        }
        o.putArray("methods").add("EXAMINE");
        o.put("collected", collected);
        return o;
    }

    private static ObjectNode risk(String uuid, RiskEntryText risk) {
        ObjectNode o = Oscal.object();
        o.put("uuid", uuid);
        o.put("title", Oscal.line(risk.id() + " " + Oscal.both(risk.title().ja(), risk.title().en())));
        o.put("description", risk.text().ja() + "\n\n" + risk.text().en());
        o.put("statement", lines(risk.reasons(), risk.text()));
        o.put("status", RiskState.valueOf(risk.state()).open() ? "open" : "closed");
        ArrayNode props = o.putArray("props");
        props.add(Oscal.prop("risk-id", risk.id()));
        props.add(Oscal.prop("state", risk.state()));
        props.add(Oscal.prop("applies", Boolean.toString(risk.applies())));
        props.add(Oscal.prop("applicability-known", Boolean.toString(risk.applicabilityKnown())));
        if (risk.capability() != null) {
            props.add(Oscal.prop("capability", risk.capability()));
        }
        if (risk.capabilityOffered() != null) {
            props.add(Oscal.prop("capability-offered", risk.capabilityOffered().toString()));
        }
        props.add(Oscal.prop("check-first", Boolean.toString(risk.checkFirst())));
        if (risk.alternative() != null) {
            props.add(Oscal.prop("alternative", risk.alternative()));
        }
        RiskDecisionRecord d = risk.decision();
        if (d != null) {
            if (d.treatment() != null) {
                props.add(Oscal.prop("treatment", d.treatment()));
            }
            if (d.decidedBy() != null) {
                props.add(Oscal.prop("decided-by", Oscal.line(d.decidedBy())));
            }
            if (d.decidedOn() != null) {
                props.add(Oscal.prop("decided-on", d.decidedOn().toString()));
            }
            if (d.expiresOn() != null) {
                props.add(Oscal.prop("expires-on", d.expiresOn().toString()));
            }
        }
        return o;
    }

    private static ObjectNode finding(String uuid, FindingEntry f, Set<String> observations, List<String> risks) {
        ObjectNode o = Oscal.object();
        o.put("uuid", uuid);
        o.put("title", Oscal.line(f.id() + " " + Oscal.both(f.title().ja(), f.title().en())));
        o.put("description", lines(f.reasons(), f.statusLabel()));
        ArrayNode props = o.putArray("props");
        props.add(Oscal.prop("status", f.status()));
        if (f.ruleStatus() != null) {
            props.add(Oscal.prop("rule-status", f.ruleStatus()));
        }
        props.add(Oscal.prop("kind", f.kind()));
        props.add(Oscal.prop("level", f.level()));
        if (f.exemptionId() != null) {
            props.add(Oscal.prop("exemption-id", f.exemptionId()));
        }
        if (f.deviation() != null && f.deviation().outcome() != null) {
            props.add(Oscal.prop("deviation-outcome", f.deviation().outcome()));
        }
        for (ClauseRef clause : f.sourceClauses()) {
            props.add(Oscal.prop("source-clause", clause.id()));
        }
        ObjectNode target = o.putObject("target");
        target.put("type", "objective-id");
        target.put("target-id", f.id());
        ObjectNode status = target.putObject("status");
        Status s = Status.valueOf(f.status());
        status.put("state", satisfied(s) ? "satisfied" : "not-satisfied");
        status.put("reason", s == Status.MET ? "pass" : s == Status.NOT_MET ? "fail" : "other");
        ArrayNode related = Oscal.array();
        observations.forEach(u -> related.addObject().put("observation-uuid", u));
        Oscal.putArray(o, "related-observations", related);
        ArrayNode relatedRisks = Oscal.array();
        risks.forEach(u -> relatedRisks.addObject().put("risk-uuid", u));
        Oscal.putArray(o, "related-risks", relatedRisks);
        return o;
    }

    /**
     * OSCAL knows satisfied or not: MET, DEVIATED (an approved deviation), EXEMPT and NOT_APPLICABLE are satisfied;
     * NOT_MET, UNKNOWN and PENDING are not — UNKNOWN and PENDING with the reason {@code other}, never {@code fail}:
     * unknown is not false. kumo's own status is the {@code status} prop.
     */
    static boolean satisfied(Status s) {
        return switch (s) {
            case MET, DEVIATED, EXEMPT, NOT_APPLICABLE -> true;
            case NOT_MET, UNKNOWN, PENDING -> false;
        };
    }

    /** Texts as Markdown paragraphs, the Japanese ones first; {@code otherwise} when there are none. */
    private static String lines(List<LocalizedText> texts, LocalizedText otherwise) {
        List<LocalizedText> list = texts == null || texts.isEmpty() ? List.of(otherwise) : texts;
        return list.stream().map(t -> Markdown.escape(t.ja())).collect(Collectors.joining("\n\n")) + "\n\n"
                + list.stream().map(t -> Markdown.escape(t.en())).collect(Collectors.joining("\n\n"));
    }
}
