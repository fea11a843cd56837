package kumo.adapters.cli;

import java.time.Instant;
import java.util.Optional;

import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;
import kumo.application.records.Actor;
import kumo.application.records.Page;
import kumo.application.records.PageRequest;
import kumo.application.records.ProfileKind;
import kumo.application.records.exchange.RecordDocuments;
import kumo.application.records.ProfileRecord;
import kumo.application.records.ServiceRecord;
import kumo.application.records.SystemRecord;
import kumo.application.records.port.in.StoreSession;

/**
 * A {@link ProfileKind} as the command line shows it: the {@code save}, {@code list} and {@code show} commands
 * are written once over this, for services and systems alike, calling the same use cases with the kind.
 *
 * @param <R> the stored row
 * @param <P> the profile
 */
final class RecordKind<R extends ProfileRecord<P>, P> {

    /** The cloud services. */
    static final RecordKind<ServiceRecord, CloudServiceProfileDto> SERVICE = new RecordKind<>(ProfileKind.SERVICE);

    /** The systems. */
    static final RecordKind<SystemRecord, SystemProfileDto> SYSTEM = new RecordKind<>(ProfileKind.SYSTEM);

    /** The columns both kinds of row have. */
    record Stored<P>(String id, long version, Instant updatedAt, String updatedBy, P profile) {
    }

    private final ProfileKind<P, R> kind;

    private RecordKind(ProfileKind<P, R> kind) {
        this.kind = kind;
    }

    /** {@code service} or {@code system}: the command's name and the request field holding the profile. */
    String name() {
        return kind.name();
    }

    /** The document type of one stored row as {@code show --format json} prints it. */
    String envelopeType() {
        return RecordDocuments.rowType(kind);
    }

    /** The shared document of one stored row of this kind. */
    RecordDocuments.ProfileRow document(Stored<P> row) {
        return RecordDocuments.ProfileRow.of(kind, row.id(), row.version(), row.updatedAt(), row.updatedBy(),
                row.profile());
    }

    /** The document type of a listing as {@code list --format json} prints it. */
    String listType() {
        return RecordDocuments.listType(kind);
    }

    /** The key of the kind's name in the CLI texts ({@code kind.service}). */
    String textKey() {
        return "kind." + kind.name();
    }

    P profileOf(AssessmentRequestDocument request) {
        return kind.profileOf(request);
    }

    R save(StoreSession session, String id, P profile, Long version, Actor actor) {
        return session.saveProfile().save(kind, id, profile, version, actor);
    }

    Optional<R> find(StoreSession session, String id) {
        return session.showProfile().find(kind, id);
    }

    Page<R> list(StoreSession session, PageRequest page) {
        return session.listProfiles().list(kind, page);
    }

    Stored<P> stored(R row) {
        return new Stored<>(row.id(), row.version(), row.updatedAt(), row.updatedBy(), row.profile());
    }

    /** The profile's name; may be {@code null}. */
    String name(P profile) {
        return kind.nameOf(profile);
    }

    /** The service's provider or the system's department; may be {@code null}. */
    String owner(P profile) {
        return kind.ownerOf(profile);
    }
}
