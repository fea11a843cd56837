package kumo.adapters.cli;

import java.time.Instant;
import java.util.Optional;

import kumo.application.document.request.AssessmentRequestDocument;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.document.request.SystemProfileDto;
import kumo.application.records.Actor;
import kumo.application.records.Page;
import kumo.application.records.PageRequest;
import kumo.application.records.RecordsUseCase;
import kumo.application.records.ServiceRecord;
import kumo.application.records.SystemRecord;

/**
 * Services and systems are stored alike (a profile under a key, with a version): the {@code save}, {@code
 * list} and {@code show} commands are written once over this.
 *
 * @param <R> the stored row
 * @param <P> the profile
 */
abstract class RecordKind<R, P> {

    /** The cloud services. */
    static final RecordKind<ServiceRecord, CloudServiceProfileDto> SERVICE = new RecordKind<>("service") {

        @Override
        CloudServiceProfileDto profileOf(AssessmentRequestDocument request) {
            return request.service();
        }

        @Override
        ServiceRecord save(RecordsUseCase records, String id, CloudServiceProfileDto profile, Long version, Actor actor) {
            return records.saveService(id, profile, version, actor);
        }

        @Override
        Optional<ServiceRecord> find(RecordsUseCase records, String id) {
            return records.service(id);
        }

        @Override
        Page<ServiceRecord> list(RecordsUseCase records, PageRequest page) {
            return records.services(page);
        }

        @Override
        Stored<CloudServiceProfileDto> stored(ServiceRecord r) {
            return new Stored<>(r.id(), r.version(), r.updatedAt(), r.updatedBy(), r.profile());
        }

        @Override
        String name(CloudServiceProfileDto profile) {
            return profile.name();
        }

        @Override
        String owner(CloudServiceProfileDto profile) {
            return profile.provider();
        }
    };

    /** The systems. */
    static final RecordKind<SystemRecord, SystemProfileDto> SYSTEM = new RecordKind<>("system") {

        @Override
        SystemProfileDto profileOf(AssessmentRequestDocument request) {
            return request.system();
        }

        @Override
        SystemRecord save(RecordsUseCase records, String id, SystemProfileDto profile, Long version, Actor actor) {
            return records.saveSystem(id, profile, version, actor);
        }

        @Override
        Optional<SystemRecord> find(RecordsUseCase records, String id) {
            return records.system(id);
        }

        @Override
        Page<SystemRecord> list(RecordsUseCase records, PageRequest page) {
            return records.systems(page);
        }

        @Override
        Stored<SystemProfileDto> stored(SystemRecord r) {
            return new Stored<>(r.id(), r.version(), r.updatedAt(), r.updatedBy(), r.profile());
        }

        @Override
        String name(SystemProfileDto profile) {
            return profile.name();
        }

        @Override
        String owner(SystemProfileDto profile) {
            return profile.department();
        }
    };

    /** The columns both kinds of row have. */
    record Stored<P>(String id, long version, Instant updatedAt, String updatedBy, P profile) {
    }

    private final String name;

    private RecordKind(String name) {
        this.name = name;
    }

    /** {@code service} or {@code system}: the command's name and the request field holding the profile. */
    String name() {
        return name;
    }

    /** The document type of one stored row as {@code show --format json} prints it. */
    String envelopeType() {
        return name + "-record/1";
    }

    /** The document type of a listing as {@code list --format json} prints it. */
    String listType() {
        return name + "-list/1";
    }

    /** The key of the kind's name in the CLI texts ({@code kind.service}). */
    String textKey() {
        return "kind." + name;
    }

    abstract P profileOf(AssessmentRequestDocument request);

    abstract R save(RecordsUseCase records, String id, P profile, Long version, Actor actor);

    abstract Optional<R> find(RecordsUseCase records, String id);

    abstract Page<R> list(RecordsUseCase records, PageRequest page);

    abstract Stored<P> stored(R row);

    /** The profile's name; may be {@code null}. */
    abstract String name(P profile);

    /** The service's provider or the system's department; may be {@code null}. */
    abstract String owner(P profile);
}
