package kumo.application.records;

import kumo.application.records.audit.AuditEvent;



/** What a deletion removed, for the caller's confirmation. */
public record DeletedSystem(String systemId, long version, int assessments, AuditEvent event) {
}
