package kumo.adapters.web.ui.chart;

import java.util.Map;

/**
 * The symbol shown with each status, risk state and verdict, so that colour is never the only cue (WCAG 1.4.1),
 * and the class that gives it its colour in {@code kumo.css} ({@code .mark-<CODE>}: the colours live there only).
 */
public final class Marks {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            // finding statuses (kumo.domain.catalogue.Status)
            Map.entry("MET", "✓"), Map.entry("NOT_MET", "✗"), Map.entry("UNKNOWN", "?"), Map.entry("PENDING", "…"),
            Map.entry("DEVIATED", "△"), Map.entry("NOT_APPLICABLE", "−"), Map.entry("EXEMPT", "○"),
            // risk states (kumo.domain.assessment.RiskState)
            Map.entry("DECIDED", "✓"), Map.entry("INFORMATIONAL", "i"), Map.entry("PROPOSED", "△"),
            Map.entry("UNDECIDED", "!"), Map.entry("CHECK_MISSING", "?"), Map.entry("EXPIRED", "⌛"),
            Map.entry("MITIGATION_UNSUPPORTED", "✗"), Map.entry("INCOMPLETE_DECISION", "…"),
            // verdicts (kumo.domain.assessment.Verdict)
            Map.entry("OUT_OF_SCOPE", "−"), Map.entry("PROHIBITED", "⛔"), Map.entry("NOT_ELIGIBLE", "✗"),
            Map.entry("INCOMPLETE", "?"), Map.entry("CONDITIONAL", "△"), Map.entry("ELIGIBLE", "✓"));

    private Marks() {
    }

    /** The symbol of a status, risk state or verdict code; {@code •} for a code kumo does not know. */
    public static String symbol(String code) {
        return SYMBOLS.getOrDefault(code, "•");
    }

    /** The class that colours {@code code} ({@code mark-NOT_MET}); codes are kumo's enum names, safe in a class. */
    public static String cssClass(String code) {
        return "mark-" + (code != null && code.matches("[A-Z_]{1,40}") ? code : "OTHER");
    }
}
