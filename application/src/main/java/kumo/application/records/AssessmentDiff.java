package kumo.application.records;

import java.util.List;

/**
 * What changed between two assessments of the same system, the older first.
 *
 * @param older         the earlier assessment
 * @param newer         the later one
 * @param verdictBefore the older verdict code
 * @param verdictAfter  the newer verdict code
 * @param facts         the request fields that differ, by JSON pointer, in document order
 * @param findings      the requirements whose status differs, in catalogue order
 * @param risks         the risks whose state differs, R01–R29 order
 */
public record AssessmentDiff(AssessmentSummary older, AssessmentSummary newer, String verdictBefore,
        String verdictAfter, List<FactChange> facts, List<StatusChange> findings, List<StatusChange> risks) {

    public AssessmentDiff {
        facts = List.copyOf(facts);
        findings = List.copyOf(findings);
        risks = List.copyOf(risks);
    }

    /** Whether the verdict changed. */
    public boolean verdictChanged() {
        return !verdictBefore.equals(verdictAfter);
    }

    /**
     * One request field that differs.
     *
     * @param path   JSON pointer ({@code /service/ismapRegistrations/0/validUntil})
     * @param before its canonical JSON in the older request; {@code null} when absent there
     * @param after  its canonical JSON in the newer; {@code null} when absent there
     */
    public record FactChange(String path, String before, String after) {
    }

    /** A requirement or risk whose status differs ({@code null} when absent on one side). */
    public record StatusChange(String id, String before, String after) {
    }
}
