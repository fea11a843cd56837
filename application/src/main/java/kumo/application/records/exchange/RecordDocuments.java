package kumo.application.records.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import kumo.application.records.AssessmentRecord;
import kumo.application.records.AssessmentSummary;
import kumo.application.records.Page;
import kumo.application.records.ProfileKind;
import kumo.application.records.ProfileRecord;

/**
 * The JSON documents every front door prints for what the store holds — the CLI's {@code --format json}, the
 * API's answers — so that a script gets the same shape from either: one stored service or system, one page of a
 * listing, one stored assessment with both its documents. Written with {@link
 * kumo.application.document.Documents#write}.
 */
public final class RecordDocuments {

    /** The document type of one stored assessment with its request and result. */
    public static final String ASSESSMENT_RECORD = "assessment-record/1";

    private RecordDocuments() {
    }

    /**
     * One stored service or system: {@code {"kumo": "service-record/1", "id", "version", "updatedAt", "updatedBy",
     * "profile"}}. {@code kumo service save} and {@code PUT /api/v1/services/{id}} accept it back.
     */
    public record ProfileRow(String kumo, String id, long version, Instant updatedAt, String updatedBy, Object profile) {

        public static ProfileRow of(ProfileKind<?, ?> kind, ProfileRecord<?> stored) {
            return of(kind, stored.id(), stored.version(), stored.updatedAt(), stored.updatedBy(), stored.profile());
        }

        public static ProfileRow of(ProfileKind<?, ?> kind, String id, long version, Instant updatedAt,
                String updatedBy, Object profile) {
            return new ProfileRow(rowType(kind), id, version, updatedAt, updatedBy, profile);
        }
    }

    /** One page of a listing: {@code {"kumo": "service-list/1", "page", "size", "total", "items"}}. */
    public record Listing(String kumo, int page, int size, long total, List<?> items) {

        /** The page {@code page} of a listing of type {@code type}, with {@code items} as shown (mapped or not). */
        public static Listing of(String type, Page<?> page, List<?> items) {
            return new Listing(Objects.requireNonNull(type, "type"), page.page(), page.size(), page.total(), items);
        }
    }

    /**
     * A stored assessment with both its documents: {@code {"kumo": "assessment-record/1", "summary", "request",
     * "result"}}; {@code request} and {@code result} are the stored JSON as trees.
     */
    public record AssessmentRow(String kumo, AssessmentSummary summary, Object request, Object result) {

        public static AssessmentRow of(AssessmentRecord stored, Object request, Object result) {
            return new AssessmentRow(ASSESSMENT_RECORD, stored.summary(), request, result);
        }
    }

    /** The type of one stored row of {@code kind} ({@code service-record/1}). */
    public static String rowType(ProfileKind<?, ?> kind) {
        return kind.name() + "-record/1";
    }

    /** The type of a listing of {@code kind} ({@code service-list/1}). */
    public static String listType(ProfileKind<?, ?> kind) {
        return kind.name() + "-list/1";
    }
}
