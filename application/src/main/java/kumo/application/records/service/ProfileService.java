package kumo.application.records.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import kumo.application.document.Documents;
import kumo.application.document.request.CloudServiceProfileDto;
import kumo.application.records.Actor;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.DeletedSystem;
import kumo.application.records.Page;
import kumo.application.records.PageRequest;
import kumo.application.records.ProfileKind;
import kumo.application.records.ProfileRecord;
import kumo.application.records.ProfileRules;
import kumo.application.records.RecordIds;
import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;
import kumo.application.records.port.in.DeleteSystemUseCase;
import kumo.application.records.port.in.ListProfilesUseCase;
import kumo.application.records.port.in.SaveProfileUseCase;
import kumo.application.records.port.in.ShowProfileUseCase;
import kumo.application.records.port.out.DeleteSystemPort;
import kumo.application.records.port.out.LoadProfilePort;
import kumo.application.records.port.out.SaveProfilePort;

/**
 * Services and systems, both kinds by one path: checks what it is given (profiles by the request format's
 * rules, keys, versions, reasons) before the store sees it.
 */
public final class ProfileService implements SaveProfileUseCase, ShowProfileUseCase, ListProfilesUseCase,
        DeleteSystemUseCase {

    private final LoadProfilePort load;
    private final SaveProfilePort save;
    private final DeleteSystemPort delete;
    private final AssessmentIndexer indexer;
    private final Documents documents;
    private final StoreClock clock;

    public ProfileService(LoadProfilePort load, SaveProfilePort save, DeleteSystemPort delete,
            AssessmentIndexer indexer, Documents documents, Clock clock) {
        this.load = Objects.requireNonNull(load, "load");
        this.save = Objects.requireNonNull(save, "save");
        this.delete = Objects.requireNonNull(delete, "delete");
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.clock = new StoreClock(clock);
    }

    @Override
    public <P, R extends ProfileRecord<P>> R save(ProfileKind<P, R> kind, String id, P profile, Long expectedVersion,
            Actor actor) {
        ProfileRules.requireNone(ProfileRules.violations(documents, kind, profile, "$"));
        String key = RecordIds.of(id, kind.nameOf(profile), kind.nameField());
        return save.saveProfile(kind, key, profile, version(expectedVersion), actor(actor), clock.now());
    }

    @Override
    public <P, R extends ProfileRecord<P>> Optional<R> find(ProfileKind<P, R> kind, String id) {
        return id == null ? Optional.empty() : load.findProfile(Objects.requireNonNull(kind, "kind"), id);
    }

    @Override
    public List<AssessmentIndex.EvidenceExpiry> evidenceOf(CloudServiceProfileDto profile) {
        return indexer.evidenceOf(profile).stream()
                .sorted(Comparator.comparing(AssessmentIndex.EvidenceExpiry::expiresOn)).toList();
    }

    @Override
    public <P, R extends ProfileRecord<P>> Page<R> list(ProfileKind<P, R> kind, PageRequest page) {
        return load.listProfiles(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(page, "page"));
    }

    @Override
    public DeletedSystem delete(String id, Long expectedVersion, String reason, Actor actor) {
        String key = RecordIds.of(id, null, "id");
        if (reason == null || reason.isBlank()) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.delete.reasonMissing");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.delete.reasonTooLong", MAX_REASON_LENGTH,
                    reason.length());
        }
        return delete.deleteSystem(key, version(expectedVersion), reason, actor(actor), clock.now());
    }

    static Actor actor(Actor actor) {
        return Objects.requireNonNull(actor, "actor");
    }

    private static Long version(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion < 1) {
            throw StoreTexts.error(StoreException.Reason.INVALID, "store.version.invalid", expectedVersion);
        }
        return expectedVersion;
    }
}
