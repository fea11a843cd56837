package kumo.application.records.port.in;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kumo.application.document.Violation;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.records.Actor;
import kumo.application.records.ProfileKind;
import kumo.application.records.RecordIds;
import kumo.application.records.RecordedAssessment;
import kumo.application.records.StoreException;

/**
 * Assesses requests and records them, request and result as they are (incoming port). "Today" comes from the
 * clock the implementation was given. Failures are {@link StoreException}s or {@code
 * InvalidDocumentException}s for a bad document; nothing is written when one is thrown.
 */
public interface RecordAssessmentUseCase {

    /** Assesses one request and records it. */
    RecordedAssessment record(AssessmentToRecord item, Actor actor);

    /**
     * Assesses several requests and records them all in one transaction: all or none (a batch run over many
     * files, one commit instead of one per assessment). Every item is validated, keyed and assessed before
     * anything is written, in the given order; an assessment of a system already in the batch links to the one
     * before it.
     *
     * <p>A caller that wants to record the good items of a mixed batch checks each one first, as this method
     * does: the request's validity, then {@link AssessmentToRecord#keyViolations()}.
     *
     * @return one per item, in the given order; empty (and nothing written) for no items
     * @throws kumo.application.document.InvalidDocumentException for the first item that is not a valid request
     * @throws StoreException INVALID for the first item without a usable key; the store's reason when the write
     *                        fails (nothing is written then either)
     */
    List<RecordedAssessment> recordAll(List<AssessmentToRecord> items, Actor actor);

    /**
     * One request to assess and record, with the keys to store it under.
     *
     * @param request   the assessment request
     * @param systemId  the system's key; {@code null}: the request's {@code system.name}
     * @param serviceId the service's key; {@code null}: the request's {@code service.name}
     */
    record AssessmentToRecord(AssessmentRequestDocument request, String systemId, String serviceId) {

        /** The code of a violation about a key ({@link #keyViolations()}). */
        public static final String RECORD_KEY = "recordKey";

        public AssessmentToRecord {
            Objects.requireNonNull(request, "request");
        }

        /** A request keyed by its own system and service names. */
        public static AssessmentToRecord of(AssessmentRequestDocument request) {
            return new AssessmentToRecord(request, null, null);
        }

        /**
         * The system's key (see {@link RecordIds}).
         *
         * @throws StoreException INVALID naming {@code system.name} (or {@code id} for an explicit key) when unusable
         */
        public String systemKey() {
            return key(ProfileKind.SYSTEM, systemId);
        }

        /** The service's key, as {@link #systemKey()}; the field named is {@code service.name}. */
        public String serviceKey() {
            return key(ProfileKind.SERVICE, serviceId);
        }

        private String key(ProfileKind<?, ?> kind, String explicit) {
            Object profile = kind.profileOf(request);
            String name = profile == null ? null : nameOf(kind, profile);
            return RecordIds.of(explicit, name, kind.nameField());
        }

        @SuppressWarnings("unchecked")
        private static <P> String nameOf(ProfileKind<P, ?> kind, Object profile) {
            return kind.nameOf((P) profile);
        }

        /**
         * Why this item cannot be stored under its keys: one violation per unusable key, at {@code
         * $.system.name} / {@code $.service.name}, code {@value #RECORD_KEY}; empty when both are usable.
         */
        public List<Violation> keyViolations() {
            List<Violation> violations = new ArrayList<>();
            for (ProfileKind<?, ?> kind : List.of(ProfileKind.SYSTEM, ProfileKind.SERVICE)) {
                try {
                    key(kind, kind == ProfileKind.SYSTEM ? systemId : serviceId);
                } catch (StoreException e) {
                    violations.add(new Violation("$." + kind.nameField(), RECORD_KEY, e.text()));
                }
            }
            return List.copyOf(violations);
        }
    }
}
