package kumo.application.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import kumo.application.document.Documents;
import kumo.application.document.InvalidDocumentException;
import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;
import kumo.application.records.audit.AuditAction;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.port.in.RecordAssessmentUseCase.AssessmentToRecord;
import kumo.application.records.port.in.RecordAssessmentUseCase;
import kumo.application.records.port.in.StoreSession;
import kumo.application.records.service.AssessmentIndexer;

class RecordsUseCasesTest {

    /** 15:30 UTC on 30 November is 00:30 on 1 December in Kobe. */
    private static final Instant START = Instant.parse("2026-11-30T15:30:00.123456789Z");
    private static final LocalDate TODAY_IN_KOBE = LocalDate.of(2026, 12, 1);

    private final InMemoryStore store = new InMemoryStore();
    private final Fixtures.MovableClock clock = new Fixtures.MovableClock(START);
    private int ids;
    private final StoreSession records = Fixtures.session(store, clock, () -> "assessment-" + ++ids);

    private static AssessmentRequestDocument expiredCertificate() {
        return Fixtures.request(Fixtures.example("expired-certificate.json"));
    }

    private static CloudServiceProfileDto serviceProfile() {
        return expiredCertificate().service();
    }

    // ---------------------------------------------------------------- services and systems

    @Test
    void aServiceIsKeyedByItsNameAndSavedUnderItsVersion() {
        ServiceRecord created = records.saveProfile().save(ProfileKind.SERVICE, null, serviceProfile(), null, Fixtures.ACTOR);
        assertThat(created.id()).isEqualTo("Example Health Booking");
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.updatedAt()).as("cut to microseconds").isEqualTo(Instant.parse("2026-11-30T15:30:00.123456Z"));
        assertThat(created.updatedBy()).isEqualTo("情報管理者 山田");

