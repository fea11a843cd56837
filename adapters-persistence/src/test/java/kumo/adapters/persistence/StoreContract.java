package kumo.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.security.KeyPair;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kumo.application.document.Documents;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;
import kumo.application.records.Actor;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.AssessmentQuery;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.DeletedSystem;
import kumo.application.records.ExpiringEvidence;
import kumo.application.records.NewAssessment;
import kumo.application.records.Page;
import kumo.application.records.PageRequest;
import kumo.application.records.ProfileKind;
import kumo.application.records.Recorded;
import kumo.application.records.ServiceRecord;
import kumo.application.records.StoreContents;
import kumo.application.records.StoreException.Reason;
import kumo.application.records.StoreException;
import kumo.application.records.SystemRecord;
import kumo.application.records.VersionConflictException;
import kumo.application.records.audit.AuditAction;
import kumo.application.records.audit.AuditChain;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.Checkpoint;
import kumo.application.records.audit.CheckpointKeys;
import kumo.application.records.audit.Checkpoints;
import kumo.application.records.port.out.Store;
import kumo.application.records.service.AuditAnchorService;

/**
 * The store's contract (the javadoc of {@code Store} and its parts), run against a real SQLite file and a real
 * PostgreSQL server by the subclasses.
 */
abstract class StoreContract {

    static final Actor ALICE = new Actor("情報管理者 山田");
    static final Actor BOB = new Actor("bob");
    static final Instant T0 = Instant.parse("2026-11-28T03:00:00.123456789Z");

    final JooqStoreOpener opener = new JooqStoreOpener();
    final List<Store> opened = new ArrayList<>();
    String location;
    JooqStore store;

    /** The location of a new, empty store (nothing created there yet, or an empty database). */
    abstract String freshLocation() throws Exception;

    /** A plain JDBC connection to the database at {@code location}, behind the store's back. */
    abstract Connection raw(String location) throws SQLException;

    @BeforeEach
    void openStore() throws Exception {
        location = freshLocation();
        store = open(location);
    }

    @AfterEach
    void closeStores() {
        opened.forEach(Store::close);
    }

    JooqStore open(String where) {
        JooqStore s = opener.openStore(where);
        opened.add(s);
        return s;
    }

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    static CloudServiceProfileDto service(int i) {
        return Examples.all().get(i % Examples.all().size()).request().service();
    }

    static SystemProfileDto system(int i) {
        return Examples.all().get(i % Examples.all().size()).request().system();
    }

    static NewAssessment assessment(String id, String systemId, String serviceId, String verdict, LocalDate expiry) {
        return Examples.assessment(id, systemId, serviceId, Examples.withVerdict(verdict), expiry);
    }

    // ---------------------------------------------------------------- empty store

    @Test
    void aNewStoreIsEmptyWithoutAuditHead() {
        assertThat(store.isEmpty()).isTrue();
        assertThat(store.auditHead()).isEmpty();
        assertThat(store.auditEvents(1, 10)).isEmpty();
        assertThat(store.listProfiles(ProfileKind.SERVICE, PageRequest.first()).total()).isZero();
        assertThat(store.location()).isNotBlank().doesNotContain("password");
    }

    @Test
    void reopeningKeepsEverything() {
        store.saveProfile(ProfileKind.SERVICE, "svc", service(0), null, ALICE, at(0));
        store.close();
        JooqStore again = open(location);
        assertThat(again.findProfile(ProfileKind.SERVICE, "svc")).get().extracting(ServiceRecord::version).isEqualTo(1L);
        assertThat(again.auditHead()).get().extracting(h -> h.seq()).isEqualTo(1L);
    }

    // ---------------------------------------------------------------- services and systems

    @Test
    void aServiceIsCreatedUpdatedAndReadBackExactly() {
        ServiceRecord created = store.saveProfile(ProfileKind.SERVICE, "クラウドA", service(0), null, ALICE, T0);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.updatedAt()).isEqualTo(AuditChain.storable(T0));
        assertThat(store.findProfile(ProfileKind.SERVICE, "クラウドA")).contains(created);
        assertThat(Documents.canonicalJson(store.findProfile(ProfileKind.SERVICE, "クラウドA").orElseThrow().profile()))
                .isEqualTo(Documents.canonicalJson(service(0)));

        ServiceRecord updated = store.saveProfile(ProfileKind.SERVICE, "クラウドA", service(1), 1L, BOB, at(60));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(store.findProfile(ProfileKind.SERVICE, "クラウドA")).contains(updated);
        assertThat(store.isEmpty()).isFalse();

        List<AuditEvent> events = store.auditEvents(1, 100);
        assertThat(events).extracting(AuditEvent::action)
                .containsExactly(AuditAction.SERVICE_CREATED, AuditAction.SERVICE_UPDATED);
        assertThat(events.get(0).beforeRef()).isNull();
        assertThat(events.get(0).afterRef()).isEqualTo(AuditChain.reference(Documents.canonicalJson(created)));
        assertThat(events.get(1).beforeRef()).as("the update's before is the creation's after")
                .isEqualTo(events.get(0).afterRef());
        assertThat(events.get(1).afterRef()).isEqualTo(AuditChain.reference(Documents.canonicalJson(updated)));
        assertThat(events.get(1).actor()).isEqualTo("bob");
        assertThat(events.get(1).entityType()).isEqualTo("SERVICE");
        assertThat(events.get(1).at()).isEqualTo(at(60).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(Chain.problems(store)).isEmpty();
    }

