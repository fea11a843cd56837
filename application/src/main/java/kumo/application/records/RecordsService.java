package kumo.application.records;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import kumo.application.assess.AssessUseCase;
import kumo.application.document.Documents;
import kumo.application.document.LocalizedText;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.domain.rules.v1.CatalogueV1;

/**
 * {@link RecordsUseCase} over one opened {@link Store}. Checks what it is given before the store sees it
 * (profiles by the request format's rules, keys, reasons, day counts), assesses with the given {@link
 * AssessUseCase}, derives each assessment's index ({@link AssessmentIndexer}) and leaves transactions, audit
 * events and locking to the store. "Today" is the clock's date in Japan ({@value #ZONE}); "now" is the
 * clock's instant cut to microseconds, as the store keeps it.
 */
public final class RecordsService implements RecordsUseCase {

    /** The time zone "today" is taken in: the city's. */
    public static final String ZONE = "Asia/Tokyo";

    /** The longest deletion reason accepted. */
    public static final int MAX_REASON_LENGTH = 1000;

    private static final ZoneId TOKYO = ZoneId.of(ZONE);

    private final Store store;
    private final AssessUseCase assess;
    private final Documents documents;
    private final Clock clock;
    private final Supplier<String> newIds;
    private final AssessmentIndexer indexer;
    private final AssessmentDiffer differ;
    private final StoreExports exports;

    /** With random UUIDs as assessment keys. */
    public RecordsService(Store store, AssessUseCase assess, Documents documents, Clock clock) {
        this(store, assess, documents, clock, () -> UUID.randomUUID().toString());
    }

    /**
     * With catalogue version 1's parameters for the index (the only catalogue there is).
     *
     * @param newIds gives the key of each new assessment
     */
    public RecordsService(Store store, AssessUseCase assess, Documents documents, Clock clock,
            Supplier<String> newIds) {
        this(store, assess, new AssessmentIndexer(CatalogueV1.catalogue()), documents, clock, newIds);
    }

    /** With an indexer built from the catalogue {@code assess} uses (when that is not version 1 as loaded). */
    public RecordsService(Store store, AssessUseCase assess, AssessmentIndexer indexer, Documents documents,
            Clock clock, Supplier<String> newIds) {
        this.store = Objects.requireNonNull(store, "store");
        this.assess = Objects.requireNonNull(assess, "assess");
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newIds = Objects.requireNonNull(newIds, "newIds");
        this.differ = new AssessmentDiffer(documents);
        this.exports = new StoreExports(documents);
    }

    // ---------------------------------------------------------------- services and systems

    @Override
    public ServiceRecord saveService(String id, CloudServiceProfileDto profile, Long expectedVersion, Actor actor) {
        ProfileRules.requireNone(ProfileRules.violations(documents, profile, "$"));
        String key = RecordIds.of(id, profile.name(), "service.name");
        return store.saveService(key, profile, version(expectedVersion), actor(actor), now());
    }

    @Override
    public Optional<ServiceRecord> service(String id) {
        return id == null ? Optional.empty() : store.findService(id);
    }

    @Override
    public Page<ServiceRecord> services(PageRequest page) {
        return store.listServices(Objects.requireNonNull(page, "page"));
    }

    @Override
    public List<AssessmentIndex.EvidenceExpiry> evidenceOf(CloudServiceProfileDto profile) {
        return indexer.evidenceOf(profile).stream()
                .sorted(Comparator.comparing(AssessmentIndex.EvidenceExpiry::expiresOn)).toList();
    }

    @Override
    public SystemRecord saveSystem(String id, SystemProfileDto profile, Long expectedVersion, Actor actor) {
        ProfileRules.requireNone(ProfileRules.violations(documents, profile, "$"));
        String key = RecordIds.of(id, profile.name(), "system.name");
        return store.saveSystem(key, profile, version(expectedVersion), actor(actor), now());
    }

    @Override
    public Optional<SystemRecord> system(String id) {
        return id == null ? Optional.empty() : store.findSystem(id);
    }

    @Override
    public Page<SystemRecord> systems(PageRequest page) {
        return store.listSystems(Objects.requireNonNull(page, "page"));
    }

