package kumo.application.records.service;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

import kumo.application.assess.AssessUseCase;
import kumo.application.document.Documents;
import kumo.application.records.StoreLocation;
import kumo.application.records.port.in.StoreSession;
import kumo.application.records.port.out.Store;

/**
 * Every records use case over one store, each given only the ports it needs. Called by the composition root
 * (with a store that opens on first use) and by tests (with an in-memory one).
 */
public final class RecordsServices {

    private RecordsServices() {
    }

    /** As the other {@code session}, the location parsed from {@code location} (for tests and tools). */
    public static StoreSession session(Store store, String location, AssessUseCase assess, AssessmentIndexer indexer,
            Documents documents, Clock clock, Supplier<String> newIds, Runnable closer) {
        return session(store, StoreLocation.parse(location, "location"), assess, indexer, documents, clock, newIds,
                closer);
    }

    /**
     * @param store    the store (all outgoing ports)
     * @param location where it is, for messages
     * @param assess   the assessor whose catalogue {@code indexer} was built from
     * @param clock    "today" is its date in its zone
     * @param newIds   the key of each new assessment
     * @param closer   what {@link StoreSession#close()} does
     */
    public static StoreSession session(Store store, StoreLocation location, AssessUseCase assess,
            AssessmentIndexer indexer, Documents documents, Clock clock, Supplier<String> newIds, Runnable closer) {
        Objects.requireNonNull(store, "store");
        ProfileService profiles = new ProfileService(store, store, store, indexer, documents, clock);
        RecordAssessmentService record = new RecordAssessmentService(store, assess, indexer, documents, clock, newIds);
        AssessmentQueryService queries = new AssessmentQueryService(store, store, store, documents, clock);
        AssessmentRederivation rederivation = new AssessmentRederivation(documents, indexer, assess);
        StoreFileService files = new StoreFileService(store, store, store, indexer, documents, rederivation);
        AuditTrailService audit = new AuditTrailService(store, store, rederivation);
        AuditAnchorService anchor = new AuditAnchorService(store, store, clock);
        RecordCityStepService steps = new RecordCityStepService(store, record, documents, clock);
        return new StoreSession(location, profiles, profiles, profiles, profiles, record, queries, queries, queries,
                queries, queries, files, files, files, audit, audit, anchor, anchor, anchor, steps, new CompareServicesService(assess, profiles, clock), closer);
    }
}