    @Test
    void creatingOverAnExistingRowIsAConflictAndWritesNothing() {
        store.saveProfile(ProfileKind.SERVICE, "svc", service(0), null, ALICE, T0);
        VersionConflictException e = catchThrowableOfType(VersionConflictException.class,
                () -> store.saveProfile(ProfileKind.SERVICE, "svc", service(1), null, BOB, at(1)));
        assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
        assertThat(e.expectedVersion()).isNull();
        assertThat(e.storedVersion()).isEqualTo(1L);
        assertThat(e.entityType()).isEqualTo("SERVICE");
        assertThat(e.text().ja()).contains("svc");
        assertThat(store.findProfile(ProfileKind.SERVICE, "svc").orElseThrow().updatedBy()).isEqualTo(ALICE.name());
        assertThat(store.auditEvents(1, 100)).hasSize(1);
    }

    @Test
    void aStaleVersionIsAConflictNamingTheStoredOne() {
        store.saveProfile(ProfileKind.SYSTEM, "sys", system(0), null, ALICE, T0);
        store.saveProfile(ProfileKind.SYSTEM, "sys", system(1), 1L, ALICE, at(1));
        VersionConflictException e = catchThrowableOfType(VersionConflictException.class,
                () -> store.saveProfile(ProfileKind.SYSTEM, "sys", system(2), 1L, BOB, at(2)));
        assertThat(e.expectedVersion()).isEqualTo(1L);
        assertThat(e.storedVersion()).isEqualTo(2L);
        assertThat(e.entityType()).isEqualTo("SYSTEM");
        SystemRecord stored = store.findProfile(ProfileKind.SYSTEM, "sys").orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(Documents.canonicalJson(stored.profile())).isEqualTo(Documents.canonicalJson(system(1)));
        assertThat(store.auditEvents(1, 100)).hasSize(2);
    }

    @Test
    void savingADeletedRowIsAConflictWithoutStoredVersion() {
        store.saveProfile(ProfileKind.SYSTEM, "sys", system(0), null, ALICE, T0);
        store.deleteSystem("sys", 1L, "request #12", ALICE, at(1));
        VersionConflictException e = catchThrowableOfType(VersionConflictException.class,
                () -> store.saveProfile(ProfileKind.SYSTEM, "sys", system(0), 1L, BOB, at(2)));
        assertThat(e.storedVersion()).isNull();
        assertThat(store.findProfile(ProfileKind.SYSTEM, "sys")).isEmpty();
        VersionConflictException missingService = catchThrowableOfType(VersionConflictException.class,
                () -> store.saveProfile(ProfileKind.SERVICE, "never", service(0), 3L, BOB, at(2)));
        assertThat(missingService.storedVersion()).isNull();
        assertThat(store.findProfile(ProfileKind.SERVICE, "never")).isEmpty();
    }

