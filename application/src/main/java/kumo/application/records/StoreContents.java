package kumo.application.records;

import java.util.List;

import kumo.application.records.audit.AuditEvent;


/** Everything stored, for export and import. */
public record StoreContents(List<ServiceRecord> services, List<SystemRecord> systems,
        List<AssessmentRecord> assessments, List<AuditEvent> auditEvents) {

    public StoreContents {
        services = List.copyOf(services);
        systems = List.copyOf(systems);
        assessments = List.copyOf(assessments);
        auditEvents = List.copyOf(auditEvents);
    }
}
