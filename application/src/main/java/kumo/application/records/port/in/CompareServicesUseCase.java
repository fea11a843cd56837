package kumo.application.records.port.in;

import java.util.List;
import java.util.Objects;

import kumo.application.document.request.InformationClassificationDto;
import kumo.application.document.request.SystemProfileDto;
import kumo.application.document.result.AssessmentResultDocument;
import kumo.application.records.ServiceRecord;

/**
 * One system against several stored services (incoming port): each service is assessed, through the same
 * assessor as every other assessment, on a request built from the system and that service's stored profile,
 * with no plan recorded yet (the city's steps are per service and come after the choice). Nothing is recorded.
 * "Today" comes from the clock the implementation was given. Shared by every front door (web compare page,
 * {@code kumo compare}).
 */
public interface CompareServicesUseCase {

    /** The most services one comparison takes. */
    int MAX_SERVICES = 12;

    /**
     * Assesses {@code system} on each of {@code serviceIds}, in the given order (a repeated ID counts once).
     *
     * @throws kumo.application.document.InvalidDocumentException naming {@code system} when the system is given
     *         both or neither way, {@code services} when no service or more than {@value #MAX_SERVICES} are
     *         named, and the classification's own fields when it breaks a rule of the request format
     * @throws kumo.application.records.StoreException NOT_FOUND for a system or service that is not stored
     */
    Comparison compare(Subject system, List<String> serviceIds);

    /**
     * The system compared: a stored one ({@code systemId}), or only a classification typed in. Exactly one of
     * the two is given.
     */
    record Subject(String systemId, InformationClassificationDto classification) {

        /** A stored system. */
        public static Subject stored(String systemId) {
            return new Subject(systemId, null);
        }

        /** A system known only by the classification of its information. */
        public static Subject classified(InformationClassificationDto classification) {
            return new Subject(null, classification);
        }
    }

    /**
     * The outcome.
     *
     * @param systemId the stored system's key; {@code null} for a classification typed in
     * @param system   the system profile the requests were built with
     * @param columns  one per service, in the order asked
     */
    record Comparison(String systemId, SystemProfileDto system, List<Column> columns) {

        public Comparison {
            Objects.requireNonNull(system, "system");
            columns = List.copyOf(columns);
        }
    }

    /** One service and its result for the system. */
    record Column(ServiceRecord service, AssessmentResultDocument result) {
    }
}
