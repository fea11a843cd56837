package kumo.application.records.audit;

import java.util.List;

import kumo.application.document.LocalizedText;

/**
 * The outcome of checking the audit chain.
 *
 * @param eventsChecked how many events were read
 * @param problems      what breaks the chain, first break first; empty when intact
 */
public record AuditVerification(long eventsChecked, List<Problem> problems) {

    public AuditVerification {
        problems = List.copyOf(problems);
    }

    /** Whether the chain is intact. */
    public boolean intact() {
        return problems.isEmpty();
    }

    /**
     * One break.
     *
     * @param seq  the event where it shows (for a removed tail: the head's seq)
     * @param kind HASH_MISMATCH (content altered), LINK_MISMATCH (previous hash differs), SEQ_GAP (removed or
     *             reordered), HEAD_MISMATCH (the recorded end differs from the last event)
     * @param text what it means, in both languages
     */
    public record Problem(long seq, String kind, LocalizedText text) {
    }
}
