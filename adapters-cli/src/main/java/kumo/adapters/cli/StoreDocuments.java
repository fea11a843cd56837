package kumo.adapters.cli;

import java.time.Instant;
import java.util.List;

/** The JSON documents the store commands print (and, for a stored row, read back). */
final class StoreDocuments {

    private StoreDocuments() {
    }

    /**
     * One stored service or system: {@code {"kumo": "service-record/1", "id", "version", "updatedAt",
     * "updatedBy", "profile"}}. {@code kumo service save} accepts it back and uses its id and version.
     */
    record Row(String kumo, String id, long version, Instant updatedAt, String updatedBy, Object profile) {

        static Row of(RecordKind<?, ?> kind, RecordKind.Stored<?> stored) {
            return new Row(kind.envelopeType(), stored.id(), stored.version(), stored.updatedAt(), stored.updatedBy(),
                    stored.profile());
        }
    }

    /** One page of a listing: {@code {"kumo": "service-list/1", "page", "size", "total", "items"}}. */
    record Listing(String kumo, int page, int size, long total, List<?> items) {
    }

    /** A stored assessment with both its documents, as {@code kumo assessment show --format record} prints it. */
    record AssessmentRow(String kumo, Object summary, Object request, Object result) {
    }
}
