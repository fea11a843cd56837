package kumo.application.records;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;
import kumo.application.records.audit.AuditAction;

/**
 * One of the two kinds of stored profile: cloud services and systems are stored alike (a profile under a key,
 * with a version), so saving, finding and listing them is written once, over this, in the use cases, the
 * store and the front doors.
 *
 * @param <P> the profile
 * @param <R> the stored row
 */
public final class ProfileKind<P, R extends ProfileRecord<P>> {

    /** Cloud services: the request's {@code service}, owned by a provider. */
    public static final ProfileKind<CloudServiceProfileDto, ServiceRecord> SERVICE = new ProfileKind<>("service",
            "SERVICE", CloudServiceProfileDto.class, ServiceRecord::new, AssessmentRequestDocument::service,
            CloudServiceProfileDto::name, CloudServiceProfileDto::provider,
            AuditAction.SERVICE_CREATED, AuditAction.SERVICE_UPDATED);

    /** Systems: the request's {@code system}, owned by a department. */
    public static final ProfileKind<SystemProfileDto, SystemRecord> SYSTEM = new ProfileKind<>("system",
            "SYSTEM", SystemProfileDto.class, SystemRecord::new, AssessmentRequestDocument::system,
            SystemProfileDto::name, SystemProfileDto::department,
            AuditAction.SYSTEM_CREATED, AuditAction.SYSTEM_UPDATED);

    /** How a row is made from its columns. */
    @FunctionalInterface
    public interface RowFactory<P, R> {
        R row(String id, long version, P profile, Instant updatedAt, String updatedBy);
    }

    private final String name;
    private final String type;
    private final Class<P> profileType;
    private final RowFactory<P, R> rows;
    private final Function<AssessmentRequestDocument, P> inRequest;
    private final Function<P, String> profileName;
    private final Function<P, String> owner;
    private final AuditAction created;
    private final AuditAction updated;

    private ProfileKind(String name, String type, Class<P> profileType, RowFactory<P, R> rows,
            Function<AssessmentRequestDocument, P> inRequest, Function<P, String> profileName,
            Function<P, String> owner, AuditAction created, AuditAction updated) {
        this.name = name;
        this.type = type;
        this.profileType = profileType;
        this.rows = rows;
        this.inRequest = inRequest;
        this.profileName = profileName;
        this.owner = owner;
        this.created = created;
        this.updated = updated;
    }

    /** Both kinds, services first. */
    public static List<ProfileKind<?, ?>> values() {
        return List.of(SERVICE, SYSTEM);
    }

    /** {@code service} or {@code system}: the request field holding the profile (and the CLI command's name). */
    public String name() {
        return name;
    }

    /** {@code SERVICE} or {@code SYSTEM}: the entity type in audit events and conflict messages. */
    public String type() {
        return type;
    }

    /** The field a key defaults from, for messages: {@code service.name} or {@code system.name}. */
    public String nameField() {
        return name + ".name";
    }

    public Class<P> profileType() {
        return profileType;
    }

    /** The row with these columns. */
    public R row(String id, long version, P profile, Instant updatedAt, String updatedBy) {
        return rows.row(id, version, profile, updatedAt, updatedBy);
    }

    /** The profile of this kind in a request; may be {@code null}. */
    public P profileOf(AssessmentRequestDocument request) {
        return inRequest.apply(request);
    }

    /** A request holding only {@code profile}, for checking it by the rules it has inside a request. */
    public AssessmentRequestDocument requestWith(P profile) {
        Objects.requireNonNull(profile, "profile");
        CloudServiceProfileDto service = this == SERVICE ? CloudServiceProfileDto.class.cast(profile) : null;
        SystemProfileDto system = this == SYSTEM ? SystemProfileDto.class.cast(profile) : null;
        return new AssessmentRequestDocument(AssessmentRequestDocument.TYPE, null, null, system, service, null);
    }

    /** The profile's name; may be {@code null}. */
    public String nameOf(P profile) {
        return profileName.apply(profile);
    }

    /** The service's provider or the system's department; may be {@code null}. */
    public String ownerOf(P profile) {
        return owner.apply(profile);
    }

    /** The audit action of a first save. */
    public AuditAction created() {
        return created;
    }

    /** The audit action of a later save. */
    public AuditAction updated() {
        return updated;
    }

    @Override
    public String toString() {
        return name;
    }
}
