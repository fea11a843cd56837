package kumo.adapters.persistence;

import static kumo.adapters.persistence.Tables.*;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

import kumo.application.document.Digests;
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
import kumo.application.records.ProfileRecord;
import kumo.application.records.Recorded;
import kumo.application.records.ServiceRecord;
import kumo.application.records.StoreContents;
import kumo.application.records.StoreException.Reason;
import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;
import kumo.application.records.SystemRecord;
import kumo.application.records.VersionConflictException;
import kumo.application.records.audit.AuditAction;
import kumo.application.records.audit.AuditChain;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.AuditHead;
import kumo.application.records.audit.RowDigest;
import kumo.application.records.audit.StoredAssessment;
import kumo.application.records.audit.StoredProfile;
import kumo.application.records.audit.Checkpoint;
import kumo.application.records.port.out.Store;

/**
 * The store over one database ({@link Database}), in jOOQ's DSL. Every change is one write transaction that
 * first locks the audit head row (PostgreSQL: {@code SELECT … FOR UPDATE}; SQLite: {@code BEGIN IMMEDIATE}
 * already excludes other writers), so appenders, optimistic-locking checks and assessment links are serialised
 * and the audit event is written with the change or not at all.
 *
 * <p>Audit references: {@code beforeRef} / {@code afterRef} are the {@link RowDigest} of the row's state (a
 * service or system row; an assessment row with its documents' digests and its derived rows), so that every
 * stored row is covered by the chain.
 */
final class JooqStore implements Store {

    private static final String ASSESSMENT_TYPE = "ASSESSMENT";

    private static final List<Field<?>> SUMMARY = List.of(A_ID, A_SYSTEM, A_SERVICE, A_PREVIOUS, A_VERDICT, A_CATALOGUE,
            A_DATE, A_RECORDED_AT, A_RECORDED_BY);

    private final Database db;

    JooqStore(Database db) {
        this.db = db;
    }

    /** Test hook (SQLite): caps the database at {@code pages} pages, to simulate a full disk. */
    void limitPages(int pages) {
        db.limitPages(pages);
    }