    @Override
    public Store.DeletedSystem deleteSystem(String id, Long expectedVersion, String reason, Actor actor) {
        String key = RecordIds.of(id, null, "id");
        if (reason == null || reason.isBlank()) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.delete.reasonMissing");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.delete.reasonTooLong", MAX_REASON_LENGTH,
                    reason.length());
        }
        return store.deleteSystem(key, version(expectedVersion), reason, actor(actor), now());
    }

    // ---------------------------------------------------------------- assessments

    @Override
    public RecordedAssessment assessAndRecord(AssessmentRequestDocument request, String systemId, String serviceId,
            Actor actor) {
        Prepared prepared = prepare(new AssessmentToRecord(Objects.requireNonNull(request, "request"), systemId,
                serviceId), today());
        AssessmentSummary summary = store.recordAssessment(prepared.assessment(), actor(actor), now());
        return new RecordedAssessment(summary, prepared.result());
    }

    @Override
    public List<RecordedAssessment> assessAndRecordAll(List<AssessmentToRecord> items, Actor actor) {
        Actor by = actor(actor);
        LocalDate today = today(); // one "today" for the whole batch
        List<Prepared> prepared = Objects.requireNonNull(items, "items").stream()
                .map(item -> prepare(item, today)).toList();
        if (prepared.isEmpty()) {
            return List.of();
        }
        List<AssessmentSummary> stored = store.recordAssessments(
                prepared.stream().map(Prepared::assessment).toList(), by, now());
        if (stored.size() != prepared.size()) {
            throw new IllegalStateException("the store returned " + stored.size() + " summaries for "
                    + prepared.size() + " assessments");
        }
        List<RecordedAssessment> recorded = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            recorded.add(new RecordedAssessment(stored.get(i), prepared.get(i).result()));
        }
        return List.copyOf(recorded);
    }

    /** A request assessed, and the row to store for it. */
    private record Prepared(NewAssessment assessment, AssessmentResultDocument result) {
    }

    /** Validates, keys and assesses one request and derives its row: the same for one or many. */
    private Prepared prepare(AssessmentToRecord item, LocalDate today) {
        AssessmentRequestDocument request = Objects.requireNonNull(item, "item").request();
        documents.validate(request);
        String system = item.systemKey();
        String service = item.serviceKey();
        AssessmentResultDocument result = assess.assess(request, today);
        NewAssessment assessment = new NewAssessment(newIds.get(), system, service, request.system(),
                request.service(), result.verdict().code(), result.catalogueVersion(), result.assessmentDate(),
                Documents.canonicalJson(request), Documents.canonicalJson(result), indexer.index(request));
        return new Prepared(assessment, result);
    }

    @Override
    public Optional<AssessmentRecord> assessment(String id) {
        return id == null ? Optional.empty() : store.findAssessment(id);
    }

    @Override
    public Page<AssessmentSummary> assessments(AssessmentQuery query, PageRequest page) {
        return store.listAssessments(query == null ? AssessmentQuery.all() : query, Objects.requireNonNull(page, "page"));
    }

    @Override
    public AssessmentDiff diff(String firstId, String secondId) {
        AssessmentRecord first = found(firstId);
        AssessmentRecord second = found(secondId);
        if (!first.summary().systemId().equals(second.summary().systemId())) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.diff.differentSystems", firstId,
                    first.summary().systemId(), secondId, second.summary().systemId());
        }
        Comparator<AssessmentRecord> byRecorded = Comparator
                .comparing((AssessmentRecord a) -> a.summary().recordedAt())
                .thenComparing(a -> a.summary().id());
        return byRecorded.compare(first, second) <= 0 ? differ.diff(first, second) : differ.diff(second, first);
    }

    private AssessmentRecord found(String id) {
        return assessment(id).orElseThrow(() -> StoreTexts.error(StoreException.Reason.NOT_FOUND,
                "store.notFound", "@store.kind.ASSESSMENT", id));
    }

    @Override
    public List<ExpiringEvidence> expiringWithin(int days) {
        if (days < 0) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.expiring.negativeDays", days);
        }
        return store.evidenceExpiringBy(today().plusDays(days));
    }

    @Override
    public List<AssessmentStore.Recorded<AssessmentIndex.RiskDecisionRow>> riskDecisions(String systemId) {
        return store.riskDecisions(Objects.requireNonNull(systemId, "systemId"));
    }

    @Override
    public List<AssessmentStore.Recorded<AssessmentIndex.ConsultationRow>> consultations(String systemId) {
        return store.consultations(Objects.requireNonNull(systemId, "systemId"));
    }

    // ---------------------------------------------------------------- export, import, backup, audit

    @Override
    public void exportTo(OutputStream out) {
        exports.write(store.contents(), Objects.requireNonNull(out, "out"));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Order of checks, all before anything is written: the store is empty (NOT_EMPTY); the document is a
     * complete, valid export ({@code InvalidDocumentException}); its audit chain verifies (INVALID). Each
     * assessment's index is then derived from its request again, and everything is restored in one
     * transaction.
     */
    @Override
    public ImportSummary importFrom(InputStream in) {
        Objects.requireNonNull(in, "in");
        if (!store.isEmpty()) {
            throw StoreTexts.error(StoreException.Reason.NOT_EMPTY, "store.import.notEmpty", store.location());
        }
        StoreExports.Imported imported = exports.read(in);
        Store.StoreContents contents = imported.contents();
        AuditVerification chain = AuditVerifier.verify(contents.auditEvents(),
                AuditVerifier.headOf(contents.auditEvents()));
        if (!chain.intact()) {
            AuditVerification.Problem first = chain.problems().get(0);
            LocalizedText refused = StoreTexts.of("store.import.chainBroken", chain.problems().size());
            throw new StoreException(StoreException.Reason.INVALID, new LocalizedText(
                    refused.ja() + " " + first.text().ja(), refused.en() + " " + first.text().en()));
        }
        Map<String, AssessmentIndex> indexes = new HashMap<>();
        imported.requests().forEach((id, request) -> indexes.put(id, indexer.index(request)));
        store.restore(contents, indexes);
        return new ImportSummary(contents.services().size(), contents.systems().size(),
                contents.assessments().size(), contents.auditEvents().size());
    }

    @Override
    public void backupTo(Path target) {
        store.backupTo(Objects.requireNonNull(target, "target"));
    }

    @Override
    public AuditVerification verifyAudit() {
        return AuditVerifier.verify(store);
    }

    @Override
    public List<AuditEvent> auditEvents(long fromSeq, int limit) {
        if (fromSeq < 1) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.audit.badFrom", fromSeq);
        }
        if (limit < 1 || limit > MAX_AUDIT_EVENTS) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.audit.badLimit", limit, MAX_AUDIT_EVENTS);
        }
        return store.auditEvents(fromSeq, limit);
    }

    // ---------------------------------------------------------------- helpers

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TOKYO);
    }

    private Instant now() {
        return AuditChain.storable(clock.instant());
    }

    private static Actor actor(Actor actor) {
        return Objects.requireNonNull(actor, "actor");
    }

    private static Long version(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion < 1) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.version.invalid", expectedVersion);
        }
        return expectedVersion;
    }
}
