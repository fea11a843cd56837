package kumo.application.records;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;

/**
 * The store's use cases (incoming port), over one opened {@link Store}. "Today" and "now" come from the
 * clock the implementation was given. Failures are {@link StoreException}s (a {@link
 * VersionConflictException} for a lost race) or {@code InvalidDocumentException}s for a bad document;
 * nothing is written when one is thrown.
 */
public interface RecordsUseCase {

    /**
     * Saves a service.
     *
     * @param id              its key; {@code null}: the profile's name (see {@link RecordIds})
     * @param expectedVersion {@code null} to create; else the version that was read and edited
     */
    ServiceRecord saveService(String id, CloudServiceProfileDto profile, Long expectedVersion, Actor actor);

    Optional<ServiceRecord> service(String id);

    Page<ServiceRecord> services(PageRequest page);

    /**
     * The dated evidence a service profile names (ISMAP registrations, certifications, audit reports) with the
     * last day each is usable, soonest first — the validity of a stored service's evidence, whether or not any
     * assessment relied on it yet.
     */
    List<AssessmentIndex.EvidenceExpiry> evidenceOf(CloudServiceProfileDto profile);

    /** As {@link #saveService}, for a system. */
    SystemRecord saveSystem(String id, SystemProfileDto profile, Long expectedVersion, Actor actor);

    Optional<SystemRecord> system(String id);

    Page<SystemRecord> systems(PageRequest page);

    /**
     * Deletes a system and all its assessments on request, leaving an audit event that says so (and why).
     *
     * @param expectedVersion {@code null}: any version; else conflict when the stored one differs
     * @param reason          why (the request's reference); required, 1–1000 characters
     */
    Store.DeletedSystem deleteSystem(String id, Long expectedVersion, String reason, Actor actor);

    /**
     * Assesses a request and records it, request and result as they are.
     *
     * @param systemId  the system's key; {@code null}: the request's {@code system.name}
     * @param serviceId the service's key; {@code null}: the request's {@code service.name}
     */
    RecordedAssessment assessAndRecord(AssessmentRequestDocument request, String systemId, String serviceId,
            Actor actor);

    /**
     * Assesses several requests and records them all in one transaction: all or none (a batch run over many
     * files, one commit instead of one per assessment). Every item is validated, keyed and assessed before
     * anything is written, in the given order; an assessment of a system already in the batch links to the one
     * before it.
     *
     * <p>A caller that wants to record the good items of a mixed batch checks each one first, as this method
     * does: the request's validity, then {@link AssessmentToRecord#systemKey()} and {@link
     * AssessmentToRecord#serviceKey()}.
     *
     * @return one per item, in the given order; empty (and nothing written) for no items
     * @throws kumo.application.document.InvalidDocumentException for the first item that is not a valid request
     * @throws StoreException INVALID for the first item without a usable key; the store's reason when the write
     *                        fails (nothing is written then either)
     */
    List<RecordedAssessment> assessAndRecordAll(List<AssessmentToRecord> items, Actor actor);

    Optional<AssessmentRecord> assessment(String id);

    Page<AssessmentSummary> assessments(AssessmentQuery query, PageRequest page);

    /**
     * What changed from one assessment of a system to another (given in either order; the older by
     * recorded time comes first in the result).
     *
     * @throws StoreException NOT_FOUND for an unknown id; INVALID when they are of different systems
     */
    AssessmentDiff diff(String firstId, String secondId);

    /** Evidence of each system's latest assessment that expires within {@code days} days of today, or has expired. */
    List<ExpiringEvidence> expiringWithin(int days);

    /** The risk decisions recorded for a system over time, oldest first. */
    List<AssessmentStore.Recorded<AssessmentIndex.RiskDecisionRow>> riskDecisions(String systemId);

    /** The CIO-advisor consultations recorded for a system over time, oldest first. */
    List<AssessmentStore.Recorded<AssessmentIndex.ConsultationRow>> consultations(String systemId);

    /**
     * Writes everything stored as one {@code kumo-store-export/1} JSON document (UTF-8, stable order, every
     * document embedded as JSON), so that export → import into an empty store → export gives the same bytes.
     */
    void exportTo(OutputStream out);

    /**
     * Reads an export into this store, which must be empty; refuses one whose audit chain does not verify.
     */
    ImportSummary importFrom(InputStream in);

    /** Copies the store online to a new file (SQLite only). */
    void backupTo(Path target);

    /** Re-computes the audit chain and compares it with what is stored. */
    AuditVerification verifyAudit();

    /**
     * A page of the audit trail: the events numbered {@code fromSeq} and on, at most {@code limit}, by number.
     *
     * @param fromSeq the first event's number, 1 or more
     * @param limit   how many at most, 1–{@value #MAX_AUDIT_EVENTS}
     * @throws StoreException INVALID for a number or limit out of range
     */
    List<AuditEvent> auditEvents(long fromSeq, int limit);

    /** The most audit events {@link #auditEvents} returns at once. */
    int MAX_AUDIT_EVENTS = 1000;

    /**
     * One request to assess and record, with the keys to store it under.
     *
     * @param request   the assessment request
     * @param systemId  the system's key; {@code null}: the request's {@code system.name}
     * @param serviceId the service's key; {@code null}: the request's {@code service.name}
     */
    record AssessmentToRecord(AssessmentRequestDocument request, String systemId, String serviceId) {

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
            return RecordIds.of(systemId, request.system() == null ? null : request.system().name(), "system.name");
        }

        /** The service's key, as {@link #systemKey()}; the field named is {@code service.name}. */
        public String serviceKey() {
            return RecordIds.of(serviceId, request.service() == null ? null : request.service().name(), "service.name");
        }
    }
}
