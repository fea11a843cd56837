package kumo.application.records.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;
import kumo.application.records.AssessmentRecord;
import kumo.application.records.ProfileKind;
import kumo.application.records.ProfileRecord;
import kumo.application.records.ServiceRecord;
import kumo.application.records.SystemRecord;
import kumo.application.records.audit.AuditAction;
import kumo.application.records.audit.AuditEvent;
import kumo.application.records.audit.Checkpoint;

/**
 * Everything a store holds, as one {@value #TYPE} JSON document ({@code docs/schema/store-export.schema.json}):
 * services, systems, assessments with their request and result embedded as JSON objects, and the audit
 * trail with every field. Properties are written in the order declared here, always (a {@code null} as
 * {@code null}), so the same contents give the same bytes.
 *
 * @param kumo        the document type and format version, {@value #TYPE}
 * @param services    by id
 * @param systems     by id
 * @param assessments by recorded time, then id
 * @param auditEvents by seq
 * @param checkpoints signed checkpoints of the chain's head, by seq then time; the property is left out when there
 *                    are none, so an export without checkpoints is exactly what kumo wrote before they existed
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"kumo", "services", "systems", "assessments", "auditEvents", "checkpoints"})
public record StoreExportDocument(String kumo, List<ProfileEntry<CloudServiceProfileDto>> services,
        List<ProfileEntry<SystemProfileDto>> systems,
        List<AssessmentEntry> assessments, List<EventEntry> auditEvents,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CheckpointEntry> checkpoints) {

    /** The value of the {@code kumo} field this version reads and writes. */
    public static final String TYPE = "kumo-store-export/1";

    /**
     * A stored service ({@link ServiceRecord}) or system ({@link SystemRecord}): both rows are written and read
     * back alike, through their {@link ProfileKind}.
     *
     * @param <P> the profile
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "version", "updatedAt", "updatedBy", "profile"})
    public record ProfileEntry<P>(String id, Long version, Instant updatedAt, String updatedBy, P profile) {

        static <P> ProfileEntry<P> of(ProfileRecord<P> r) {
            return new ProfileEntry<>(r.id(), r.version(), r.updatedAt(), r.updatedBy(), r.profile());
        }

        /** The row as the store keeps it. */
        <R extends ProfileRecord<P>> R toRecord(ProfileKind<P, R> kind) {
            return kind.row(id, version, profile, updatedAt, updatedBy);
        }
    }

    /** A stored assessment ({@link AssessmentRecord}): its listing columns, then its two documents. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "systemId", "serviceId", "previousId", "verdict", "catalogueVersion", "assessmentDate",
        "recordedAt", "recordedBy", "request", "result"})
    public record AssessmentEntry(String id, String systemId, String serviceId, String previousId, String verdict,
            String catalogueVersion, LocalDate assessmentDate, Instant recordedAt, String recordedBy,
            JsonNode request, JsonNode result) {
    }

    /** An audit event ({@link AuditEvent}), every field. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"seq", "at", "actor", "action", "entityType", "entityId", "beforeRef", "afterRef", "detail",
        "previousHash", "hash"})
    public record EventEntry(Long seq, Instant at, String actor, AuditAction action, String entityType, String entityId,
            String beforeRef, String afterRef, String detail, String previousHash, String hash) {

        static EventEntry of(AuditEvent e) {
            return new EventEntry(e.seq(), e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), e.beforeRef(),
                    e.afterRef(), e.detail(), e.previousHash(), e.hash());
        }

        AuditEvent toEvent() {
            return new AuditEvent(seq, at, actor, action, entityType, entityId, beforeRef, afterRef, detail,
                    previousHash, hash);
        }
    }

    /** A signed checkpoint ({@link Checkpoint}), every field. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"seq", "headHash", "signedAt", "signature"})
    public record CheckpointEntry(Long seq, String headHash, Instant signedAt, String signature) {

        static CheckpointEntry of(Checkpoint c) {
            return new CheckpointEntry(c.seq(), c.headHash(), c.signedAt(), c.signature());
        }

        Checkpoint toCheckpoint() {
            return new Checkpoint(seq, headHash, signedAt, signature);
        }
    }
}
