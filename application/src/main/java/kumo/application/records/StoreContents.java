package kumo.application.records;

import java.util.List;

import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.Checkpoint;


/** Everything stored, for export and import: the rows, the audit trail and the signed checkpoints of its head. */
public record StoreContents(List<ServiceRecord> services, List<SystemRecord> systems,
        List<AssessmentRecord> assessments, List<AuditEvent> auditEvents, List<Checkpoint> checkpoints) {

    public StoreContents {
        services = List.copyOf(services);
        systems = List.copyOf(systems);
        assessments = List.copyOf(assessments);
        auditEvents = List.copyOf(auditEvents);
        checkpoints = List.copyOf(checkpoints);
    }

    /** Contents without checkpoints. */
    public StoreContents(List<ServiceRecord> services, List<SystemRecord> systems, List<AssessmentRecord> assessments,
            List<AuditEvent> auditEvents) {
        this(services, systems, assessments, auditEvents, List.of());
    }
}
