package kumo.application.records;

/** What an import wrote. */
public record ImportSummary(int services, int systems, int assessments, int auditEvents) {
}
