package kumo.application.records;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import kumo.application.document.Documents;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;
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
 * A {@link Store} in memory, for the use-case tests: it follows the port's javadoc (versions and conflicts,
 * audit events chained by {@link AuditChain} in the same step as the change, a separately kept head,
 * previous-assessment links, the listing orders, NOT_EMPTY on restore) with one lock around everything, so a
 * method either changes everything it should or nothing. Test hooks alter the stored trail the way someone with
 * database access could.
 */
public final class InMemoryStore implements Store {

    private static final Comparator<AssessmentSummary> RECORDED = Comparator
            .comparing(AssessmentSummary::recordedAt).thenComparing(AssessmentSummary::id);

    private final TreeMap<String, ServiceRecord> services = new TreeMap<>();
    private final TreeMap<String, SystemRecord> systems = new TreeMap<>();
    private final Map<String, AssessmentRecord> assessments = new LinkedHashMap<>();
    private final Map<String, AssessmentIndex> indexes = new HashMap<>();
    private final TreeMap<Long, AuditEvent> events = new TreeMap<>();
    private AuditHead head;
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private boolean closed;

    /** How many times the trail was read, and the largest page asked for (to check paging). */
    int auditReads;
    int largestAuditPage;

    // ---------------------------------------------------------------- services and systems

    /** The rows of a kind, by key. */
    @SuppressWarnings("unchecked")
    private <P, R extends ProfileRecord<P>> TreeMap<String, R> rows(ProfileKind<P, R> kind) {
        return (TreeMap<String, R>) (kind == ProfileKind.SERVICE ? services : systems);
    }

    @Override
    public synchronized <P, R extends ProfileRecord<P>> Optional<R> findProfile(ProfileKind<P, R> kind, String id) {
        open();
        return Optional.ofNullable(rows(kind).get(id));
    }

    @Override
    public synchronized <P, R extends ProfileRecord<P>> R saveProfile(ProfileKind<P, R> kind, String id, P profile,
            Long expectedVersion, Actor actor, Instant at) {
        open();
        R old = rows(kind).get(id);
        long version = nextVersion(kind.type(), id, old == null ? null : old.version(), expectedVersion);
        R row = kind.row(id, version, profile, at, actor.name());
        append(at, actor, old == null ? kind.created() : kind.updated(), kind.type(), id,
                old == null ? null : RowDigest.profile(old), RowDigest.profile(row), "version " + version);
        rows(kind).put(id, row);
        return row;
    }

    @Override
    public synchronized <P, R extends ProfileRecord<P>> Page<R> listProfiles(ProfileKind<P, R> kind, PageRequest page) {
        open();
        return page(new ArrayList<>(rows(kind).values()), page);
    }

    @Override
    public synchronized DeletedSystem deleteSystem(String id, Long expectedVersion, String reason, Actor actor,
            Instant at) {
        open();
        SystemRecord old = systems.get(id);
        if (old == null) {
            throw StoreTexts.error(StoreException.Reason.NOT_FOUND, "store.notFound", "@store.kind.SYSTEM", id);
        }
        if (expectedVersion != null && expectedVersion != old.version()) {
            throw new VersionConflictException("SYSTEM", id, expectedVersion, old.version());
        }
        List<String> gone = assessments.values().stream().map(AssessmentRecord::summary)
                .filter(s -> s.systemId().equals(id)).map(AssessmentSummary::id).toList();
        for (String a : gone) {
            append(at, actor, AuditAction.ASSESSMENT_DELETED, "ASSESSMENT", a, digestOf(a), null, "system " + id);
        }
        AuditEvent event = append(at, actor, AuditAction.SYSTEM_DELETED, "SYSTEM", id, RowDigest.profile(old), null,
                reason);
        gone.forEach(a -> {
            assessments.remove(a);
            indexes.remove(a);
        });
        systems.remove(id);
        return new DeletedSystem(id, old.version(), gone.size(), event);
    }

    // ---------------------------------------------------------------- assessments

