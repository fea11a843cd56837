package kumo.application.records.port.in;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import kumo.application.document.LocalizedText;
import kumo.application.document.request.CloudServiceProfileDto;
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
     * Assesses {@code system} on each of {@code services}, in the given order: stored services by their ID, or
     * profiles given in full (e.g. read from files by the command line). A repeated ID or label counts once. When
     * neither the system nor any service is a stored one, the store is not used at all.
     *
     * @throws kumo.application.document.InvalidDocumentException as {@link #compare(Subject, List)}
     * @throws kumo.application.records.StoreException NOT_FOUND for a system or service that is not stored
     */
    Comparison compareWith(Subject system, List<ServiceChoice> services);

    /**
     * One service to compare: a stored one ({@code id} only), or a profile given in full under a label of the
     * caller's ({@code id} is then that label, e.g. the file name).
     */
    record ServiceChoice(String id, CloudServiceProfileDto profile) {

        /** A stored service. */
        public static ServiceChoice stored(String id) {
            return new ServiceChoice(id, null);
        }

        /** A service profile given in full, shown under {@code label}. */
        public static ServiceChoice given(String label, CloudServiceProfileDto profile) {
            return new ServiceChoice(label, Objects.requireNonNull(profile, "profile"));
        }
    }

    /**
     * The system compared: a stored one ({@code systemId}), only a classification typed in, or a whole system
     * profile given (e.g. read from a file). Exactly one of the three is given.
     */
    record Subject(String systemId, InformationClassificationDto classification, SystemProfileDto profile) {

        /** A stored system, or a classification (exactly one of the two). */
        public Subject(String systemId, InformationClassificationDto classification) {
            this(systemId, classification, null);
        }

        /** A stored system. */
        public static Subject stored(String systemId) {
            return new Subject(systemId, null, null);
        }

        /** A system known only by the classification of its information. */
        public static Subject classified(InformationClassificationDto classification) {
            return new Subject(null, classification, null);
        }

        /** A system profile given in full (not stored). */
        public static Subject given(SystemProfileDto profile) {
            return new Subject(null, null, Objects.requireNonNull(profile, "profile"));
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

        /**
         * One row per requirement, in the catalogue's order (the first column's findings): its status for each
         * service, in the order of the columns ({@code null} where a result has no finding of that ID).
         */
        public List<Row> rows() {
            if (columns.isEmpty()) {
                return List.of();
            }
            List<Map<String, AssessmentResultDocument.FindingEntry>> byId = columns.stream()
                    .map(c -> c.result().findings().stream().collect(java.util.stream.Collectors.toMap(
                            AssessmentResultDocument.FindingEntry::id, f -> f, (a, b) -> a)))
                    .toList();
            return columns.get(0).result().findings().stream().map(f -> new Row(f.id(), f.group(), f.title(),
                    byId.stream().map(m -> m.get(f.id())).map(x -> x == null ? null : x.status()).toList()))
                    .toList();
        }

        /** The rows whose status is not the same for every service: where the services differ. */
        public List<Row> differing() {
            return rows().stream().filter(Row::differs).toList();
        }
    }

    /**
     * One requirement across the compared services.
     *
     * @param statuses the finding's status code per column, in the columns' order ({@code null}: no finding)
     */
    record Row(String requirementId, String group, LocalizedText title, List<String> statuses) {

        public Row {
            statuses = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(statuses));
        }

        /** Whether the services do not all have the same status. */
        public boolean differs() {
            return statuses.stream().distinct().count() > 1;
        }
    }

    /**
     * One service and its result for the system. A service given in full rather than stored ({@link
     * ServiceChoice#given}) is shown as a row of version 0 under its label, with no update time or author.
     */
    record Column(ServiceRecord service, AssessmentResultDocument result) {

        /** Whether the service is a stored one (not a profile given in full). */
        public boolean stored() {
            return service.version() > 0;
        }
    }
}
