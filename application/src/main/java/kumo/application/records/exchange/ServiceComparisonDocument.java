package kumo.application.records.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

import kumo.application.document.LocalizedText;
import kumo.application.records.port.in.CompareServicesUseCase.Column;
import kumo.application.records.port.in.CompareServicesUseCase.Comparison;
import kumo.application.records.port.in.CompareServicesUseCase.Row;

/**
 * One system against several services as a document ({@value #TYPE}, schema {@code
 * docs/schema/service-comparison.schema.json}): the system, each service with its verdict, and the requirements
 * whose status is not the same for every service, each with its status per service in the services' order. Built
 * once here for every front door from the {@link Comparison} of {@code CompareServicesUseCase}.
 *
 * @param requirements how many requirements were compared (the catalogue's); {@code differences} holds those that differ
 */
public record ServiceComparisonDocument(String kumo, String catalogueVersion, LocalDate assessmentDate,
        SystemEntry system, List<ServiceEntry> services, int requirements, List<Difference> differences) {

    /** The {@code kumo} value. */
    public static final String TYPE = "service-comparison/1";

    /**
     * The system compared.
     *
     * @param id the stored system's key; {@code null} for a system given in full or by its classification only
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SystemEntry(String id, String name, String department) {
    }

    /**
     * One service.
     *
     * @param id     the stored service's key, or the label the service was given under (a file name)
     * @param stored whether it is a stored service
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceEntry(String id, boolean stored, String name, String provider, String verdict) {
    }

    /** A requirement where the services differ: its status per service, in the order of {@code services}. */
    public record Difference(String id, String group, LocalizedText title, List<String> statuses) {
    }

    public ServiceComparisonDocument {
        services = List.copyOf(services);
        differences = List.copyOf(differences);
    }

    /** The document of {@code comparison}. */
    public static ServiceComparisonDocument of(Comparison comparison) {
        Objects.requireNonNull(comparison, "comparison");
        List<Column> columns = comparison.columns();
        var first = columns.get(0).result();
        List<Row> rows = comparison.rows();
        return new ServiceComparisonDocument(TYPE, first.catalogueVersion(), first.assessmentDate(),
                new SystemEntry(comparison.systemId(), comparison.system().name(), comparison.system().department()),
                columns.stream().map(c -> new ServiceEntry(c.service().id(), c.stored(), c.service().profile().name(),
                        c.service().profile().provider(), c.result().verdict().code())).toList(),
                rows.size(),
                rows.stream().filter(Row::differs)
                        .map(r -> new Difference(r.requirementId(), r.group(), r.title(), r.statuses())).toList());
    }
}
