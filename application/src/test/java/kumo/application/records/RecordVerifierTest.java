package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.records.audit.AuditAction;
import kumo.application.records.audit.AuditChain;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.AuditVerifier;
import kumo.application.records.audit.RecordVerifier;
import kumo.application.records.audit.RowDigest;
import kumo.application.records.audit.StoredAssessment;
import kumo.application.records.audit.StoredProfile;
import kumo.application.records.port.out.LoadStoredRowsPort;

/**
 * {@link RecordVerifier} on rows given in code: rows against the latest event for each, the schema-1 form of an
 * assessment's reference counted as not covered (never as proven, never as tampering when it matches), and
 * rows read page by page.
 */
class RecordVerifierTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00.123456Z");
    private static final CloudServiceProfileDto SERVICE = Fixtures.request(Fixtures.example("expired-certificate.json"))
            .service();
    private static final AssessmentIndex NO_INDEX = new AssessmentIndex(List.of(), List.of(), List.of());

    private final List<AuditEvent> events = new ArrayList<>();
    private final TreeMap<String, StoredProfile> services = new TreeMap<>();
    private final TreeMap<String, StoredAssessment> assessments = new TreeMap<>();

    private final LoadStoredRowsPort rows = new LoadStoredRowsPort() {
        @Override
        public List<StoredProfile> storedProfiles(ProfileKind<?, ?> kind, String afterId, int limit) {
            TreeMap<String, StoredProfile> of = kind == ProfileKind.SERVICE ? services : new TreeMap<>();
            return (afterId == null ? of : of.tailMap(afterId, false)).values().stream().limit(limit).toList();
        }

        @Override
        public List<StoredAssessment> storedAssessments(String afterId, int limit) {
            return (afterId == null ? assessments : assessments.tailMap(afterId, false)).values().stream().limit(limit)
                    .toList();
        }
    };

    private void append(AuditAction action, String type, String id, String before, String after) {
        long seq = events.size() + 1;
        String previous = events.isEmpty() ? AuditChain.GENESIS : events.get(events.size() - 1).hash();
        Instant at = T0.plusSeconds(seq);
        events.add(new AuditEvent(seq, at, "山田", action, type, id, before, after, null, previous,
                AuditChain.hash(previous, seq, at, "山田", action, type, id, before, after, null)));
    }

    private ServiceRecord service(String id, long version) {
        ServiceRecord row = new ServiceRecord(id, version, SERVICE, T0, "山田");
        services.put(id, new StoredProfile(id, row));
        return row;
    }

    private StoredAssessment assessment(String id, String recordedBy) {
        AssessmentSummary summary = new AssessmentSummary(id, "sys", "svc", null, "ELIGIBLE", "1.0",
                LocalDate.of(2026, 12, 1), T0, recordedBy);
        StoredAssessment row = new StoredAssessment(id, summary, "{\"r\":1}", null, "{\"x\":1}",
                RowDigest.document("{\"x\":1}"), NO_INDEX);
        assessments.put(id, row);
        return row;
    }

    private AuditVerification verify() {
        return RecordVerifier.verify(events, AuditVerifier.headOf(events), rows, row -> List.of());
    }

    @Test
    void rowsThatAreTheStateTheirLatestEventRecordedProveThemselves() {
        ServiceRecord v1 = service("svc", 1);
        append(AuditAction.SERVICE_CREATED, "SERVICE", "svc", null, RowDigest.profile(v1));
        ServiceRecord v2 = service("svc", 2);
        append(AuditAction.SERVICE_UPDATED, "SERVICE", "svc", RowDigest.profile(v1), RowDigest.profile(v2));
        StoredAssessment a = assessment("a", "山田");
        append(AuditAction.ASSESSMENT_RECORDED, "ASSESSMENT", "a", null, RowDigest.assessment(a));

        AuditVerification v = verify();
        assertThat(v.problems()).isEmpty();
        assertThat(v.rowsChecked()).isEqualTo(2);
        assertThat(v.uncovered()).isZero();

        service("svc", 1); // back to version 1: not the state the latest event recorded
        assertThat(verify().problems()).extracting(AuditVerification.Problem::table, AuditVerification.Problem::key,
                AuditVerification.Problem::kind).containsExactly(tuple("cloud_service", "svc", "ROW_DIGEST_MISMATCH"));
    }

    @Test
    void aSchemaOneAssessmentIsCheckedAsFarAsItsEventGoesAndCountedAsNotCovered() {
        StoredAssessment a = assessment("old", "山田");
        append(AuditAction.ASSESSMENT_RECORDED, "ASSESSMENT", "old", null, RowDigest.legacyAssessment(a));
        StoredAssessment gone = assessment("gone", "山田");
        append(AuditAction.ASSESSMENT_RECORDED, "ASSESSMENT", "gone", null, RowDigest.legacyAssessment(gone));
        assessments.remove("gone"); // deleted with its system by schema 1, which recorded no event per assessment

        AuditVerification v = verify();
        assertThat(v.problems()).isEmpty();
        assertThat(v.uncovered()).as("not proven: counted").isEqualTo(2);

        assessment("old", "mallory");
        assertThat(verify().problems()).extracting(AuditVerification.Problem::key, AuditVerification.Problem::kind)
                .containsExactly(tuple("old", "ROW_DIGEST_MISMATCH"));
    }

    @Test
    void anAssessmentGoneWithoutItsDeletionEventIsMissingAndOneDeletedOnRequestIsNot() {
        StoredAssessment kept = assessment("deleted", "山田");
        append(AuditAction.ASSESSMENT_RECORDED, "ASSESSMENT", "deleted", null, RowDigest.assessment(kept));
        append(AuditAction.ASSESSMENT_DELETED, "ASSESSMENT", "deleted", RowDigest.assessment(kept), null);
        assessments.remove("deleted");
        StoredAssessment b = assessment("b", "山田");
        append(AuditAction.ASSESSMENT_RECORDED, "ASSESSMENT", "b", null, RowDigest.assessment(b));
        assertThat(verify().problems()).isEmpty();

        assessments.remove("b");
        assessment("forged", "mallory");
        assertThat(verify().problems()).extracting(AuditVerification.Problem::table, AuditVerification.Problem::key,
                AuditVerification.Problem::kind).containsExactly(tuple("assessment", "forged", "ROW_UNRECORDED"),
                        tuple("assessment", "b", "ROW_MISSING"));
    }

    @Test
    void rowsAreReadPageByPageAndAMismatchBeyondTheFirstPageIsFound() {
        int n = RecordVerifier.PAGE_SIZE * 2 + 7;
        for (int i = 0; i < n; i++) {
            String id = String.format("svc-%04d", i);
            append(AuditAction.SERVICE_CREATED, "SERVICE", id, null, RowDigest.profile(service(id, 1)));
        }
        assertThat(verify().problems()).isEmpty();
        assertThat(verify().rowsChecked()).isEqualTo(n);

        String late = String.format("svc-%04d", n - 2);
        service(late, 2);
        assertThat(verify().problems()).extracting(AuditVerification.Problem::key).containsExactly(late);
    }

    @Test
    void theReferencePrefixSaysWhichFormAnEventUsed() {
        StoredAssessment a = assessment("a", "山田");
        assertThat(RowDigest.assessment(a)).startsWith(RowDigest.ASSESSMENT_PREFIX);
        assertThat(RowDigest.legacyAssessment(a)).startsWith(RowDigest.PROFILE_PREFIX);
        assertThat(RowDigest.legacy(RowDigest.assessment(a))).isFalse();
        assertThat(RowDigest.legacy(RowDigest.legacyAssessment(a))).isTrue();
        assertThat(Optional.ofNullable(RowDigest.assessment(new StoredAssessment("x", null, "{}", null, null, "0",
                NO_INDEX)))).as("an unreadable row has no digest").isEmpty();
    }
}
