package kumo.adapters.web.ui.export;

import java.util.List;
import java.util.stream.Collectors;

import kumo.application.document.result.AssessmentResultDocument.ClauseRef;
import kumo.application.document.result.AssessmentResultDocument.FindingEntry;
import kumo.application.document.result.AssessmentResultDocument.RiskEntryText;
import kumo.application.view.ResultView;
import kumo.domain.catalogue.Language;
import kumo.domain.catalogue.Texts;

/**
 * The cells the print view and the spreadsheet share, in one language: what a finding's clauses, facts, evidence
 * and next actions read as, and a risk row's decision. One place, so the paper and the sheet say the same.
 */
final class ResultRows {

    private final ResultView view;
    private final Texts texts;
    private final Language lang;

    ResultRows(ResultView view, Texts texts, Language lang) {
        this.view = view;
        this.texts = texts;
        this.lang = lang;
    }

    static String clauses(List<ClauseRef> clauses, Language lang) {
        return clauses.stream().map(c -> c.label().in(lang)).collect(Collectors.joining("\n"));
    }

    String level(String code) {
        String label = texts.find(lang, "level." + code);
        return label == null ? code : label;
    }

    /** Each fact the rule looked at: its name and value, with the evidence that supports it. */
    String facts(FindingEntry f) {
        return f.facts().stream().map(fact -> fact.label().in(lang) + ": " + fact.valueLabel().in(lang)
                + (fact.evidence() == null ? "" : " [" + fact.evidence() + "]")).collect(Collectors.joining("\n"));
    }

    /** What the catalogue asks as evidence for the requirement ({@code <id>.evidence}), or empty. */
    String evidence(FindingEntry f) {
        String e = texts.find(lang, f.id() + ".evidence");
        return e == null ? "" : e;
    }

    /** The next actions tied to the finding. */
    String actions(FindingEntry f) {
        return view.result().nextActions().stream().filter(a -> a.target().equals(f.id()))
                .map(a -> a.text().in(lang)).collect(Collectors.joining("\n"));
    }

    /** The decision on record, in one line, or empty. */
    String decision(RiskEntryText r) {
        if (r.decision() == null) {
            return "";
        }
        var d = r.decision();
        StringBuilder s = new StringBuilder(d.treatmentLabel() == null ? d.treatment() : d.treatmentLabel().in(lang));
        if (d.rationale() != null) {
            s.append(" — ").append(d.rationale());
        }
        if (d.decidedBy() != null || d.decidedOn() != null) {
            s.append(" (").append(d.decidedBy() == null ? "" : d.decidedBy())
                    .append(d.decidedOn() == null ? "" : " " + d.decidedOn()).append(')');
        }
        return s.toString();
    }
}
