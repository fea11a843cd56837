package kumo.application.records.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import kumo.application.records.StoreTexts;
import kumo.application.records.port.out.LoadAuditTrailPort;

/**
 * Checks the audit hash chain ({@link AuditChain}) event by event: each event's seq follows the previous one
 * (SEQ_GAP), its {@code previousHash} is the previous event's hash (LINK_MISMATCH), its {@code hash} is what its
 * fields give (HASH_MISMATCH), and the head the store records is the last event (HEAD_MISMATCH: a removed or
 * added tail). Reads the trail page by page, so memory does not grow with its length; keeps at most {@value
 * #MAX_PROBLEMS} problems, the first ones.
 *
 * <p>An event whose seq does not follow is reported as a gap only: its link to the event read before it cannot
 * hold. An altered event breaks its own hash; the next event is checked against the hash as stored, so one
 * altered row is one problem, and a row re-hashed after altering shows as a broken link after it.
 */
public final class AuditVerifier {

    /** Events read per page. */
    public static final int PAGE_SIZE = 1000;

    /** The most problems reported. */
    public static final int MAX_PROBLEMS = 100;

    /** The problem kinds. */
    public static final String HASH_MISMATCH = "HASH_MISMATCH";
    public static final String LINK_MISMATCH = "LINK_MISMATCH";
    public static final String SEQ_GAP = "SEQ_GAP";
    public static final String HEAD_MISMATCH = "HEAD_MISMATCH";

    /** The table an event's problem is reported in. */
    public static final String EVENT_TABLE = "audit_event";

    private final List<AuditVerification.Problem> problems = new ArrayList<>();
    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;
    private AuditEvent last;
    private long checked;

    private AuditVerifier() {
    }

    /** Checks a store's whole trail and its recorded head, {@value #PAGE_SIZE} events at a time. */
    public static AuditVerification verify(LoadAuditTrailPort trail) {
        return verify(trail, event -> { });
    }

    /** As {@link #verify(LoadAuditTrailPort)}, showing each event read to {@code each} too (in seq order). */
    public static AuditVerification verify(LoadAuditTrailPort trail, Consumer<AuditEvent> each) {
        Objects.requireNonNull(trail, "trail");
        Objects.requireNonNull(each, "each");
        AuditVerifier verifier = new AuditVerifier();
        long from = 1;
        while (true) {
            List<AuditEvent> page = trail.auditEvents(from, PAGE_SIZE);
            page.forEach(verifier::accept);
            page.forEach(each);
            if (page.size() < PAGE_SIZE) {
                break;
            }
            from = page.get(page.size() - 1).seq() + 1;
        }
        return verifier.finish(trail.auditHead());
    }

    /**
     * Checks events given in full (an export's), in their order, against {@code head}; empty when no head is
     * recorded.
     */
    public static AuditVerification verify(List<AuditEvent> events, Optional<AuditHead> head) {
        AuditVerifier verifier = new AuditVerifier();
        events.forEach(verifier::accept);
        return verifier.finish(head);
    }

    /** The head a list of events implies: its last event's seq and hash; empty for none. */
    public static Optional<AuditHead> headOf(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        AuditEvent end = events.get(events.size() - 1);
        return Optional.of(new AuditHead(end.seq(), end.hash()));
    }

    private void accept(AuditEvent event) {
        checked++;
        if (event.seq() != expectedSeq) {
            problem(event.seq(), SEQ_GAP, "store.audit.seqGap", event.seq(), expectedSeq);
        } else if (!Objects.equals(event.previousHash(), previousHash)) {
            problem(event.seq(), LINK_MISMATCH, "store.audit.linkMismatch", event.seq(), event.seq() - 1);
        }
        if (!Objects.equals(expectedHash(event), event.hash())) {
            problem(event.seq(), HASH_MISMATCH, "store.audit.hashMismatch", event.seq());
        }
        expectedSeq = event.seq() + 1;
        previousHash = event.hash();
        last = event;
    }

    private static String expectedHash(AuditEvent event) {
        if (event.previousHash() == null || event.at() == null || event.action() == null) {
            return null;
        }
        return AuditChain.expectedHash(event);
    }

    private AuditVerification finish(Optional<AuditHead> head) {
        if (last == null && head.isPresent()) {
            headProblem(head.get().seq(), "store.audit.headWithoutEvents", head.get().seq());
        } else if (last != null && head.isEmpty()) {
            headProblem(last.seq(), "store.audit.headMissing", last.seq());
        } else if (last != null && head.get().seq() != last.seq()) {
            headProblem(head.get().seq(), "store.audit.headSeq", head.get().seq(), last.seq());
        } else if (last != null && !Objects.equals(head.get().hash(), last.hash())) {
            headProblem(head.get().seq(), "store.audit.headHash", head.get().seq());
        }
        return new AuditVerification(checked, problems);
    }

    /** The table a problem of the recorded head is reported in. */
    public static final String HEAD_TABLE = "audit_head";

    private void headProblem(long seq, String key, Object... args) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new AuditVerification.Problem(HEAD_TABLE, Long.toString(seq), HEAD_MISMATCH,
                    StoreTexts.of(key, args)));
        }
    }

    private void problem(long seq, String kind, String key, Object... args) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(AuditVerification.Problem.ofEvent(seq, kind, StoreTexts.of(key, args)));
        }
    }
}
