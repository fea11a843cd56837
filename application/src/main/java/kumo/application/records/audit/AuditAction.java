package kumo.application.records.audit;

/** What an audit event records. */
public enum AuditAction {
    SERVICE_CREATED,
    SERVICE_UPDATED,
    SYSTEM_CREATED,
    SYSTEM_UPDATED,
    /** A system and all its records deleted on request; the event keeps the reason and digests only. */
    SYSTEM_DELETED,
    ASSESSMENT_RECORDED,
    /**
     * An assessment deleted with its system (one per assessment, before the system's SYSTEM_DELETED): the
     * deleted row's digest in {@code beforeRef}, the system in {@code detail}. Since schema 2.
     */
    ASSESSMENT_DELETED
}
