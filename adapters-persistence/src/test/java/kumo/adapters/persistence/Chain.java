package kumo.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kumo.application.records.audit.AuditChain;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.AuditHead;
import kumo.application.records.port.out.LoadAuditTrailPort;


/** Checks a store's audit chain the way a verifier would: seq without gaps, links, hashes, head. */
final class Chain {

    private Chain() {
    }

    /** What breaks the chain, one line per problem ({@code KIND@seq}); empty when intact. */
    static List<String> problems(LoadAuditTrailPort trail) {
        List<AuditEvent> events = trail.auditEvents(1, Integer.MAX_VALUE);
        List<String> problems = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        long expectedSeq = 1;
        for (AuditEvent e : events) {
            if (e.seq() != expectedSeq) {
                problems.add("SEQ_GAP@" + e.seq());
            }
            if (!e.previousHash().equals(previous)) {
                problems.add("LINK_MISMATCH@" + e.seq());
            }
            if (!AuditChain.expectedHash(e).equals(e.hash())) {
                problems.add("HASH_MISMATCH@" + e.seq());
            }
            previous = e.hash();
            expectedSeq = e.seq() + 1;
        }
        Optional<AuditHead> head = trail.auditHead();
        AuditEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        boolean headMatches = last == null ? head.isEmpty()
                : head.isPresent() && head.get().seq() == last.seq() && head.get().hash().equals(last.hash());
        if (!headMatches) {
            problems.add("HEAD_MISMATCH@" + head.map(AuditHead::seq).orElse(0L));
        }
        return problems;
    }
}