    @Test
    void listingsArePagedByIdWithTotals() {
        for (String id : List.of("d", "b", "e", "a", "c")) {
            store.saveProfile(ProfileKind.SERVICE, id, service(0), null, ALICE, T0);
            store.saveProfile(ProfileKind.SYSTEM, "sys-" + id, system(0), null, ALICE, T0);
        }
        Page<ServiceRecord> first = store.listProfiles(ProfileKind.SERVICE, new PageRequest(1, 2));
        assertThat(first.items()).extracting(ServiceRecord::id).containsExactly("a", "b");
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hasNext()).isTrue();
        Page<ServiceRecord> third = store.listProfiles(ProfileKind.SERVICE, new PageRequest(3, 2));
        assertThat(third.items()).extracting(ServiceRecord::id).containsExactly("e");
        assertThat(third.hasNext()).isFalse();
        assertThat(store.listProfiles(ProfileKind.SERVICE, new PageRequest(4, 2)).items()).isEmpty();
        assertThat(store.listProfiles(ProfileKind.SYSTEM, new PageRequest(1, 3)).items()).extracting(SystemRecord::id)
                .containsExactly("sys-a", "sys-b", "sys-c");
        assertThat(store.listProfiles(ProfileKind.SYSTEM, new PageRequest(1, 3)).total()).isEqualTo(5);
    }

    @Test
    void keysSortByCodePointOnBothEngines() {
        for (String id : List.of("b", "B", "神戸", "a", "Z")) {
            store.saveProfile(ProfileKind.SERVICE, id, service(0), null, ALICE, T0);
        }
        assertThat(store.listProfiles(ProfileKind.SERVICE, PageRequest.first()).items()).extracting(ServiceRecord::id)
                .containsExactly("B", "Z", "a", "b", "神戸");
    }

    // ---------------------------------------------------------------- assessments

    @Test
    void recordingCreatesMissingRowsLinksPreviousAndKeepsDocumentsExactly() {
        NewAssessment first = assessment("a1", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 3, 31));
        AssessmentSummary s1 = store.recordAssessment(first, ALICE, T0);
        assertThat(s1.previousId()).isNull();
        assertThat(s1.recordedAt()).isEqualTo(AuditChain.storable(T0));
        assertThat(store.findProfile(ProfileKind.SYSTEM, "sys")).get().extracting(SystemRecord::version).isEqualTo(1L);
        assertThat(store.findProfile(ProfileKind.SERVICE, "svc")).get().extracting(ServiceRecord::version).isEqualTo(1L);
        assertThat(store.auditEvents(1, 10)).extracting(AuditEvent::action).containsExactly(
                AuditAction.SYSTEM_CREATED, AuditAction.SERVICE_CREATED, AuditAction.ASSESSMENT_RECORDED);

        AssessmentSummary s2 = store.recordAssessment(assessment("a2", "sys", "svc", "CONDITIONAL",
                LocalDate.of(2027, 6, 30)), BOB, at(10));
        assertThat(s2.previousId()).isEqualTo("a1");
        assertThat(store.auditEvents(4, 10)).extracting(AuditEvent::action)
                .containsExactly(AuditAction.ASSESSMENT_RECORDED);

        AssessmentRecord found = store.findAssessment("a1").orElseThrow();
        assertThat(found.summary()).isEqualTo(s1);
        assertThat(found.requestJson()).isEqualTo(first.requestJson());
        assertThat(found.resultJson()).isEqualTo(first.resultJson());
        assertThat(found.summary().assessmentDate()).isEqualTo(first.assessmentDate());
        assertThat(found.summary().catalogueVersion()).isEqualTo(first.catalogueVersion());
        assertThat(store.findAssessment("nope")).isEmpty();
        assertThat(Chain.problems(store)).isEmpty();
    }

    @Test
    void anAssessmentExpectingAnotherLatestIsRefusedInsideTheWriteAndWritesNothing() {
        NewAssessment first = assessment("a1", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 3, 31));
        store.recordAssessment(first, ALICE, T0);
        store.recordAssessment(assessment("a2", "sys", "svc", "CONDITIONAL", LocalDate.of(2027, 6, 30)), BOB, at(10));
        NewAssessment a3 = assessment("a3", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 6, 30));
        NewAssessment onStale = new NewAssessment(a3.id(), a3.systemId(), a3.serviceId(), a3.system(), a3.service(),
                a3.verdict(), a3.catalogueVersion(), a3.assessmentDate(), a3.requestJson(), a3.resultJson(), a3.index(),
                "a1");
        kumo.application.records.StaleAssessmentException e = catchThrowableOfType(
                kumo.application.records.StaleAssessmentException.class, () -> store.recordAssessment(onStale, BOB, at(20)));
        assertThat(e.latestId()).isEqualTo("a2");
        assertThat(store.findAssessment("a3")).isEmpty();

        NewAssessment onLatest = new NewAssessment(a3.id(), a3.systemId(), a3.serviceId(), a3.system(), a3.service(),
                a3.verdict(), a3.catalogueVersion(), a3.assessmentDate(), a3.requestJson(), a3.resultJson(), a3.index(),
                "a2");
        assertThat(store.recordAssessment(onLatest, BOB, at(30)).previousId()).isEqualTo("a2");
        assertThat(Chain.problems(store)).isEmpty();
    }

    @Test
    void recordingWithoutAProfileForAMissingRowOrUnderAnExistingIdWritesNothing() {
        NewAssessment ok = assessment("a1", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1));
        NewAssessment noSystem = new NewAssessment("a2", "other", "svc", null, ok.service(), ok.verdict(),
                ok.catalogueVersion(), ok.assessmentDate(), ok.requestJson(), ok.resultJson(), ok.index());
        StoreException missing = catchThrowableOfType(StoreException.class,
                () -> store.recordAssessment(noSystem, ALICE, T0));
        assertThat(missing.reason()).isEqualTo(Reason.INVALID);
        assertThat(missing.text().en()).contains("other");
        assertThat(store.isEmpty()).isTrue();

        store.recordAssessment(ok, ALICE, T0);
        NewAssessment again = assessment("a1", "sys2", "svc2", "ELIGIBLE", LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> store.recordAssessment(again, ALICE, at(1)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID));
        assertThat(store.findProfile(ProfileKind.SYSTEM, "sys2")).as("the system row of the refused recording").isEmpty();
        assertThat(store.auditEvents(1, 100)).hasSize(3);
    }

    @Test
    void aBatchIsRecordedInOrderInOneTransactionLinkingWithinTheBatch() {
        store.recordAssessment(assessment("a0", "sys", "svc", "INCOMPLETE", LocalDate.of(2027, 1, 1)), ALICE, T0);
        List<AssessmentSummary> stored = store.recordAssessments(List.of(
                assessment("a1", "sys", "svc", "CONDITIONAL", LocalDate.of(2027, 1, 1)),
                assessment("b1", "other", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1)),
                assessment("a2", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1))), BOB, at(5));

        assertThat(stored).extracting(AssessmentSummary::id).containsExactly("a1", "b1", "a2");
        assertThat(stored).extracting(AssessmentSummary::previousId).containsExactly("a0", null, "a1");
        assertThat(store.findAssessment("a2").orElseThrow().resultJson())
                .isEqualTo(assessment("a2", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1)).resultJson());
        assertThat(store.auditEvents(1, 100)).extracting(AuditEvent::action).containsExactly(
                AuditAction.SYSTEM_CREATED, AuditAction.SERVICE_CREATED, AuditAction.ASSESSMENT_RECORDED,
                AuditAction.ASSESSMENT_RECORDED, AuditAction.SYSTEM_CREATED, AuditAction.ASSESSMENT_RECORDED,
                AuditAction.ASSESSMENT_RECORDED);
        assertThat(Chain.problems(store)).isEmpty();
    }

    @Test
    void aBatchWithOneBadAssessmentStoresNoneOfIt() {
        store.recordAssessment(assessment("a0", "sys", "svc", "INCOMPLETE", LocalDate.of(2027, 1, 1)), ALICE, T0);
        long events = store.auditHead().orElseThrow().seq();

        assertThatThrownBy(() -> store.recordAssessments(List.of(
                assessment("n1", "new-system", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1)),
                assessment("a0", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1))), BOB, at(5)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID));
        assertThatThrownBy(() -> store.recordAssessments(List.of(
                assessment("n2", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1)),
                assessment("n2", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1))), BOB, at(6)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.text().en()).contains("n2"));

        assertThat(store.findAssessment("n1")).isEmpty();
        assertThat(store.findAssessment("n2")).isEmpty();
        assertThat(store.findProfile(ProfileKind.SYSTEM, "new-system")).as("created inside the refused batch").isEmpty();
        assertThat(store.auditHead().orElseThrow().seq()).isEqualTo(events);
        assertThat(Chain.problems(store)).isEmpty();
    }

    @Test
    void assessmentsAreListedNewestFirstAndFiltered() {
        store.recordAssessment(assessment("a1", "s1", "c1", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, at(1));
        store.recordAssessment(assessment("a2", "s2", "c1", "PROHIBITED", LocalDate.of(2027, 1, 1)), ALICE, at(2));
        store.recordAssessment(assessment("a3", "s1", "c2", "PROHIBITED", LocalDate.of(2027, 1, 1)), ALICE, at(3));
        store.recordAssessment(assessment("a5", "s2", "c2", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, at(4));
        store.recordAssessment(assessment("a4", "s2", "c2", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, at(4));

        Page<AssessmentSummary> all = store.listAssessments(AssessmentQuery.all(), new PageRequest(1, 3));
        assertThat(all.items()).extracting(AssessmentSummary::id).containsExactly("a5", "a4", "a3");
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.hasNext()).isTrue();
        assertThat(store.listAssessments(AssessmentQuery.all(), new PageRequest(2, 3)).items())
                .extracting(AssessmentSummary::id).containsExactly("a2", "a1");
        assertThat(ids(new AssessmentQuery("s1", null, null))).containsExactly("a3", "a1");
        assertThat(ids(new AssessmentQuery(null, "c1", null))).containsExactly("a2", "a1");
        assertThat(ids(new AssessmentQuery(null, null, "PROHIBITED"))).containsExactly("a3", "a2");
        assertThat(ids(new AssessmentQuery("s2", "c2", "ELIGIBLE"))).containsExactly("a5", "a4");
        assertThat(store.listAssessments(new AssessmentQuery(null, null, "INCOMPLETE"), PageRequest.first()).total())
                .isZero();
        assertThat(store.findAssessment("a4").orElseThrow().summary().previousId())
                .as("the system's latest before it (same time: higher id sorts later)").isEqualTo("a5");
    }

    private List<String> ids(AssessmentQuery query) {
        return store.listAssessments(query, PageRequest.first()).items().stream().map(AssessmentSummary::id).toList();
    }

    @Test
    void expiringEvidenceCountsOnlyEachSystemsLatestAssessment() {
        store.recordAssessment(assessment("old", "s1", "c1", "ELIGIBLE", LocalDate.of(2026, 1, 31)), ALICE, at(1));
        store.recordAssessment(assessment("new", "s1", "c1", "ELIGIBLE", LocalDate.of(2027, 5, 31)), ALICE, at(2));
        store.recordAssessment(assessment("other", "s2", "c1", "CONDITIONAL", LocalDate.of(2027, 2, 28)), ALICE, at(3));
        store.recordAssessment(assessment("far", "s3", "c1", "CONDITIONAL", LocalDate.MAX.minusDays(2)), ALICE, at(4));

        List<ExpiringEvidence> expiring = store.evidenceExpiringBy(LocalDate.of(2027, 5, 31));
        assertThat(expiring).extracting(e -> e.assessment().id() + ":" + e.evidence().kind() + ":" + e.evidence().expiresOn())
                .containsExactly("other:ISMAP_REGISTRATION:2027-02-28", "other:RISK_ACCEPTANCE:2027-03-01",
                        "new:ISMAP_REGISTRATION:2027-05-31");
        assertThat(expiring.get(0).assessment().systemId()).isEqualTo("s2");
        assertThat(expiring.get(0).evidence().reference()).isEqualTo("C-2027-02-28");
        assertThat(store.evidenceExpiringBy(LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(store.evidenceExpiringBy(LocalDate.MAX)).extracting(e -> e.assessment().id())
                .containsExactly("other", "other", "new", "new", "far", "far");
    }

    @Test
    void riskDecisionsAndConsultationsComeOldestAssessmentFirst() {
        store.recordAssessment(assessment("a1", "s1", "c1", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, at(1));
        store.recordAssessment(assessment("x", "s2", "c1", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, at(2));
        store.recordAssessment(assessment("a0", "s1", "c1", "ELIGIBLE", LocalDate.of(2028, 1, 1)), ALICE, at(3));

        List<Recorded<AssessmentIndex.RiskDecisionRow>> decisions = store.riskDecisions("s1");
        assertThat(decisions).extracting(r -> r.assessmentId() + ":" + r.row().riskId())
                .containsExactly("a1:R05", "a1:R07", "a0:R05", "a0:R07");
        assertThat(decisions.get(0).row()).isEqualTo(Examples.index(LocalDate.of(2027, 1, 1)).riskDecisions().get(0));
        assertThat(decisions.get(1).row()).isEqualTo(new AssessmentIndex.RiskDecisionRow("R07", "MITIGATE", null, null, null));
        List<Recorded<AssessmentIndex.ConsultationRow>> consultations = store.consultations("s1");
        assertThat(consultations).extracting(Recorded::assessmentId).containsExactly("a1", "a0");
        assertThat(consultations.get(0).row()).isEqualTo(Examples.index(LocalDate.of(2027, 1, 1)).consultations().get(0));
        assertThat(store.riskDecisions("nobody")).isEmpty();
    }

    @Test
    void deletingASystemRemovesItsRecordsKeepsSharedServicesAndTheAuditTrail() {
        store.recordAssessment(assessment("a1", "gone", "shared", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, at(1));
        store.recordAssessment(assessment("a2", "gone", "shared", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, at(2));
        store.recordAssessment(assessment("b1", "kept", "shared", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, at(3));
        SystemRecord before = store.findProfile(ProfileKind.SYSTEM, "gone").orElseThrow();
        long eventsBefore = store.auditEvents(1, 1000).size();

        assertThatThrownBy(() -> store.deleteSystem("gone", 7L, "wrong version", ALICE, at(4)))
                .isInstanceOf(VersionConflictException.class);
        DeletedSystem deleted = store.deleteSystem("gone", null, "開示請求 R8-123 による削除", BOB, at(5));

        assertThat(deleted.systemId()).isEqualTo("gone");
        assertThat(deleted.version()).isEqualTo(1);
        assertThat(deleted.assessments()).isEqualTo(2);
        assertThat(deleted.event().action()).isEqualTo(AuditAction.SYSTEM_DELETED);
        assertThat(deleted.event().detail()).isEqualTo("開示請求 R8-123 による削除");
        assertThat(deleted.event().beforeRef()).isEqualTo(AuditChain.reference(Documents.canonicalJson(before)));
        assertThat(deleted.event().afterRef()).isNull();
        assertThat(store.findProfile(ProfileKind.SYSTEM, "gone")).isEmpty();
        assertThat(store.findAssessment("a1")).isEmpty();
        assertThat(store.findAssessment("a2")).isEmpty();
        assertThat(store.riskDecisions("gone")).isEmpty();
        assertThat(store.consultations("gone")).isEmpty();
        assertThat(store.evidenceExpiringBy(LocalDate.MAX)).extracting(e -> e.assessment().id()).containsOnly("b1");
        assertThat(store.findProfile(ProfileKind.SERVICE, "shared")).isPresent();
        assertThat(store.findAssessment("b1")).isPresent();
        List<AuditEvent> events = store.auditEvents(1, 1000);
        // each assessment's deletion, then the system's
        assertThat(events).hasSize((int) eventsBefore + 3);
        assertThat(events.subList((int) eventsBefore, events.size())).extracting(AuditEvent::action, AuditEvent::entityId)
                .containsExactly(tuple(AuditAction.ASSESSMENT_DELETED, "a1"), tuple(AuditAction.ASSESSMENT_DELETED, "a2"),
                        tuple(AuditAction.SYSTEM_DELETED, "gone"));
        assertThat(events).filteredOn(e -> e.entityId().equals("a1")).extracting(AuditEvent::action)
                .containsExactly(AuditAction.ASSESSMENT_RECORDED, AuditAction.ASSESSMENT_DELETED);
        assertThat(events.get((int) eventsBefore).beforeRef()).as("the deleted row's digest, as recorded")
                .isEqualTo(events.stream().filter(e -> e.entityId().equals("a1")).findFirst().orElseThrow().afterRef());
        assertThat(Chain.problems(store)).isEmpty();

        StoreException missing = catchThrowableOfType(StoreException.class,
                () -> store.deleteSystem("gone", null, "again", BOB, at(6)));
        assertThat(missing.reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(missing.text().ja()).contains("gone");
        assertThat(store.auditEvents(1, 1000)).as("nothing appended by the refused delete").hasSize(events.size());
    }

    // ---------------------------------------------------------------- audit trail

    @Test
    void theAuditChainLinksEveryEventAndTheHeadRecordsItsEnd() {
        store.saveProfile(ProfileKind.SERVICE, "svc", service(0), null, ALICE, at(1));
        store.recordAssessment(assessment("a1", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, at(2));
        store.saveProfile(ProfileKind.SYSTEM, "sys", system(3), 1L, BOB, at(3));
        List<AuditEvent> events = store.auditEvents(1, 100);
        assertThat(events).extracting(AuditEvent::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).previousHash()).isEqualTo(events.get(i - 1).hash());
        }
        events.forEach(e -> assertThat(AuditChain.expectedHash(e)).isEqualTo(e.hash()));
        assertThat(store.auditHead()).get().satisfies(h -> {
            assertThat(h.seq()).isEqualTo(4);
            assertThat(h.hash()).isEqualTo(events.get(3).hash());
        });
        assertThat(store.auditEvents(3, 1)).extracting(AuditEvent::seq).containsExactly(3L);
        assertThat(store.auditEvents(5, 10)).isEmpty();
        assertThat(Chain.problems(store)).isEmpty();
    }

    @Test
    void alteringAStoredAuditRowIsDetected() throws SQLException {
        fillAudit(5);
        tamper("UPDATE audit_event SET actor = 'mallory' WHERE seq = 3");
        assertThat(Chain.problems(store)).containsExactly("HASH_MISMATCH@3");
        assertThat(store.auditEvents(3, 1).get(0).actor()).isEqualTo("mallory");
    }

    @Test
    void alteringADetailIsDetected() throws SQLException {
        fillAudit(5);
        tamper("UPDATE audit_event SET detail = 'nothing happened' WHERE seq = 5");
        assertThat(Chain.problems(store)).containsExactly("HASH_MISMATCH@5");
    }

    @Test
    void removingAMiddleEventIsDetected() throws SQLException {
        fillAudit(5);
        tamper("DELETE FROM audit_event WHERE seq = 2");
        assertThat(Chain.problems(store)).containsExactly("SEQ_GAP@3", "LINK_MISMATCH@3");
    }

    @Test
    void removingTheTailIsDetectedByTheHead() throws SQLException {
        fillAudit(5);
        tamper("DELETE FROM audit_event WHERE seq >= 4");
        assertThat(store.auditEvents(1, 100)).hasSize(3);
        assertThat(Chain.problems(store)).containsExactly("HEAD_MISMATCH@5");
    }

    private void fillAudit(int saves) {
        store.saveProfile(ProfileKind.SERVICE, "svc", service(0), null, ALICE, at(0));
        for (int i = 1; i < saves; i++) {
            store.saveProfile(ProfileKind.SERVICE, "svc", service(i), (long) i, ALICE, at(i));
        }
        assertThat(Chain.problems(store)).isEmpty();
    }

    private void tamper(String sql) throws SQLException {
        try (Connection c = raw(location); PreparedStatement s = c.prepareStatement(sql)) {
            assertThat(s.executeUpdate()).isPositive();
        }
    }

    // ---------------------------------------------------------------- signed checkpoints (issue 8)

    static final KeyPair KEYS = CheckpointKeys.generate();

    private AuditAnchorService anchor(JooqStore on, int seconds) {
        return new AuditAnchorService(on, on, Clock.fixed(at(seconds), java.time.ZoneOffset.UTC));
    }

    private List<String> checkpointProblems(List<PublicKey> keys, Checkpoint... kept) {
        return anchor(store, 99).verify(keys, Arrays.stream(kept).map(c -> new Checkpoints.Located(c, "kept.json"))
                .toList(), Optional.empty()).problems().stream().map(p -> p.kind() + "@" + p.key()).toList();
    }

    /** Re-hashes the chain from {@code seq} on with plain SQL, after changing that event's detail; moves the head. */
    private void rehashFrom(long seq, String detail) throws SQLException {
        List<AuditEvent> events = store.auditEvents(1, 1000);
        String previous = seq == 1 ? AuditChain.GENESIS : events.get((int) seq - 2).hash();
        try (Connection c = raw(location)) {
            for (AuditEvent e : events.subList((int) seq - 1, events.size())) {
                String d = e.seq() == seq ? detail : e.detail();
                String hash = AuditChain.hash(previous, e.seq(), e.at(), e.actor(), e.action(), e.entityType(),
                        e.entityId(), e.beforeRef(), e.afterRef(), d);
                try (PreparedStatement u = c.prepareStatement(
                        "UPDATE audit_event SET detail = ?, previous_hash = ?, hash = ? WHERE seq = ?")) {
                    u.setString(1, d);
                    u.setString(2, previous);
                    u.setString(3, hash);
                    u.setLong(4, e.seq());
                    assertThat(u.executeUpdate()).isOne();
                }
                previous = hash;
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = 1")) {
                u.setString(1, previous);
                assertThat(u.executeUpdate()).isOne();
            }
        }
    }

    @Test
    void aCheckpointIsStoredAsSignedKeptOnReopeningAndCopiedByRestore() throws Exception {
        fillAudit(3);
        Checkpoint c = anchor(store, 10).checkpoint(KEYS.getPrivate()).checkpoint();
        assertThat(c.seq()).isEqualTo(3);
        assertThat(store.checkpoints()).containsExactly(c);
        assertThat(open(location).checkpoints()).containsExactly(c);
        assertThat(checkpointProblems(List.of(KEYS.getPublic()))).isEmpty();
        assertThat(store.isEmpty()).isFalse();

        StoreContents contents = store.contents();
        assertThat(contents.checkpoints()).containsExactly(c);
        JooqStore copy = open(freshLocation());
        copy.restore(contents, Map.of());
        assertThat(copy.checkpoints()).containsExactly(c);
        assertThat(copy.contents()).isEqualTo(contents);
    }

    @Test
    void aReHashedChainPassesTheChainCheckAndIsCaughtByTheCheckpoint() throws SQLException {
        fillAudit(5);
        anchor(store, 10).checkpoint(KEYS.getPrivate());
        rehashFrom(2, "version 99");
        assertThat(Chain.problems(store)).isEmpty();
        assertThat(checkpointProblems(List.of())).isEmpty();
        assertThat(checkpointProblems(List.of(KEYS.getPublic()))).containsExactly("CHECKPOINT_MISMATCH@5");
    }

    @Test
    void aCutTailWithTheHeadMovedBackPassesTheChainCheckAndIsCaughtByTheCheckpoint() throws SQLException {
        fillAudit(5);
        anchor(store, 10).checkpoint(KEYS.getPrivate());
        String third = store.auditEvents(3, 1).get(0).hash();
        tamper("DELETE FROM audit_event WHERE seq >= 4");
        tamper("UPDATE audit_head SET seq = 3, hash = '" + third + "' WHERE id = 1");
        assertThat(Chain.problems(store)).isEmpty();
        assertThat(checkpointProblems(List.of())).isEmpty();
        assertThat(checkpointProblems(List.of(KEYS.getPublic()))).containsExactly("CHECKPOINT_BEYOND_HEAD@5");
    }

    @Test
    void anAlteredStoredCheckpointIsForged() throws SQLException {
        fillAudit(5);
        anchor(store, 10).checkpoint(KEYS.getPrivate());
        anchor(store, 11).checkpoint(KEYS.getPrivate());
        tamper("UPDATE audit_checkpoint SET seq = 4 WHERE signed_at = '" + AuditChain.timestamp(at(11)) + "'");
        assertThat(checkpointProblems(List.of(KEYS.getPublic()))).containsExactly("CHECKPOINT_FORGED@4");
    }

    @Test
    void aCheckpointKeptOutsideProvesTheChainAfterTheTableWasEmptied() throws SQLException {
        fillAudit(5);
        Checkpoint kept = anchor(store, 10).checkpoint(KEYS.getPrivate()).checkpoint();
        tamper("DELETE FROM audit_checkpoint");
        rehashFrom(1, "version 0");
        assertThat(Chain.problems(store)).isEmpty();
        assertThat(checkpointProblems(List.of(KEYS.getPublic()))).containsExactly("CHECKPOINT_NONE@5");
        assertThat(checkpointProblems(List.of(KEYS.getPublic()), kept)).containsExactly("CHECKPOINT_MISMATCH@5");
    }

    // ---------------------------------------------------------------- export and import

    @Test
    void contentsRestoredIntoAnEmptyStoreGiveTheSameContents() throws Exception {
        Map<String, AssessmentIndex> indexes = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            NewAssessment a = assessment("a" + i, "sys" + (i % 2), "svc" + (i % 3), i % 2 == 0 ? "ELIGIBLE" : "PROHIBITED",
                    LocalDate.of(2027, 1, 1).plusDays(i));
            store.recordAssessment(a, ALICE, at(i));
            indexes.put(a.id(), a.index());
        }
        store.saveProfile(ProfileKind.SERVICE, "svc0", service(4), 1L, BOB, at(10));
        store.saveProfile(ProfileKind.SERVICE, "solo", service(5), null, BOB, at(11));
        store.recordAssessment(assessment("d", "doomed", "svc0", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, at(12));
        store.deleteSystem("doomed", null, "on request", ALICE, at(13));
        StoreContents contents = store.contents();
        assertThat(contents.assessments()).extracting(a -> a.summary().id()).containsExactly("a0", "a1", "a2", "a3", "a4", "a5");
        assertThat(contents.services()).extracting(ServiceRecord::id).containsExactly("solo", "svc0", "svc1", "svc2");

        JooqStore copy = open(freshLocation());
        copy.restore(contents, indexes);
        StoreContents restored = copy.contents();
        assertThat(Documents.canonicalJson(restored)).isEqualTo(Documents.canonicalJson(contents));
        assertThat(restored).isEqualTo(contents);
        assertThat(copy.auditHead()).isEqualTo(store.auditHead());
        assertThat(Chain.problems(copy)).isEmpty();
        assertThat(copy.riskDecisions("sys0")).isEqualTo(store.riskDecisions("sys0"));
        assertThat(copy.evidenceExpiringBy(LocalDate.MAX)).isEqualTo(store.evidenceExpiringBy(LocalDate.MAX));
        assertThat(copy.findAssessment("a3").orElseThrow().summary().previousId()).isEqualTo("a1");

        StoreException refused = catchThrowableOfType(StoreException.class, () -> copy.restore(contents, indexes));
        assertThat(refused.reason()).isEqualTo(Reason.NOT_EMPTY);
        assertThat(copy.contents()).isEqualTo(contents);
    }

    @Test
    void restoreRefusesIncompleteDataAndWritesNothing() throws Exception {
        NewAssessment a = assessment("a1", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1));
        store.recordAssessment(a, ALICE, T0);
        StoreContents contents = store.contents();
        JooqStore copy = open(freshLocation());
        StoreException noIndex = catchThrowableOfType(StoreException.class, () -> copy.restore(contents, Map.of()));
        assertThat(noIndex.reason()).isEqualTo(Reason.INVALID);
        assertThat(noIndex.text().en()).contains("a1");
        assertThat(copy.isEmpty()).isTrue();
        StoreContents noSystems = new StoreContents(contents.services(), List.of(), contents.assessments(),
                contents.auditEvents());
        assertThatThrownBy(() -> copy.restore(noSystems, Map.of("a1", a.index())))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID));
        assertThat(copy.isEmpty()).isTrue();
        assertThat(copy.auditHead()).isEmpty();
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void concurrentSavesOfOneVersionLetExactlyOneWin() throws Exception {
        store.saveProfile(ProfileKind.SERVICE, "svc", service(0), null, ALICE, T0);
        int writers = 6;
        List<Future<Object>> outcomes = race(writers, i -> () -> store.saveProfile(ProfileKind.SERVICE, "svc", service(i), 1L,
                new Actor("writer-" + i), at(i + 1)));
        int wins = 0;
        Set<Long> storedVersions = new HashSet<>();
        for (Future<Object> f : outcomes) {
            Object outcome = f.get();
            if (outcome instanceof ServiceRecord) {
                wins++;
            } else {
                assertThat(outcome).isInstanceOf(VersionConflictException.class);
                storedVersions.add(((VersionConflictException) outcome).storedVersion());
            }
        }
        assertThat(wins).isEqualTo(1);
        assertThat(storedVersions).containsExactly(2L);
        assertThat(store.findProfile(ProfileKind.SERVICE, "svc").orElseThrow().version()).isEqualTo(1 + wins);
        assertThat(store.auditEvents(1, 100)).hasSize(1 + wins);
        assertThat(Chain.problems(store)).isEmpty();
    }

    @Test
    void concurrentRecordingsOfOneSystemFormOneChain() throws Exception {
        store.recordAssessment(assessment("a00", "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, T0);
        int writers = 8;
        List<Future<Object>> outcomes = race(writers, i -> () -> store.recordAssessment(
                assessment("a" + (10 + i), "sys", "svc", "ELIGIBLE", LocalDate.of(2027, 1, 1)), ALICE, at(10)));
        for (Future<Object> f : outcomes) {
            assertThat(f.get()).isInstanceOf(AssessmentSummary.class);
        }
        List<AssessmentSummary> all = store.listAssessments(new AssessmentQuery("sys", null, null), PageRequest.first()).items();
        assertThat(all).hasSize(writers + 1);
        Set<String> previous = new HashSet<>();
        all.forEach(s -> previous.add(s.previousId()));
        assertThat(previous).as("every assessment has its own predecessor: no fork").hasSize(writers + 1);
        assertThat(Chain.problems(store)).isEmpty();
    }

    interface Attempt {
        Callable<Object> of(int writer);
    }

    /** Runs {@code writers} attempts released together; each outcome is the result or the exception thrown. */
    static List<Future<Object>> race(int writers, Attempt attempt) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch ready = new CountDownLatch(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                Callable<Object> call = attempt.of(i);
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return call.call();
                    } catch (StoreException e) {
                        return e;
                    }
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    // ---------------------------------------------------------------- lifecycle

    @Test
    void aClosedStoreRefusesCalls() {
        store.close();
        StoreException e = catchThrowableOfType(StoreException.class, () -> store.findProfile(ProfileKind.SERVICE, "x"));
        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(e.text().ja()).isNotBlank();
        assertThat(e.text().en()).contains("closed");
    }
}