        ServiceRecord updated = records.saveProfile().save(ProfileKind.SERVICE, created.id(), serviceProfile(), 1L, Fixtures.ACTOR);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(records.showProfile().find(ProfileKind.SERVICE, created.id())).contains(updated);
        assertThat(records.listProfiles().list(ProfileKind.SERVICE, PageRequest.first()).items()).containsExactly(updated);
    }

    @Test
    void theSecondWriterOfTheSameVersionGetsAConflict() {
        records.saveProfile().save(ProfileKind.SERVICE, "svc", serviceProfile(), null, Fixtures.ACTOR);
        records.saveProfile().save(ProfileKind.SERVICE, "svc", serviceProfile(), 1L, new Actor("A"));
        VersionConflictException e = catchThrowableOfType(VersionConflictException.class,
                () -> records.saveProfile().save(ProfileKind.SERVICE, "svc", serviceProfile(), 1L, new Actor("B")));
        assertThat(e.storedVersion()).isEqualTo(2);
        assertThat(e.text().ja()).contains("版 1").contains("版 2");
        assertThat(records.showProfile().find(ProfileKind.SERVICE, "svc").orElseThrow().updatedBy()).isEqualTo("A");
    }

    @Test
    void aBadProfileIsAnInvalidDocumentNamingTheField() {
        SystemProfileDto bad = new SystemProfileDto("x", null, null, null, null, null, null, null, -3.0, null, null,
                null, null, null, null, null, null, null);
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> records.saveProfile().save(ProfileKind.SYSTEM, null, bad, null, Fixtures.ACTOR));
        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.toleratedOutageHours", "nonNegative"));
        assertThat(e.violations().get(0).message().ja()).isNotBlank();
        assertThat(catchThrowableOfType(InvalidDocumentException.class,
                () -> records.saveProfile().save(ProfileKind.SERVICE, null, null, null, Fixtures.ACTOR)).violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$", "required"));
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void aProfileWithoutNameOrKeyCannotBeStored() {
        SystemProfileDto anonymous = new SystemProfileDto(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        StoreException e = catchThrowableOfType(StoreException.class,
                () -> records.saveProfile().save(ProfileKind.SYSTEM, null, anonymous, null, Fixtures.ACTOR));
        assertThat(e.reason()).isEqualTo(StoreException.Reason.INVALID);
        assertThat(e.text().en()).contains("system.name");
        assertThat(records.saveProfile().save(ProfileKind.SYSTEM, "sys-1", anonymous, null, Fixtures.ACTOR).id()).isEqualTo("sys-1");
    }

    @Test
    void aVersionBelowOneIsRefused() {
        assertThatThrownBy(() -> records.saveProfile().save(ProfileKind.SERVICE, "svc", serviceProfile(), 0L, Fixtures.ACTOR))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.INVALID));
    }

    @Test
    void deletingASystemNeedsAReasonAndLeavesAnAuditEvent() {
        RecordedAssessment recorded = records.recordAssessment().record(new AssessmentToRecord(expiredCertificate(), null, null), Fixtures.ACTOR);
        String system = recorded.summary().systemId();
        for (String reason : new String[] {null, " ", "x".repeat(1001)}) {
            StoreException e = catchThrowableOfType(StoreException.class,
                    () -> records.deleteSystem().delete(system, null, reason, Fixtures.ACTOR));
            assertThat(e.reason()).isEqualTo(StoreException.Reason.INVALID);
            assertThat(e.text().ja()).contains("理由");
            assertThat(e.text().en()).contains("reason");
        }
        assertThat(records.showProfile().find(ProfileKind.SYSTEM, system)).isPresent();

        DeletedSystem deleted = records.deleteSystem().delete(system, null, "x".repeat(1000), Fixtures.ACTOR);
        assertThat(deleted.assessments()).isEqualTo(1);
        assertThat(deleted.event().action()).isEqualTo(AuditAction.SYSTEM_DELETED);
        assertThat(deleted.event().detail()).isEqualTo("x".repeat(1000));
        assertThat(records.showProfile().find(ProfileKind.SYSTEM, system)).isEmpty();
        assertThat(records.showAssessment().find(recorded.summary().id())).isEmpty();
        assertThat(records.showProfile().find(ProfileKind.SERVICE, recorded.summary().serviceId())).as("services are kept").isPresent();
        assertThat(records.verifyAuditTrail().verify().intact()).isTrue();
    }

    // ---------------------------------------------------------------- assessments

    @Test
    void anAssessmentIsRecordedAsAssessedWithTodayInKobe() {
        ObjectNode tree = Fixtures.tree("expired-certificate.json");
        tree.remove("assessmentDate");
        AssessmentRequestDocument request = Fixtures.request(tree);
        RecordedAssessment recorded = records.recordAssessment().record(new AssessmentToRecord(request, null, null), Fixtures.ACTOR);

        AssessmentSummary s = recorded.summary();
        assertThat(s.id()).isEqualTo("assessment-1");
        assertThat(s.systemId()).isEqualTo("健康診査 予約・結果管理");
        assertThat(s.serviceId()).isEqualTo("Example Health Booking");
        assertThat(s.assessmentDate()).isEqualTo(TODAY_IN_KOBE);
        assertThat(recorded.result().assessmentDate()).isEqualTo(TODAY_IN_KOBE);
        assertThat(s.verdict()).isEqualTo(recorded.result().verdict().code()).isEqualTo("NOT_ELIGIBLE");
        assertThat(s.catalogueVersion()).isEqualTo("1");
        assertThat(s.previousId()).isNull();

        AssessmentRecord stored = records.showAssessment().find(s.id()).orElseThrow();
        assertThat(stored.requestJson()).isEqualTo(Documents.canonicalJson(request));
        assertThat(stored.resultJson()).isEqualTo(Documents.canonicalJson(recorded.result()));
        assertThat(store.index(s.id())).isEqualTo(new AssessmentIndexer(kumo.domain.rules.v1.CatalogueV1.catalogue())
                .index(request));
        assertThat(records.showProfile().find(ProfileKind.SYSTEM, s.systemId())).isPresent();
        assertThat(records.showProfile().find(ProfileKind.SERVICE, s.serviceId())).isPresent();
    }

    @Test
    void explicitKeysWinAndAReassessmentLinksToThePreviousOne() {
        RecordedAssessment first = records.recordAssessment().record(new AssessmentToRecord(expiredCertificate(), "sys", "svc"), Fixtures.ACTOR);
        clock.advance(Duration.ofDays(1));
        RecordedAssessment second = records.recordAssessment().record(new AssessmentToRecord(expiredCertificate(), "sys", "svc"), Fixtures.ACTOR);
        assertThat(second.summary().previousId()).isEqualTo(first.summary().id());
        assertThat(records.listAssessments().list(new AssessmentQuery("sys", null, null), PageRequest.first()).items())
                .extracting(AssessmentSummary::id).containsExactly(second.summary().id(), first.summary().id());
        assertThat(records.listAssessments().list(null, PageRequest.first()).total()).isEqualTo(2);
        assertThat(records.listAssessments().list(new AssessmentQuery(null, null, "ELIGIBLE"), PageRequest.first()).total())
                .isZero();
    }

    @Test
    void anInvalidRequestIsNotRecorded() {
        ObjectNode tree = Fixtures.tree("expired-certificate.json");
        tree.put("catalogueVersion", "2");
        AssessmentRequestDocument request = Fixtures.JSON.convertValue(tree, AssessmentRequestDocument.class);
        assertThatThrownBy(() -> records.recordAssessment().record(new AssessmentToRecord(request, null, null), Fixtures.ACTOR))
                .isInstanceOf(InvalidDocumentException.class);
        assertThat(store.isEmpty()).isTrue();
    }

    private static AssessmentToRecord item(AssessmentRequestDocument request) {
        return AssessmentToRecord.of(request);
    }

    @Test
    void aBatchIsAssessedAndRecordedTogetherInOrder() {
        AssessmentRequestDocument expired = expiredCertificate();
        AssessmentRequestDocument full = Fixtures.request(Fixtures.example("full-city-record.json"));

        List<RecordedAssessment> recorded = records.recordAssessment().recordAll(List.of(item(expired), item(full), item(expired)),
                Fixtures.ACTOR);

        assertThat(recorded).extracting(r -> r.summary().id())
                .containsExactly("assessment-1", "assessment-2", "assessment-3");
        assertThat(recorded).extracting(r -> r.summary().systemId()).containsExactly(
                "健康診査 予約・結果管理", full.system().name(), "健康診査 予約・結果管理");
        assertThat(recorded.get(0).summary().previousId()).isNull();
        assertThat(recorded.get(1).summary().previousId()).isNull();
        assertThat(recorded.get(2).summary().previousId()).as("the second of one system links to the first")
                .isEqualTo(recorded.get(0).summary().id());
        assertThat(recorded.get(1).result().verdict().code()).isEqualTo(recorded.get(1).summary().verdict())
                .isEqualTo("ELIGIBLE");
        assertThat(recorded.get(0).summary().verdict()).isEqualTo("NOT_ELIGIBLE");
        assertThat(recorded).extracting(r -> r.summary().recordedAt()).as("one transaction, one time").containsOnly(
                Instant.parse("2026-11-30T15:30:00.123456Z"));
        AssessmentRecord stored = records.showAssessment().find("assessment-2").orElseThrow();
        assertThat(stored.requestJson()).isEqualTo(Documents.canonicalJson(full));
        assertThat(stored.resultJson()).isEqualTo(Documents.canonicalJson(recorded.get(1).result()));
        assertThat(records.listAssessments().list(null, PageRequest.first()).total()).isEqualTo(3);
        assertThat(records.verifyAuditTrail().verify().intact()).isTrue();
    }

    @Test
    void aBatchItemsExplicitKeysWinOverTheNamesInItsRequest() {
        List<RecordedAssessment> recorded = records.recordAssessment().recordAll(List.of(
                new AssessmentToRecord(expiredCertificate(), "sys", null),
                new AssessmentToRecord(expiredCertificate(), null, "svc")), Fixtures.ACTOR);

        assertThat(recorded).extracting(r -> r.summary().systemId(), r -> r.summary().serviceId()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sys", "Example Health Booking"),
                org.assertj.core.groups.Tuple.tuple("健康診査 予約・結果管理", "svc"));
        assertThat(records.showProfile().find(ProfileKind.SYSTEM, "sys")).isPresent();
        assertThat(records.showProfile().find(ProfileKind.SERVICE, "svc")).isPresent();
    }

    @Test
    void anEmptyBatchWritesNothing() {
        assertThat(records.recordAssessment().recordAll(List.of(), Fixtures.ACTOR)).isEmpty();
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void aBatchWithAnInvalidRequestRecordsNothing() {
        ObjectNode tree = Fixtures.tree("expired-certificate.json");
        tree.put("catalogueVersion", "2");
        AssessmentRequestDocument invalid = Fixtures.JSON.convertValue(tree, AssessmentRequestDocument.class);

        assertThatThrownBy(() -> records.recordAssessment().recordAll(List.of(item(expiredCertificate()), item(invalid)),
                Fixtures.ACTOR)).isInstanceOf(InvalidDocumentException.class);
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void aBatchWithAnUnkeyableRequestRecordsNothingAndNamesTheField() {
        ObjectNode tree = Fixtures.tree("expired-certificate.json");
        ((ObjectNode) tree.get("service")).remove("name");
        AssessmentToRecord nameless = item(Fixtures.request(tree));

        StoreException e = catchThrowableOfType(StoreException.class,
                () -> records.recordAssessment().recordAll(List.of(item(expiredCertificate()), nameless), Fixtures.ACTOR));

        assertThat(e.reason()).isEqualTo(StoreException.Reason.INVALID);
        assertThat(e.text().en()).contains("service.name");
        assertThat(e.text().ja()).contains("service.name");
        assertThat(catchThrowableOfType(StoreException.class, nameless::serviceKey).text()).isEqualTo(e.text());
        assertThat(nameless.systemKey()).isEqualTo("健康診査 予約・結果管理");
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void anItemSaysWhichOfItsKeysIsUnusableBeforeAnythingIsAssessed() {
        ObjectNode tree = Fixtures.tree("expired-certificate.json");
        ((ObjectNode) tree.get("service")).remove("name");
        ((ObjectNode) tree.get("system")).put("name", "x".repeat(RecordIds.MAX_LENGTH + 1));

        List<Violation> problems = item(Fixtures.request(tree)).keyViolations();

        assertThat(problems).extracting(Violation::path).containsExactly("$.system.name", "$.service.name");
        assertThat(problems).extracting(Violation::code).containsOnly(AssessmentToRecord.RECORD_KEY);
        assertThat(problems.get(1).message().en()).contains("service.name");
        assertThat(problems.get(1).message().ja()).contains("service.name");
        assertThat(item(expiredCertificate()).keyViolations()).isEmpty();
        assertThat(new AssessmentToRecord(Fixtures.request(tree), "sys", "svc").keyViolations())
                .as("explicit keys stand in for the names").isEmpty();
    }

    @Test
    void aBatchTheStoreRefusesLeavesNothingStored() {
        // every assessment gets the same key: the store refuses the batch as a whole
        RecordAssessmentUseCase sameIds = Fixtures.session(store, clock, () -> "same").recordAssessment();

        StoreException e = catchThrowableOfType(StoreException.class, () -> sameIds.recordAll(
                List.of(item(expiredCertificate()), item(Fixtures.request(Fixtures.example("full-city-record.json")))),
                Fixtures.ACTOR));

        assertThat(e.reason()).isEqualTo(StoreException.Reason.INVALID);
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void aBatchIsAssessedOnOneDayEvenWhenTheClockPassesMidnightMeanwhile() {
        ObjectNode undated = Fixtures.tree("expired-certificate.json");
        undated.remove("assessmentDate");
        AssessmentRequestDocument request = Fixtures.request(undated);
        // 23:59:59.5 in Kobe; the clock moves on one second each time it is read
        java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();
        java.time.Clock ticking = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return Fixtures.KOBE;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.parse("2026-12-01T14:59:59.500Z").plusSeconds(reads.getAndIncrement());
            }
        };
        RecordAssessmentUseCase late = Fixtures.session(store, ticking, () -> "a" + ++ids).recordAssessment();

        List<RecordedAssessment> recorded = late.recordAll(List.of(item(request), item(request), item(request)),
                Fixtures.ACTOR);

        assertThat(recorded).extracting(r -> r.summary().assessmentDate()).containsOnly(LocalDate.of(2026, 12, 1));
    }

    @Test
    void riskDecisionsAndConsultationsAreListedPerSystem() {
        RecordedAssessment recorded = records.recordAssessment().record(new AssessmentToRecord(Fixtures.request(Fixtures.example("full-city-record.json")),
                "sys", null), Fixtures.ACTOR);
        AssessmentIndex index = store.index(recorded.summary().id());
        assertThat(records.showSystemHistory().riskDecisions("sys")).extracting(Recorded::row)
                .containsExactlyElementsOf(index.riskDecisions()).isNotEmpty();
        assertThat(records.showSystemHistory().consultations("sys")).extracting(Recorded::row)
                .containsExactlyElementsOf(index.consultations()).isNotEmpty();
        assertThat(records.showSystemHistory().riskDecisions("other")).isEmpty();
    }

    // ---------------------------------------------------------------- diff

    @Test
    void aDiffPutsTheOlderFirstWhicheverOrderItIsAskedIn() {
        String older = records.recordAssessment().record(new AssessmentToRecord(expiredCertificate(), "sys", null), Fixtures.ACTOR).summary().id();
        clock.advance(Duration.ofHours(2));
        ObjectNode renewed = Fixtures.tree("expired-certificate.json");
        ((ObjectNode) renewed.with("service").withArray("certifications").get(1)).put("validUntil", "2029-09-30");
        String newer = records.recordAssessment().record(new AssessmentToRecord(Fixtures.request(renewed), "sys", null), Fixtures.ACTOR).summary().id();

        AssessmentDiff forward = records.diffAssessments().diff(older, newer);
        AssessmentDiff backward = records.diffAssessments().diff(newer, older);
        assertThat(backward).isEqualTo(forward);
        assertThat(forward.older().id()).isEqualTo(older);
        assertThat(forward.verdictBefore()).isEqualTo("NOT_ELIGIBLE");
        assertThat(forward.facts()).extracting(AssessmentDiff.FactChange::path)
                .containsExactly("/service/certifications/1/validUntil");
    }

    @Test
    void aDiffOfUnknownOrUnrelatedAssessmentsIsRefused() {
        String a = records.recordAssessment().record(new AssessmentToRecord(expiredCertificate(), "sys-a", null), Fixtures.ACTOR).summary().id();
        String b = records.recordAssessment().record(new AssessmentToRecord(expiredCertificate(), "sys-b", null), Fixtures.ACTOR).summary().id();
        StoreException unknown = catchThrowableOfType(StoreException.class, () -> records.diffAssessments().diff(a, "nope"));
        assertThat(unknown.reason()).isEqualTo(StoreException.Reason.NOT_FOUND);
        assertThat(unknown.text().en()).contains("assessment").contains("\"nope\"");
        assertThat(unknown.text().ja()).contains("評価「nope」");
        StoreException unrelated = catchThrowableOfType(StoreException.class, () -> records.diffAssessments().diff(a, b));
        assertThat(unrelated.reason()).isEqualTo(StoreException.Reason.INVALID);
        assertThat(unrelated.text().en()).contains("sys-a").contains("sys-b");
    }

    // ---------------------------------------------------------------- expiring evidence

    @Test
    void expiringEvidenceIsCountedFromTodayInKobe() {
        // expired-certificate.json: ISO 27017 until 2026-09-30 (expired), ISO 27001 until 2027-09-30
        records.recordAssessment().record(new AssessmentToRecord(expiredCertificate(), "sys", null), Fixtures.ACTOR);
        assertThat(records.findExpiringEvidence().expiringWithin(0)).extracting(e -> e.evidence().reference()).containsExactly("CLD-HB-552");
        assertThat(records.findExpiringEvidence().expiringWithin(0).get(0).expiredOn(TODAY_IN_KOBE)).isTrue();
        int untilIsms = (int) (LocalDate.of(2027, 9, 30).toEpochDay() - TODAY_IN_KOBE.toEpochDay());
        assertThat(records.findExpiringEvidence().expiringWithin(untilIsms - 1)).extracting(e -> e.evidence().reference())
                .doesNotContain("ISMS-HB-552");
        assertThat(records.findExpiringEvidence().expiringWithin(untilIsms)).extracting(e -> e.evidence().reference())
                .contains("CLD-HB-552", "ISMS-HB-552");
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        StoreException e = catchThrowableOfType(StoreException.class, () -> records.findExpiringEvidence().expiringWithin(-1));
        assertThat(e.reason()).isEqualTo(StoreException.Reason.INVALID);
        assertThat(e.text().ja()).contains("-1");
    }

    // ---------------------------------------------------------------- audit, backup

    @Test
    void tamperingWithTheStoredTrailIsDetected() {
        records.recordAssessment().record(new AssessmentToRecord(expiredCertificate(), null, null), Fixtures.ACTOR);
        records.saveProfile().save(ProfileKind.SERVICE, "another", serviceProfile(), null, Fixtures.ACTOR);
        AuditVerification intact = records.verifyAuditTrail().verify();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.eventsChecked()).isEqualTo(4);

        store.tamper(2, e -> new AuditEvent(e.seq(), e.at(), "someone else", e.action(), e.entityType(), e.entityId(),
                e.beforeRef(), e.afterRef(), e.detail(), e.previousHash(), e.hash()));
        assertThat(records.verifyAuditTrail().verify().problems()).extracting(AuditVerification.Problem::key,
                AuditVerification.Problem::kind).containsExactly(org.assertj.core.groups.Tuple.tuple("2", "HASH_MISMATCH"));

        store.removeEvent(4);
        assertThat(records.verifyAuditTrail().verify().problems()).extracting(AuditVerification.Problem::kind)
                .containsExactly("HASH_MISMATCH", "HEAD_MISMATCH", "ROW_UNRECORDED");
    }

    @Test
    void aBackupGoesToTheStoreThroughATemporaryFileBesideTheTarget(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path target = dir.resolve("backup.db");
        records.backupStore().backupTo(target);
        assertThat(store.lastBackupTarget.getParent()).isEqualTo(target.toAbsolutePath().getParent());
        assertThat(store.lastBackupTarget.getFileName().toString()).startsWith(".backup.db.").endsWith(".part");
        assertThat(store.lastBackupTarget).as("the temporary file is gone").doesNotExist();
        assertThat(target).exists();
    }

    @Test
    void everyChangeLeavesAnAuditEventWithItsActor() {
        records.recordAssessment().record(new AssessmentToRecord(expiredCertificate(), null, null), new Actor("nightly-import"));
        List<AuditEvent> events = store.auditEvents(1, 10);
        assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.SYSTEM_CREATED,
                AuditAction.SERVICE_CREATED, AuditAction.ASSESSMENT_RECORDED);
        assertThat(events).extracting(AuditEvent::actor).containsOnly("nightly-import");
    }

    // ---------------------------------------------------------------- audit events

    @Test
    void auditEventsArePagedByNumber() {
        records.recordAssessment().record(new AssessmentToRecord(expiredCertificate(), null, null), Fixtures.ACTOR);

        assertThat(records.listAuditEvents().list(1, 1000)).extracting(AuditEvent::seq).containsExactly(1L, 2L, 3L);
        assertThat(records.listAuditEvents().list(2, 1)).extracting(AuditEvent::seq).containsExactly(2L);
        assertThat(records.listAuditEvents().list(4, 10)).isEmpty();
        assertThat(store.largestAuditPage).isEqualTo(1000);
    }

    @Test
    void anAuditPageOutOfRangeIsRefusedInBothLanguages() {
        records.recordAssessment().record(new AssessmentToRecord(expiredCertificate(), null, null), Fixtures.ACTOR);
        int readsBefore = store.auditReads;

        StoreException from = catchThrowableOfType(StoreException.class, () -> records.listAuditEvents().list(0, 10));
        StoreException none = catchThrowableOfType(StoreException.class, () -> records.listAuditEvents().list(1, 0));
        StoreException tooMany = catchThrowableOfType(StoreException.class, () -> records.listAuditEvents().list(1, 1001));

        assertThat(from.reason()).isEqualTo(StoreException.Reason.INVALID);
        assertThat(from.text().ja()).contains("0 番から");
        assertThat(from.text().en()).contains("from number 0", "1 or more");
        assertThat(none.reason()).isEqualTo(StoreException.Reason.INVALID);
        assertThat(none.text().en()).contains("0 audit events", "1–1000");
        assertThat(tooMany.text().ja()).contains("1001 件", "1〜1000");
        assertThat(tooMany.text().en()).contains("1001 audit events");
        assertThat(store.auditReads).as("the store is not asked").isEqualTo(readsBefore);
    }
}
