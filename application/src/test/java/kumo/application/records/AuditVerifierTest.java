package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kumo.application.records.audit.AuditAction;
import kumo.application.records.audit.AuditChain;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.AuditHead;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.AuditVerifier;
import kumo.application.records.port.out.LoadAuditTrailPort;

class AuditVerifierTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00.123456Z");

    /** A correctly chained trail of {@code n} events. */
    static List<AuditEvent> chain(int n) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            Instant at = T0.plusSeconds(seq);
            String detail = "version " + seq;
            String hash = AuditChain.hash(previous, seq, at, "山田", AuditAction.SERVICE_UPDATED, "SERVICE", "svc", null,
                    "sha256:x", detail);
            events.add(new AuditEvent(seq, at, "山田", AuditAction.SERVICE_UPDATED, "SERVICE", "svc", null, "sha256:x",
                    detail, previous, hash));
            previous = hash;
        }
        return events;
    }

    private static AuditEvent withDetail(AuditEvent e, String detail) {
        return new AuditEvent(e.seq(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), e.beforeRef(),
                e.afterRef(), detail, e.previousHash(), e.hash());
    }

    private static AuditEvent rehashed(AuditEvent e) {
        return new AuditEvent(e.seq(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), e.beforeRef(),
                e.afterRef(), e.detail(), e.previousHash(), AuditChain.expectedHash(e));
    }

    private static AuditVerification verify(List<AuditEvent> events) {
        return AuditVerifier.verify(events, AuditVerifier.headOf(events));
    }

    @Test
    void anIntactChainHasNoProblems() {
        AuditVerification v = verify(chain(5));
        assertThat(v.intact()).isTrue();
        assertThat(v.eventsChecked()).isEqualTo(5);
        assertThat(AuditVerifier.verify(List.of(), Optional.empty()).intact()).isTrue();
    }

    @Test
    void anAlteredEventIsAHashMismatchAtThatEventOnly() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        events.set(2, withDetail(events.get(2), "version 99"));
        AuditVerification v = verify(events);
        assertThat(v.problems()).extracting(AuditVerification.Problem::key, AuditVerification.Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", "HASH_MISMATCH"));
        assertThat(v.problems().get(0).text().ja()).contains("3").contains("書き換え");
        assertThat(v.problems().get(0).text().en()).contains("Audit event 3").contains("altered");
    }

    @Test
    void anAlteredAndRehashedEventBreaksTheLinkOfTheNextOne() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        events.set(2, rehashed(withDetail(events.get(2), "version 99")));
        AuditVerification v = verify(events);
        assertThat(v.problems()).extracting(AuditVerification.Problem::key, AuditVerification.Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4", "LINK_MISMATCH"));
    }

    @Test
    void aRemovedEventIsAGap() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        events.remove(1);
        AuditVerification v = verify(events);
        assertThat(v.problems()).extracting(AuditVerification.Problem::key, AuditVerification.Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", "SEQ_GAP"));
        assertThat(v.problems().get(0).text().en()).contains("expected 2, found 3");
    }

    @Test
    void aRemovedTailIsCaughtByTheHead() {
        List<AuditEvent> events = chain(5);
        AuditVerification v = AuditVerifier.verify(events.subList(0, 3), AuditVerifier.headOf(events));
        assertThat(v.problems()).extracting(AuditVerification.Problem::key, AuditVerification.Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5", "HEAD_MISMATCH"));
        assertThat(AuditVerifier.verify(List.of(), AuditVerifier.headOf(events)).problems())
                .extracting(AuditVerification.Problem::kind).containsExactly("HEAD_MISMATCH");
        assertThat(AuditVerifier.verify(events, Optional.empty()).problems())
                .extracting(AuditVerification.Problem::kind).containsExactly("HEAD_MISMATCH");
        assertThat(AuditVerifier.verify(events, Optional.of(new AuditHead(5, "f".repeat(64)))).problems())
                .extracting(AuditVerification.Problem::kind).containsExactly("HEAD_MISMATCH");
    }

    @Test
    void theFirstBreakComesFirst() {
        List<AuditEvent> events = new ArrayList<>(chain(6));
        events.set(4, withDetail(events.get(4), "x"));
        events.set(1, withDetail(events.get(1), "y"));
        assertThat(verify(events).problems()).extracting(AuditVerification.Problem::key).containsExactly("2", "5");
    }

    @Test
    void aLongTrailIsReadInBoundedPages() {
        List<AuditEvent> all = chain(2 * AuditVerifier.PAGE_SIZE + 7);
        int[] reads = {0};
        int[] largest = {0};
        LoadAuditTrailPort trail = new LoadAuditTrailPort() {
            @Override
            public List<AuditEvent> auditEvents(long fromSeq, int limit) {
                reads[0]++;
                largest[0] = Math.max(largest[0], limit);
                return all.stream().filter(e -> e.seq() >= fromSeq).limit(limit).toList();
            }

            @Override
            public Optional<AuditHead> auditHead() {
                return AuditVerifier.headOf(all);
            }
        };
        AuditVerification v = AuditVerifier.verify(trail);
        assertThat(v.intact()).isTrue();
        assertThat(v.eventsChecked()).isEqualTo(all.size());
        assertThat(reads[0]).isEqualTo(3);
        assertThat(largest[0]).isEqualTo(AuditVerifier.PAGE_SIZE);
    }

    @Test
    void problemsAreCapped() {
        List<AuditEvent> events = new ArrayList<>();
        for (AuditEvent e : chain(AuditVerifier.MAX_PROBLEMS + 20)) {
            events.add(withDetail(e, "altered"));
        }
        AuditVerification v = verify(events);
        assertThat(v.problems()).hasSize(AuditVerifier.MAX_PROBLEMS);
        assertThat(v.eventsChecked()).isEqualTo(events.size());
    }
}