    /** Test hook: the value of a connection setting ({@code PRAGMA name}, SQLite) as a connection of the store has it. */
    String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException(name);
        }
        Object value = db.autoCommit(dsl -> dsl.fetchValue("PRAGMA " + name));
        return String.valueOf(value);
    }

    @Override
    public String location() {
        return db.location();
    }

    @Override
    public boolean isEmpty() {
        return db.read(JooqStore::empty);
    }

    private static boolean empty(DSLContext dsl) {
        return !dsl.fetchExists(SERVICE) && !dsl.fetchExists(SYSTEM) && !dsl.fetchExists(ASSESSMENT)
                && !dsl.fetchExists(AUDIT_EVENT) && !dsl.fetchExists(AUDIT_CHECKPOINT);
    }

    // ---------------------------------------------------------------- services and systems

    /** Where each kind of mutable, versioned row is stored. */
    private static final Map<ProfileKind<?, ?>, Table<Record>> TABLES = Map.of(
            ProfileKind.SERVICE, Tables.SERVICE, ProfileKind.SYSTEM, Tables.SYSTEM);

    private static Table<Record> table(ProfileKind<?, ?> kind) {
        return TABLES.get(Objects.requireNonNull(kind, "kind"));
    }

    /** The row as the port's record type; a profile that cannot be read is CORRUPT, naming table and key. */
    private <P, R extends ProfileRecord<P>> R row(ProfileKind<P, R> kind, Record r) {
        P profile;
        try {
            profile = Content.fromJson(r.get(ROW_PROFILE), kind.profileType());
        } catch (IllegalStateException e) {
            throw StoreTexts.error(Reason.CORRUPT, e, "store.corrupt.json", location(), table(kind).getName(),
                    r.get(ROW_ID), ROW_PROFILE.getName());
        }
        return kind.row(r.get(ROW_ID), r.get(ROW_VERSION), profile, Content.instant(r.get(ROW_UPDATED_AT)),
                r.get(ROW_UPDATED_BY));
    }

    @Override
    public <P, R extends ProfileRecord<P>> Optional<R> findProfile(ProfileKind<P, R> kind, String id) {
        return db.read(dsl -> dsl.select(ROW_ID, ROW_VERSION, ROW_PROFILE, ROW_UPDATED_AT, ROW_UPDATED_BY)
                .from(table(kind)).where(ROW_ID.eq(id)).fetchOptional().map(r -> row(kind, r)));
    }

    @Override
    public <P, R extends ProfileRecord<P>> R saveProfile(ProfileKind<P, R> kind, String id, P profile,
            Long expectedVersion, Actor actor, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Instant when = AuditChain.storable(at);
        String json = Content.json(profile);
        try {
            return db.write(dsl -> {
                Head head = Head.lock(dsl, db.engine());
                Record old = dsl.select(ROW_ID, ROW_VERSION, ROW_PROFILE, ROW_UPDATED_AT, ROW_UPDATED_BY)
                        .from(table(kind)).where(ROW_ID.eq(id)).fetchOne();
                Long stored = old == null ? null : old.get(ROW_VERSION);
                if (!Objects.equals(stored, expectedVersion)) {
                    throw new VersionConflictException(kind.type(), id, expectedVersion, stored);
                }
                long version;
                String before = null;
                if (expectedVersion == null) {
                    version = 1;
                    dsl.insertInto(table(kind), ROW_ID, ROW_VERSION, ROW_PROFILE, ROW_UPDATED_AT, ROW_UPDATED_BY)
                            .values(id, version, json, Content.instant(when), actor.name()).execute();
                } else {
                    version = expectedVersion + 1;
                    before = RowDigest.profile(row(kind, old));
                    int updated = dsl.update(table(kind)).set(ROW_VERSION, version).set(ROW_PROFILE, json)
                            .set(ROW_UPDATED_AT, Content.instant(when)).set(ROW_UPDATED_BY, actor.name())
                            .where(ROW_ID.eq(id).and(ROW_VERSION.eq(expectedVersion))).execute();
                    if (updated != 1) {
                        throw new VersionConflictException(kind.type(), id, expectedVersion, storedVersion(dsl, kind, id));
                    }
                }
                R record = kind.row(id, version, profile, when, actor.name());
                head.append(dsl, when, actor, expectedVersion == null ? kind.created() : kind.updated(), kind.type(), id,
                        before, RowDigest.profile(record), "version " + version);
                head.save(dsl);
                return record;
            });
        } catch (StoreException e) {
            if (!(e instanceof VersionConflictException) && Failures.isUniqueViolation(e, db.engine())) {
                // created by another writer between our check and our insert
                Long now = db.read(dsl -> storedVersion(dsl, kind, id));
                throw new VersionConflictException(kind.type(), id, expectedVersion, now);
            }
            throw e;
        }
    }

    private static Long storedVersion(DSLContext dsl, ProfileKind<?, ?> kind, String id) {
        return dsl.select(ROW_VERSION).from(table(kind)).where(ROW_ID.eq(id)).fetchOne(ROW_VERSION);
    }

    @Override
    public <P, R extends ProfileRecord<P>> Page<R> listProfiles(ProfileKind<P, R> kind, PageRequest page) {
        return db.read(dsl -> {
            long total = dsl.fetchCount(table(kind));
            List<R> items = dsl.select(ROW_ID, ROW_VERSION, ROW_PROFILE, ROW_UPDATED_AT, ROW_UPDATED_BY)
                    .from(table(kind)).orderBy(ROW_ID).limit(page.size()).offset(page.offset())
                    .fetch(r -> row(kind, r));
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    @Override
    public DeletedSystem deleteSystem(String id, Long expectedVersion, String reason, Actor actor, Instant at) {
        Instant when = AuditChain.storable(at);
        return db.write(dsl -> {
            Head head = Head.lock(dsl, db.engine());
            Record old = dsl.select(ROW_ID, ROW_VERSION, ROW_PROFILE, ROW_UPDATED_AT, ROW_UPDATED_BY)
                    .from(SYSTEM).where(ROW_ID.eq(id)).fetchOne();
            if (old == null) {
                throw StoreTexts.error(Reason.NOT_FOUND, "store.notFound", "@store.kind.SYSTEM", id);
            }
            long stored = old.get(ROW_VERSION);
            if (expectedVersion != null && expectedVersion != stored) {
                throw new VersionConflictException(ProfileKind.SYSTEM.type(), id, expectedVersion, stored);
            }
            // each assessment's deletion is recorded with the digest of the row deleted, so that a row gone
            // without its event is told from one deleted on request
            for (StoredAssessment a : storedAssessments(dsl, A_SYSTEM.eq(id), null, Integer.MAX_VALUE)) {
                head.append(dsl, when, actor, AuditAction.ASSESSMENT_DELETED, ASSESSMENT_TYPE, a.id(),
                        RowDigest.assessment(a), null,
                        "system " + id);
            }
            var assessments = DSL.select(A_ID).from(ASSESSMENT).where(A_SYSTEM.eq(id));
            dsl.deleteFrom(RISK_DECISION).where(RD_ASSESSMENT.in(assessments)).execute();
            dsl.deleteFrom(CONSULTATION).where(C_ASSESSMENT.in(assessments)).execute();
            dsl.deleteFrom(EVIDENCE).where(E_ASSESSMENT.in(assessments)).execute();
            int deleted = dsl.deleteFrom(ASSESSMENT).where(A_SYSTEM.eq(id)).execute();
            dsl.deleteFrom(SYSTEM).where(ROW_ID.eq(id).and(ROW_VERSION.eq(stored))).execute();
            AuditEvent event = head.append(dsl, when, actor, AuditAction.SYSTEM_DELETED, ProfileKind.SYSTEM.type(), id,
                    RowDigest.profile(row(ProfileKind.SYSTEM, old)), null, reason);
            head.save(dsl);
            return new DeletedSystem(id, stored, deleted, event);
        });
    }

    // ---------------------------------------------------------------- assessments

    @Override
    public AssessmentSummary recordAssessment(NewAssessment a, Actor actor, Instant at) {
        Instant when = AuditChain.storable(at);
        Prepared row = Prepared.of(a);
        return db.write(dsl -> record(dsl, Head.lock(dsl, db.engine()), row, actor, when));
    }

    @Override
    public List<AssessmentSummary> recordAssessments(List<NewAssessment> assessments, Actor actor, Instant at) {
        Instant when = AuditChain.storable(at);
        Set<String> ids = new HashSet<>();
        for (NewAssessment a : assessments) {
            if (!ids.add(a.id())) {
                throw StoreTexts.error(Reason.INVALID, "store.assessment.exists", a.id());
            }
        }
        // compressing and hashing ~200 KB per result is most of the work: done on all cores, before the
        // write transaction, so the lock is held only for the inserts
        List<Prepared> rows = assessments.parallelStream().map(Prepared::of).toList();
        return db.write(dsl -> {
            Head head = Head.lock(dsl, db.engine());
            List<AssessmentSummary> stored = new ArrayList<>(rows.size());
            for (Prepared row : rows) {
                stored.add(record(dsl, head, row, actor, when));
            }
            return stored;
        });
    }

    /** An assessment with its result compressed and both documents hashed, ready to insert. */
    private record Prepared(NewAssessment a, String requestSha, String resultSha, byte[] resultGzip) {

        static Prepared of(NewAssessment a) {
            byte[] result = a.resultJson().getBytes(StandardCharsets.UTF_8);
            return new Prepared(a, Digests.sha256(a.requestJson()), Digests.sha256(result), Content.gzip(result));
        }
    }

    /** Inserts one assessment inside a write transaction that holds the head. */
    private static AssessmentSummary record(DSLContext dsl, Head head, Prepared row, Actor actor, Instant when) {
        NewAssessment a = row.a();
        ensure(dsl, head, ProfileKind.SYSTEM, a.systemId(), a.system(), actor, when);
        ensure(dsl, head, ProfileKind.SERVICE, a.serviceId(), a.service(), actor, when);
        if (dsl.fetchExists(ASSESSMENT, A_ID.eq(a.id()))) {
            throw StoreTexts.error(Reason.INVALID, "store.assessment.exists", a.id());
        }
        String previous = dsl.select(A_ID).from(ASSESSMENT).where(A_SYSTEM.eq(a.systemId())).andNot(superseded())
                .orderBy(A_RECORDED_AT.desc(), A_ID.desc()).limit(1).fetchOne(A_ID);
        a.checkPrevious(previous);
        AssessmentSummary summary = new AssessmentSummary(a.id(), a.systemId(), a.serviceId(), previous, a.verdict(),
                a.catalogueVersion(), a.assessmentDate(), when, actor.name());
        insertAssessment(dsl, summary, a.requestJson(), row.requestSha(), row.resultGzip(), row.resultSha());
        insertIndex(dsl, a.id(), a.index());
        head.append(dsl, when, actor, AuditAction.ASSESSMENT_RECORDED, ASSESSMENT_TYPE, a.id(), null,
                RowDigest.assessment(summary, row.requestSha(), row.resultSha(), a.index()), a.verdict());
        head.save(dsl);
        return summary;
    }

    /** Creates a missing system or service row from the assessment's profile. */
    private static <P> void ensure(DSLContext dsl, Head head, ProfileKind<P, ?> kind, String id, P profile,
            Actor actor, Instant when) {
        if (dsl.fetchExists(table(kind), ROW_ID.eq(id))) {
            return;
        }
        if (profile == null) {
            throw StoreTexts.error(Reason.INVALID, "store.assessment.noProfile", "@store.kind." + kind.type(), id);
        }
        dsl.insertInto(table(kind), ROW_ID, ROW_VERSION, ROW_PROFILE, ROW_UPDATED_AT, ROW_UPDATED_BY)
                .values(id, 1L, Content.json(profile), Content.instant(when), actor.name()).execute();
        head.append(dsl, when, actor, kind.created(), kind.type(), id, null,
                RowDigest.profile(kind.row(id, 1, profile, when, actor.name())), "version 1");
    }

    private static void insertAssessment(DSLContext dsl, AssessmentSummary s, String request, String requestSha,
            byte[] resultGzip, String resultSha) {
        dsl.insertInto(ASSESSMENT).set(A_ID, s.id()).set(A_SYSTEM, s.systemId()).set(A_SERVICE, s.serviceId())
                .set(A_PREVIOUS, s.previousId()).set(A_VERDICT, s.verdict()).set(A_CATALOGUE, s.catalogueVersion())
                .set(A_DATE, Content.date(s.assessmentDate())).set(A_RECORDED_AT, Content.instant(s.recordedAt()))
                .set(A_RECORDED_BY, s.recordedBy()).set(A_REQUEST, request).set(A_RESULT_GZIP, resultGzip)
                .set(A_RESULT_SHA256, resultSha).set(A_REQUEST_SHA256, requestSha).execute();
    }

    private static void insertIndex(DSLContext dsl, String id, AssessmentIndex index) {
        int position = 0;
        for (AssessmentIndex.RiskDecisionRow r : index.riskDecisions()) {
            dsl.insertInto(RISK_DECISION).set(RD_ASSESSMENT, id).set(RD_POSITION, position++).set(RD_RISK, r.riskId())
                    .set(RD_TREATMENT, r.treatment()).set(RD_DECIDED_BY, r.decidedBy())
                    .set(RD_DECIDED_ON, Content.date(r.decidedOn())).set(RD_EXPIRES_ON, Content.date(r.expiresOn()))
                    .execute();
        }
        position = 0;
        for (AssessmentIndex.ConsultationRow c : index.consultations()) {
            dsl.insertInto(CONSULTATION).set(C_ASSESSMENT, id).set(C_POSITION, position++).set(C_STAGE, c.stage())
                    .set(C_HELD_ON, Content.date(c.date())).set(C_OUTCOME, c.outcome()).set(C_BY, c.by()).execute();
        }
        position = 0;
        for (AssessmentIndex.EvidenceExpiry e : index.evidence()) {
            dsl.insertInto(EVIDENCE).set(E_ASSESSMENT, id).set(E_POSITION, position++).set(E_KIND, e.kind())
                    .set(E_REFERENCE, e.reference()).set(E_EXPIRES_ON_DAY, e.expiresOn().toEpochDay()).execute();
        }
    }

    @Override
    public Optional<AssessmentRecord> findAssessment(String id) {
        return db.read(dsl -> dsl.select(full()).from(ASSESSMENT).where(A_ID.eq(id)).fetchOptional()
                .map(this::assessment));
    }

    private static List<SelectField<?>> full() {
        List<SelectField<?>> fields = new ArrayList<>(SUMMARY);
        fields.add(A_REQUEST);
        fields.add(A_RESULT_GZIP);
        fields.add(A_RESULT_SHA256);
        fields.add(A_REQUEST_SHA256);
        return fields;
    }

    /**
     * The stored assessment, its documents checked as they are read: a damaged gzip, a result that does not match
     * its digest, a request or result that is not a JSON object are CORRUPT, naming the table, key and column.
     */
    private AssessmentRecord assessment(Record r) {
        AssessmentSummary summary = summary(r);
        String table = ASSESSMENT.getName();
        String result;
        try {
            result = Content.gunzip(r.get(A_RESULT_GZIP));
        } catch (UncheckedIOException e) {
            throw StoreTexts.error(Reason.CORRUPT, e, "store.corrupt.gzip", location(), table, summary.id(),
                    A_RESULT_GZIP.getName());
        }
        if (!Digests.sha256(result).equals(r.get(A_RESULT_SHA256))) {
            throw StoreTexts.error(Reason.CORRUPT, "store.corrupt.result", location(), summary.id());
        }
        String request = r.get(A_REQUEST);
        for (var document : List.of(Map.entry(A_REQUEST.getName(), request), Map.entry(A_RESULT_GZIP.getName(), result))) {
            if (!Content.isJsonObject(document.getValue())) {
                throw StoreTexts.error(Reason.CORRUPT, "store.corrupt.json", location(), table, summary.id(),
                        document.getKey());
            }
        }
        // JSON first (the more specific message), then whether it is the request that was recorded
        String requestSha = r.get(A_REQUEST_SHA256);
        if (requestSha != null && !Digests.sha256(request).equals(requestSha)) {
            throw StoreTexts.error(Reason.CORRUPT, "store.corrupt.request", location(), summary.id());
        }
        return new AssessmentRecord(summary, request, result);
    }

    private static AssessmentSummary summary(Record r) {
        return new AssessmentSummary(r.get(A_ID), r.get(A_SYSTEM), r.get(A_SERVICE), r.get(A_PREVIOUS), r.get(A_VERDICT),
                r.get(A_CATALOGUE), Content.date(r.get(A_DATE)), Content.instant(r.get(A_RECORDED_AT)),
                r.get(A_RECORDED_BY));
    }

    @Override
    public Page<AssessmentSummary> listAssessments(AssessmentQuery query, PageRequest page) {
        List<Condition> where = new ArrayList<>();
        if (query.systemId() != null) {
            where.add(A_SYSTEM.eq(query.systemId()));
        }
        if (query.serviceId() != null) {
            where.add(A_SERVICE.eq(query.serviceId()));
        }
        if (query.verdict() != null) {
            where.add(A_VERDICT.eq(query.verdict()));
        }
        Condition condition = DSL.and(where);
        return db.read(dsl -> {
            long total = dsl.fetchCount(ASSESSMENT, condition);
            List<AssessmentSummary> items = dsl.select(SUMMARY).from(ASSESSMENT).where(condition)
                    .orderBy(A_RECORDED_AT.desc(), A_ID.desc()).limit(page.size()).offset(page.offset())
                    .fetch(JooqStore::summary);
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /**
     * Whether the assessment in the outer query has a successor. A system's latest assessment is the end of its
     * chain of {@code previous_id} links (recording serialises, so there is one end), whatever the clocks said.
     */
    private static Condition superseded() {
        return DSL.exists(DSL.selectOne().from(ASSESSMENT.as("successor")).where(col("successor", A_PREVIOUS).eq(A_ID)));
    }

    @Override
    public List<ExpiringEvidence> evidenceExpiringBy(LocalDate limit) {
        List<SelectField<?>> fields = new ArrayList<>(SUMMARY);
        fields.addAll(List.of(E_KIND, E_REFERENCE, E_EXPIRES_ON_DAY));
        return db.read(dsl -> dsl.select(fields).from(EVIDENCE).join(ASSESSMENT).on(A_ID.eq(E_ASSESSMENT))
                .where(E_EXPIRES_ON_DAY.le(limit.toEpochDay())).andNot(superseded())
                .orderBy(E_EXPIRES_ON_DAY, A_ID, E_POSITION)
                .fetch(r -> new ExpiringEvidence(summary(r), evidence(r))));
    }

    private static AssessmentIndex.EvidenceExpiry evidence(Record r) {
        return new AssessmentIndex.EvidenceExpiry(r.get(E_KIND), r.get(E_REFERENCE),
                LocalDate.ofEpochDay(r.get(E_EXPIRES_ON_DAY)));
    }

    @Override
    public List<Recorded<AssessmentIndex.RiskDecisionRow>> riskDecisions(String systemId) {
        return db.read(dsl -> dsl.select(RD_ASSESSMENT, RD_RISK, RD_TREATMENT, RD_DECIDED_BY, RD_DECIDED_ON, RD_EXPIRES_ON)
                .from(RISK_DECISION).join(ASSESSMENT).on(A_ID.eq(RD_ASSESSMENT)).where(A_SYSTEM.eq(systemId))
                .orderBy(A_RECORDED_AT, A_ID, RD_POSITION)
                .fetch(r -> new Recorded<>(r.get(RD_ASSESSMENT), riskDecision(r))));
    }

    private static AssessmentIndex.RiskDecisionRow riskDecision(Record r) {
        return new AssessmentIndex.RiskDecisionRow(r.get(RD_RISK), r.get(RD_TREATMENT), r.get(RD_DECIDED_BY),
                Content.date(r.get(RD_DECIDED_ON)), Content.date(r.get(RD_EXPIRES_ON)));
    }

    @Override
    public List<Recorded<AssessmentIndex.ConsultationRow>> consultations(String systemId) {
        return db.read(dsl -> dsl.select(C_ASSESSMENT, C_STAGE, C_HELD_ON, C_OUTCOME, C_BY)
                .from(CONSULTATION).join(ASSESSMENT).on(A_ID.eq(C_ASSESSMENT)).where(A_SYSTEM.eq(systemId))
                .orderBy(A_RECORDED_AT, A_ID, C_POSITION)
                .fetch(r -> new Recorded<>(r.get(C_ASSESSMENT), consultation(r))));
    }

    private static AssessmentIndex.ConsultationRow consultation(Record r) {
        return new AssessmentIndex.ConsultationRow(r.get(C_STAGE), Content.date(r.get(C_HELD_ON)), r.get(C_OUTCOME),
                r.get(C_BY));
    }

    // ---------------------------------------------------------------- audit trail

    @Override
    public List<AuditEvent> auditEvents(long fromSeq, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return db.read(dsl -> dsl.select(AE_SEQ, AE_AT, AE_ACTOR, AE_ACTION, AE_ENTITY_TYPE, AE_ENTITY_ID, AE_BEFORE,
                AE_AFTER, AE_DETAIL, AE_PREVIOUS_HASH, AE_HASH).from(AUDIT_EVENT).where(AE_SEQ.ge(fromSeq))
                .orderBy(AE_SEQ).limit(limit).fetch(JooqStore::event));
    }

    private static AuditEvent event(Record r) {
        return new AuditEvent(r.get(AE_SEQ), Content.instant(r.get(AE_AT)), r.get(AE_ACTOR),
                AuditAction.valueOf(r.get(AE_ACTION)), r.get(AE_ENTITY_TYPE), r.get(AE_ENTITY_ID), r.get(AE_BEFORE),
                r.get(AE_AFTER), r.get(AE_DETAIL), r.get(AE_PREVIOUS_HASH), r.get(AE_HASH));
    }

    @Override
    public Optional<AuditHead> auditHead() {
        return db.read(dsl -> dsl.select(AH_SEQ, AH_HASH).from(AUDIT_HEAD).where(AH_ID.eq(1)).fetchOptional()
                .filter(r -> r.get(AH_SEQ) > 0).map(r -> new AuditHead(r.get(AH_SEQ), r.get(AH_HASH))));
    }

    /** The locked head row of the chain during one write transaction; appends move it on. */
    private static final class Head {
        private long seq;
        private String hash;

        private Head(long seq, String hash) {
            this.seq = seq;
            this.hash = hash;
        }

        static Head lock(DSLContext dsl, Engine engine) {
            var select = dsl.select(AH_SEQ, AH_HASH).from(AUDIT_HEAD).where(AH_ID.eq(1));
            Record r = engine == Engine.POSTGRES ? select.forUpdate().fetchOne() : select.fetchOne();
            if (r == null) {
                throw new IllegalStateException("the audit head row is missing");
            }
            return new Head(r.get(AH_SEQ), r.get(AH_HASH).trim());
        }

        AuditEvent append(DSLContext dsl, Instant at, Actor actor, AuditAction action, String type, String id,
                String before, String after, String detail) {
            long next = seq + 1;
            String nextHash = AuditChain.hash(hash, next, at, actor.name(), action, type, id, before, after, detail);
            AuditEvent event = new AuditEvent(next, at, actor.name(), action, type, id, before, after, detail, hash, nextHash);
            insert(dsl, event);
            seq = next;
            hash = nextHash;
            return event;
        }

        void save(DSLContext dsl) {
            dsl.update(AUDIT_HEAD).set(AH_SEQ, seq).set(AH_HASH, hash).where(AH_ID.eq(1)).execute();
        }
    }

    private static void insert(DSLContext dsl, AuditEvent e) {
        dsl.insertInto(AUDIT_EVENT).set(AE_SEQ, e.seq()).set(AE_AT, Content.instant(e.at())).set(AE_ACTOR, e.actor())
                .set(AE_ACTION, e.action().name()).set(AE_ENTITY_TYPE, e.entityType()).set(AE_ENTITY_ID, e.entityId())
                .set(AE_BEFORE, e.beforeRef()).set(AE_AFTER, e.afterRef()).set(AE_DETAIL, e.detail())
                .set(AE_PREVIOUS_HASH, e.previousHash()).set(AE_HASH, e.hash()).execute();
    }

    // ---------------------------------------------------------------- rows as stored, for verifying them

    @Override
    public List<StoredProfile> storedProfiles(ProfileKind<?, ?> kind, String afterId, int limit) {
        return db.read(dsl -> dsl.select(ROW_ID, ROW_VERSION, ROW_PROFILE, ROW_UPDATED_AT, ROW_UPDATED_BY)
                .from(table(kind)).where(afterId == null ? DSL.noCondition() : ROW_ID.gt(afterId)).orderBy(ROW_ID)
                .limit(limit).fetch(r -> new StoredProfile(r.get(ROW_ID), readable(() -> row(kind, r)))));
    }

    @Override
    public List<StoredAssessment> storedAssessments(String afterId, int limit) {
        return db.read(dsl -> storedAssessments(dsl, DSL.noCondition(), afterId, limit));
    }

    /** Assessments matching {@code where} with a key after {@code afterId}, by key, each with its derived rows. */
    private static List<StoredAssessment> storedAssessments(DSLContext dsl, Condition where, String afterId,
            int limit) {
        Condition condition = afterId == null ? where : where.and(A_ID.gt(afterId));
        List<Record> rows = dsl.select(full()).from(ASSESSMENT).where(condition).orderBy(A_ID).limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(r -> r.get(A_ID)).toList();
        Map<String, List<Record>> risks = byAssessment(dsl.select(RD_ASSESSMENT, RD_RISK, RD_TREATMENT, RD_DECIDED_BY,
                RD_DECIDED_ON, RD_EXPIRES_ON).from(RISK_DECISION).where(RD_ASSESSMENT.in(ids))
                .orderBy(RD_ASSESSMENT, RD_POSITION).fetch(), RD_ASSESSMENT);
        Map<String, List<Record>> consultations = byAssessment(dsl.select(C_ASSESSMENT, C_STAGE, C_HELD_ON, C_OUTCOME,
                C_BY).from(CONSULTATION).where(C_ASSESSMENT.in(ids)).orderBy(C_ASSESSMENT, C_POSITION).fetch(),
                C_ASSESSMENT);
        Map<String, List<Record>> evidence = byAssessment(dsl.select(E_ASSESSMENT, E_KIND, E_REFERENCE,
                E_EXPIRES_ON_DAY).from(EVIDENCE).where(E_ASSESSMENT.in(ids)).orderBy(E_ASSESSMENT, E_POSITION).fetch(),
                E_ASSESSMENT);
        List<StoredAssessment> stored = new ArrayList<>(rows.size());
        for (Record r : rows) {
            String id = r.get(A_ID);
            AssessmentIndex index = readable(() -> new AssessmentIndex(
                    risks.getOrDefault(id, List.of()).stream().map(JooqStore::riskDecision).toList(),
                    consultations.getOrDefault(id, List.of()).stream().map(JooqStore::consultation).toList(),
                    evidence.getOrDefault(id, List.of()).stream().map(JooqStore::evidence).toList()));
            String result = readable(() -> Content.gunzip(r.get(A_RESULT_GZIP)));
            stored.add(new StoredAssessment(id, readable(() -> summary(r)), r.get(A_REQUEST), r.get(A_REQUEST_SHA256),
                    result, r.get(A_RESULT_SHA256), index));
        }
        return stored;
    }

    private static Map<String, List<Record>> byAssessment(List<? extends Record> rows, Field<String> assessment) {
        Map<String, List<Record>> by = new HashMap<>();
        for (Record r : rows) {
            by.computeIfAbsent(r.get(assessment), k -> new ArrayList<>()).add(r);
        }
        return by;
    }

    /** A value decoded by {@code reading}; {@code null} when the stored columns cannot be decoded. */
    private static <T> T readable(java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (RuntimeException damaged) {
            return null;
        }
    }

    // ---------------------------------------------------------------- checkpoints

    @Override
    public void saveCheckpoint(Checkpoint checkpoint) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        db.write(dsl -> {
            insert(dsl, checkpoint);
            return null;
        });
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return db.read(dsl -> dsl.select(CP_SEQ, CP_HEAD_HASH, CP_SIGNED_AT, CP_SIGNATURE).from(AUDIT_CHECKPOINT)
                .orderBy(CP_SEQ, CP_SIGNED_AT).fetch(JooqStore::checkpoint));
    }

    private static Checkpoint checkpoint(Record r) {
        // kept as stored, however damaged: a checkpoint that does not verify is reported, not refused on reading
        return new Checkpoint(r.get(CP_SEQ), r.get(CP_HEAD_HASH) == null ? null : r.get(CP_HEAD_HASH).trim(),
                instantOrNull(r.get(CP_SIGNED_AT)), r.get(CP_SIGNATURE));
    }

    private static java.time.Instant instantOrNull(String text) {
        try {
            return Content.instant(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void insert(DSLContext dsl, Checkpoint c) {
        dsl.insertInto(AUDIT_CHECKPOINT).set(CP_SEQ, c.seq()).set(CP_HEAD_HASH, c.headHash())
                .set(CP_SIGNED_AT, Content.instant(c.signedAt())).set(CP_SIGNATURE, c.signature()).execute();
    }

    private static String reference(Object content) {
        return AuditChain.reference(Content.json(content));
    }

    // ---------------------------------------------------------------- export, import, backup

    @Override
    public StoreContents contents() {
        return db.read(dsl -> new StoreContents(
                dsl.select(ROW_ID, ROW_VERSION, ROW_PROFILE, ROW_UPDATED_AT, ROW_UPDATED_BY).from(SERVICE).orderBy(ROW_ID)
                        .fetch(r -> row(ProfileKind.SERVICE, r)),
                dsl.select(ROW_ID, ROW_VERSION, ROW_PROFILE, ROW_UPDATED_AT, ROW_UPDATED_BY).from(SYSTEM).orderBy(ROW_ID)
                        .fetch(r -> row(ProfileKind.SYSTEM, r)),
                dsl.select(full()).from(ASSESSMENT).orderBy(A_RECORDED_AT, A_ID).fetch(this::assessment),
                dsl.select(AE_SEQ, AE_AT, AE_ACTOR, AE_ACTION, AE_ENTITY_TYPE, AE_ENTITY_ID, AE_BEFORE, AE_AFTER,
                        AE_DETAIL, AE_PREVIOUS_HASH, AE_HASH).from(AUDIT_EVENT).orderBy(AE_SEQ).fetch(JooqStore::event),
                dsl.select(CP_SEQ, CP_HEAD_HASH, CP_SIGNED_AT, CP_SIGNATURE).from(AUDIT_CHECKPOINT)
                        .orderBy(CP_SEQ, CP_SIGNED_AT).fetch(JooqStore::checkpoint)));
    }

    @Override
    public void restore(StoreContents contents, Map<String, AssessmentIndex> indexes) {
        Objects.requireNonNull(contents, "contents");
        Objects.requireNonNull(indexes, "indexes");
        List<AssessmentRecord> ordered = linkedOrder(contents);
        db.write(dsl -> {
            Head head = Head.lock(dsl, db.engine());
            if (!empty(dsl)) {
                throw StoreTexts.error(Reason.NOT_EMPTY, "store.notEmpty.restore", location());
            }
            for (ServiceRecord s : contents.services()) {
                insertRow(dsl, Tables.SERVICE, s.id(), s.version(), s.profile(), s.updatedAt(), s.updatedBy());
            }
            for (SystemRecord s : contents.systems()) {
                insertRow(dsl, Tables.SYSTEM, s.id(), s.version(), s.profile(), s.updatedAt(), s.updatedBy());
            }
            for (AssessmentRecord a : ordered) {
                AssessmentIndex index = indexes.get(a.summary().id());
                if (index == null) {
                    throw StoreTexts.error(Reason.INVALID, "store.restore.noIndex", a.summary().id());
                }
                insertAssessment(dsl, a.summary(), a.requestJson(), Digests.sha256(a.requestJson()),
                        Content.gzip(a.resultJson()), Digests.sha256(a.resultJson()));
                insertIndex(dsl, a.summary().id(), index);
            }
            for (AuditEvent e : contents.auditEvents()) {
                insert(dsl, e);
                head.seq = e.seq();
                head.hash = e.hash();
            }
            head.save(dsl);
            for (Checkpoint c : contents.checkpoints()) {
                insert(dsl, c);
            }
            return null;
        });
    }

    private static void insertRow(DSLContext dsl, Table<Record> table, String id, long version, Object profile,
            Instant at, String by) {
        dsl.insertInto(table, ROW_ID, ROW_VERSION, ROW_PROFILE, ROW_UPDATED_AT, ROW_UPDATED_BY)
                .values(id, version, Content.json(profile), Content.instant(at), by).execute();
    }

    /** The assessments with every one after its previous, and each referring only to rows in {@code contents}. */
    private static List<AssessmentRecord> linkedOrder(StoreContents contents) {
        Set<String> services = new HashSet<>();
        contents.services().forEach(s -> services.add(s.id()));
        Set<String> systems = new HashSet<>();
        contents.systems().forEach(s -> systems.add(s.id()));
        Map<String, AssessmentRecord> pending = new LinkedHashMap<>();
        for (AssessmentRecord a : contents.assessments()) {
            AssessmentSummary s = a.summary();
            if (!systems.contains(s.systemId())) {
                throw StoreTexts.error(Reason.INVALID, "store.restore.missing", s.id(), s.systemId());
            }
            if (!services.contains(s.serviceId())) {
                throw StoreTexts.error(Reason.INVALID, "store.restore.missing", s.id(), s.serviceId());
            }
            pending.put(s.id(), a);
        }
        List<AssessmentRecord> ordered = new ArrayList<>(pending.size());
        Set<String> placed = new HashSet<>();
        while (!pending.isEmpty()) {
            int before = ordered.size();
            for (var it = pending.values().iterator(); it.hasNext();) {
                AssessmentRecord a = it.next();
                String previous = a.summary().previousId();
                if (previous == null || placed.contains(previous)) {
                    ordered.add(a);
                    placed.add(a.summary().id());
                    it.remove();
                }
            }
            if (ordered.size() == before) {
                AssessmentSummary stuck = pending.values().iterator().next().summary();
                throw StoreTexts.error(Reason.INVALID, "store.restore.missing", stuck.id(), stuck.previousId());
            }
        }
        return ordered;
    }

    /** {@inheritDoc} {@code VACUUM INTO}: a consistent copy, also of a read-only store; it refuses a file with content. */
    @Override
    public void backupTo(Path file) {
        if (db.engine() != Engine.SQLITE) {
            throw StoreTexts.error(Reason.UNSUPPORTED, "store.unsupported.backup", location());
        }
        if (Files.isSymbolicLink(file)) {
            throw StoreTexts.error(Reason.NOT_EMPTY, "file.exists", file);
        }
        db.autoCommit(dsl -> dsl.execute("VACUUM INTO ?", file.toAbsolutePath().toString()));
    }

    @Override
    public void close() {
        db.close();
    }
}