    @Override
    public synchronized AssessmentSummary recordAssessment(NewAssessment a, Actor actor, Instant at) {
        open();
        if (assessments.containsKey(a.id())) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.document.duplicate", a.id());
        }
        String previous = latest(a.systemId()).map(AssessmentSummary::id).orElse(null);
        a.checkPrevious(previous);
        if (!systems.containsKey(a.systemId())) {
            saveProfile(ProfileKind.SYSTEM, a.systemId(), a.system(), null, actor, at);
        }
        if (!services.containsKey(a.serviceId())) {
            saveProfile(ProfileKind.SERVICE, a.serviceId(), a.service(), null, actor, at);
        }
        AssessmentSummary summary = new AssessmentSummary(a.id(), a.systemId(), a.serviceId(), previous, a.verdict(),
                a.catalogueVersion(), a.assessmentDate(), at, actor.name());
        assessments.put(a.id(), new AssessmentRecord(summary, a.requestJson(), a.resultJson()));
        indexes.put(a.id(), a.index());
        append(at, actor, AuditAction.ASSESSMENT_RECORDED, "ASSESSMENT", a.id(), null, digestOf(a.id()), a.verdict());
        return summary;
    }

    @Override
    public synchronized List<AssessmentSummary> recordAssessments(List<NewAssessment> batch, Actor actor, Instant at) {
        open();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (NewAssessment a : batch) {
            if (assessments.containsKey(a.id()) || !ids.add(a.id())) {
                throw StoreTexts.error(StoreException.Reason.INVALID, "store.document.duplicate", a.id());
            }
        }
        List<AssessmentSummary> stored = new ArrayList<>();
        for (NewAssessment a : batch) {
            stored.add(recordAssessment(a, actor, at));
        }
        return stored;
    }

    @Override
    public synchronized Optional<AssessmentRecord> findAssessment(String id) {
        open();
        return Optional.ofNullable(assessments.get(id));
    }

    @Override
    public synchronized Page<AssessmentSummary> listAssessments(AssessmentQuery q, PageRequest page) {
        open();
        Predicate<AssessmentSummary> match = s -> (q.systemId() == null || q.systemId().equals(s.systemId()))
                && (q.serviceId() == null || q.serviceId().equals(s.serviceId()))
                && (q.verdict() == null || q.verdict().equals(s.verdict()));
        List<AssessmentSummary> rows = assessments.values().stream().map(AssessmentRecord::summary).filter(match)
                .sorted(RECORDED.reversed()).toList();
        return page(rows, page);
    }

    @Override
    public synchronized List<ExpiringEvidence> evidenceExpiringBy(LocalDate limit) {
        open();
        List<ExpiringEvidence> found = new ArrayList<>();
        for (String system : systems.keySet()) {
            latest(system).ifPresent(s -> indexes.get(s.id()).evidence().stream()
                    .filter(e -> !e.expiresOn().isAfter(limit))
                    .forEach(e -> found.add(new ExpiringEvidence(s, e))));
        }
        found.sort(Comparator.comparing((ExpiringEvidence e) -> e.evidence().expiresOn())
                .thenComparing(e -> e.assessment().id()));
        return found;
    }

    @Override
    public synchronized List<Recorded<AssessmentIndex.RiskDecisionRow>> riskDecisions(String systemId) {
        open();
        List<Recorded<AssessmentIndex.RiskDecisionRow>> rows = new ArrayList<>();
        ofSystem(systemId).forEach(s -> indexes.get(s.id()).riskDecisions()
                .forEach(r -> rows.add(new Recorded<>(s.id(), r))));
        return rows;
    }

    @Override
    public synchronized List<Recorded<AssessmentIndex.ConsultationRow>> consultations(String systemId) {
        open();
        List<Recorded<AssessmentIndex.ConsultationRow>> rows = new ArrayList<>();
        ofSystem(systemId).forEach(s -> indexes.get(s.id()).consultations()
                .forEach(r -> rows.add(new Recorded<>(s.id(), r))));
        return rows;
    }

    private String digestOf(String assessmentId) {
        return RowDigest.assessment(stored(assessmentId));
    }

    private StoredAssessment stored(String id) {
        AssessmentRecord a = assessments.get(id);
        return new StoredAssessment(id, a.summary(), a.requestJson(), RowDigest.document(a.requestJson()),
                a.resultJson(), RowDigest.document(a.resultJson()), indexes.get(id));
    }

    @Override
    public synchronized List<StoredProfile> storedProfiles(ProfileKind<?, ?> kind, String afterId, int limit) {
        open();
        TreeMap<String, ? extends ProfileRecord<?>> rows = kind == ProfileKind.SERVICE ? services : systems;
        return (afterId == null ? rows : rows.tailMap(afterId, false)).values().stream().limit(limit)
                .map(r -> new StoredProfile(r.id(), r)).toList();
    }

    @Override
    public synchronized List<StoredAssessment> storedAssessments(String afterId, int limit) {
        open();
        return assessments.keySet().stream().sorted().filter(id -> afterId == null || id.compareTo(afterId) > 0)
                .limit(limit).map(this::stored).toList();
    }

    /** The index stored with an assessment (for the tests). */
    synchronized AssessmentIndex index(String assessmentId) {
        return indexes.get(assessmentId);
    }

    // ---------------------------------------------------------------- audit trail

    @Override
    public synchronized List<AuditEvent> auditEvents(long fromSeq, int limit) {
        open();
        auditReads++;
        largestAuditPage = Math.max(largestAuditPage, limit);
        return events.tailMap(fromSeq, true).values().stream().limit(limit).toList();
    }

    @Override
    public synchronized Optional<AuditHead> auditHead() {
        open();
        return Optional.ofNullable(head);
    }

    /** Replaces a stored event as someone with write access to the database could (test hook). */
    synchronized void tamper(long seq, UnaryOperator<AuditEvent> change) {
        events.put(seq, change.apply(events.get(seq)));
    }

    /** Removes a stored event (test hook). */
    synchronized void removeEvent(long seq) {
        events.remove(seq);
    }

    // ---------------------------------------------------------------- whole store

    @Override
    public String location() {
        return "memory:" + Integer.toHexString(System.identityHashCode(this));
    }

    @Override
    public synchronized boolean isEmpty() {
        open();
        return services.isEmpty() && systems.isEmpty() && assessments.isEmpty() && events.isEmpty();
    }

    @Override
    public synchronized StoreContents contents() {
        open();
        List<AssessmentRecord> rows = assessments.values().stream()
                .sorted(Comparator.comparing(AssessmentRecord::summary, RECORDED)).toList();
        return new StoreContents(List.copyOf(services.values()), List.copyOf(systems.values()), rows,
                List.copyOf(events.values()), checkpoints);
    }

    @Override
    public synchronized void saveCheckpoint(Checkpoint checkpoint) {
        open();
        checkpoints.add(Objects.requireNonNull(checkpoint, "checkpoint"));
    }

    @Override
    public synchronized List<Checkpoint> checkpoints() {
        open();
        return List.copyOf(checkpoints);
    }

    /** Moves the recorded head, as an attacker who cut the tail would (test hook). */
    synchronized void moveHead(AuditHead to) {
        head = to;
    }

    /** Removes the events from {@code seq} on (test hook). */
    synchronized void cutFrom(long seq) {
        events.tailMap(seq, true).clear();
    }

    /** Replaces every event from {@code seq} on by what {@code change} gives, re-hashing the chain after it. */
    synchronized void rehashFrom(long seq, UnaryOperator<AuditEvent> change) {
        String previous = seq == 1 ? AuditChain.GENESIS : events.get(seq - 1).hash();
        for (long s = seq; events.containsKey(s); s++) {
            AuditEvent e = s == seq ? change.apply(events.get(s)) : events.get(s);
            String hash = AuditChain.hash(previous, e.seq(), e.at(), e.actor(), e.action(), e.entityType(),
                    e.entityId(), e.beforeRef(), e.afterRef(), e.detail());
            events.put(s, new AuditEvent(e.seq(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(),
                    e.beforeRef(), e.afterRef(), e.detail(), previous, hash));
            previous = hash;
        }
        AuditEvent last = events.lastEntry().getValue();
        head = new AuditHead(last.seq(), last.hash());
    }

    @Override
    public synchronized void restore(StoreContents contents, Map<String, AssessmentIndex> newIndexes) {
        open();
        if (!isEmpty()) {
            throw StoreTexts.error(StoreException.Reason.NOT_EMPTY, "store.import.notEmpty", location());
        }
        contents.services().forEach(s -> services.put(s.id(), s));
        contents.systems().forEach(s -> systems.put(s.id(), s));
        contents.assessments().forEach(a -> {
            assessments.put(a.summary().id(), a);
            indexes.put(a.summary().id(), Objects.requireNonNull(newIndexes.get(a.summary().id()), "index"));
        });
        contents.auditEvents().forEach(e -> events.put(e.seq(), e));
        checkpoints.addAll(contents.checkpoints());
        AuditEvent last = events.isEmpty() ? null : events.lastEntry().getValue();
        head = last == null ? null : new AuditHead(last.seq(), last.hash());
    }

    /** Where {@link #backupTo} was last asked to copy to; a memory store has nothing to copy. */
    Path lastBackupTarget;

    @Override
    public synchronized void backupTo(Path target) {
        open();
        lastBackupTarget = target;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    // ---------------------------------------------------------------- helpers

    private void open() {
        if (closed) {
            throw new IllegalStateException("store closed");
        }
    }

    private static long nextVersion(String type, String id, Long stored, Long expected) {
        if (!Objects.equals(stored, expected)) {
            throw new VersionConflictException(type, id, expected, stored);
        }
        return expected == null ? 1 : expected + 1;
    }

    private Optional<AssessmentSummary> latest(String systemId) {
        return assessments.values().stream().map(AssessmentRecord::summary)
                .filter(s -> s.systemId().equals(systemId)).max(RECORDED);
    }

    private List<AssessmentSummary> ofSystem(String systemId) {
        return assessments.values().stream().map(AssessmentRecord::summary)
                .filter(s -> s.systemId().equals(systemId)).sorted(RECORDED).toList();
    }

    private AuditEvent append(Instant at, Actor actor, AuditAction action, String type, String id, String before,
            String after, String detail) {
        long seq = head == null ? 1 : head.seq() + 1;
        String previous = head == null ? AuditChain.GENESIS : head.hash();
        Instant when = AuditChain.storable(at);
        String hash = AuditChain.hash(previous, seq, when, actor.name(), action, type, id, before, after, detail);
        AuditEvent event = new AuditEvent(seq, when, actor.name(), action, type, id, before, after, detail, previous,
                hash);
        events.put(seq, event);
        head = new AuditHead(seq, hash);
        return event;
    }

    private static <T> Page<T> page(List<T> rows, PageRequest page) {
        int from = (int) Math.min(rows.size(), page.offset());
        int to = Math.min(rows.size(), from + page.size());
        return new Page<>(rows.subList(from, to), page.page(), page.size(), rows.size());
    }
}
