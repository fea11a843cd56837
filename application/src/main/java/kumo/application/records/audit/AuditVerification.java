package kumo.application.records.audit;

import java.util.List;

import kumo.application.document.LocalizedText;

/**
 * The outcome of checking the record: the audit chain, and every stored row against the chain and against
 * what it is derived from ({@link RecordVerifier}).
 *
 * @param eventsChecked how many events were read
 * @param rowsChecked   how many stored rows (services, systems, assessments) were read
 * @param uncovered     rows recorded before schema 2 whose derived rows the chain does not cover (legacy
 *                      {@code sha256:} assessment references, see {@link RowDigest}): checked as far as their
 *                      event allows, not proven; not a problem
 * @param problems      what does not hold, first found first; empty when the record proves itself
 */
public record AuditVerification(long eventsChecked, long rowsChecked, long uncovered, List<Problem> problems) {

    public AuditVerification {
        problems = List.copyOf(problems);
    }

    /** The chain alone: no rows checked. */
    public AuditVerification(long eventsChecked, List<Problem> problems) {
        this(eventsChecked, 0, 0, problems);
    }

    /** Whether the chain and the rows are intact. */
    public boolean intact() {
        return problems.isEmpty();
    }

    /**
     * One difference.
     *
     * @param table the table it shows in ({@code audit_event}, {@code audit_head}, {@code cloud_service},
     *              {@code system_profile}, {@code assessment}, {@code risk_decision}, {@code consultation},
     *              {@code evidence_expiry})
     * @param key   the row's key (an event's seq, a service's id, an assessment's id…)
     * @param kind  what kind of difference: the chain's (HASH_MISMATCH, LINK_MISMATCH, SEQ_GAP, HEAD_MISMATCH,
     *              see {@link AuditVerifier}) or the rows' (see {@link RecordVerifier})
     * @param text  what it means, in both languages
     */
    public record Problem(String table, String key, String kind, LocalizedText text) {

        /** A problem of the chain, shown at event {@code seq}. */
        public static Problem ofEvent(long seq, String kind, LocalizedText text) {
            return new Problem(AuditVerifier.EVENT_TABLE, Long.toString(seq), kind, text);
        }
    }
}
