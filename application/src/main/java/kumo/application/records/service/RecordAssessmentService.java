package kumo.application.records.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import kumo.application.assess.AssessUseCase;
import kumo.application.document.Documents;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.Actor;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.NewAssessment;
import kumo.application.records.RecordedAssessment;
import kumo.application.records.port.in.RecordAssessmentUseCase;
import kumo.application.records.port.out.RecordAssessmentPort;

/**
 * Assesses with the given {@link AssessUseCase}, derives each assessment's index ({@link AssessmentIndexer})
 * and leaves transactions, audit events and locking to the store.
 */
public final class RecordAssessmentService implements RecordAssessmentUseCase {

    private final RecordAssessmentPort store;
    private final AssessUseCase assess;
    private final AssessmentIndexer indexer;
    private final Documents documents;
    private final StoreClock clock;
    private final Supplier<String> newIds;

    /** With random UUIDs as assessment keys. */
    public RecordAssessmentService(RecordAssessmentPort store, AssessUseCase assess, AssessmentIndexer indexer,
            Documents documents, Clock clock) {
        this(store, assess, indexer, documents, clock, () -> UUID.randomUUID().toString());
    }

    /**
     * @param indexer derives the index with the parameters of the catalogue {@code assess} uses
     * @param newIds  gives the key of each new assessment
     */
    public RecordAssessmentService(RecordAssessmentPort store, AssessUseCase assess, AssessmentIndexer indexer,
            Documents documents, Clock clock, Supplier<String> newIds) {
        this.store = Objects.requireNonNull(store, "store");
        this.assess = Objects.requireNonNull(assess, "assess");
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.clock = new StoreClock(clock);
        this.newIds = Objects.requireNonNull(newIds, "newIds");
    }

    @Override
    public RecordedAssessment record(AssessmentToRecord item, Actor actor) {
        return record(item, actor, null);
    }

    /**
     * As {@link #record(AssessmentToRecord, Actor)}, refused with {@link kumo.application.records.StaleAssessmentException}
     * when the system's latest assessment at the time of the write is not {@code expectedPreviousId} ({@code null}:
     * no check).
     */
    RecordedAssessment record(AssessmentToRecord item, Actor actor, String expectedPreviousId) {
        Prepared prepared = prepare(Objects.requireNonNull(item, "item"), clock.today(), expectedPreviousId);
        AssessmentSummary summary = store.recordAssessment(prepared.assessment(), ProfileService.actor(actor),
                clock.now());
        return new RecordedAssessment(summary, prepared.result());
    }

    @Override
    public List<RecordedAssessment> recordAll(List<AssessmentToRecord> items, Actor actor) {
        Actor by = ProfileService.actor(actor);
        LocalDate today = clock.today(); // one "today" for the whole batch
        List<Prepared> prepared = Objects.requireNonNull(items, "items").stream()
                .map(item -> prepare(item, today, null)).toList();
        if (prepared.isEmpty()) {
            return List.of();
        }
        List<AssessmentSummary> stored = store.recordAssessments(
                prepared.stream().map(Prepared::assessment).toList(), by, clock.now());
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
    private Prepared prepare(AssessmentToRecord item, LocalDate today, String expectedPreviousId) {
        AssessmentRequestDocument request = Objects.requireNonNull(item, "item").request();
        documents.validate(request);
        String system = item.systemKey();
        String service = item.serviceKey();
        AssessmentResultDocument result = assess.assess(request, today);
        NewAssessment assessment = new NewAssessment(newIds.get(), system, service, request.system(),
                request.service(), result.verdict().code(), result.catalogueVersion(), result.assessmentDate(),
                Documents.canonicalJson(request), Documents.canonicalJson(result), indexer.index(request),
                expectedPreviousId);
        return new Prepared(assessment, result);
    }
}
