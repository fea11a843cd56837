package kumo.application.records.port.in;

import java.util.Objects;

import kumo.application.records.StoreLocation;

/**
 * The store's use cases over one store location, as the composition root hands them to a front door. The
 * store behind them is opened on first use — a command that calls none of them opens (or creates) nothing, and
 * {@code compareServices} opens it only for a stored system or service — and closed by {@link #close()}.
 *
 * @param location where the store is; its {@code toString()}, without credentials, is what messages show
 * @param closer   closes the store if it was opened
 */
public record StoreSession(StoreLocation location, SaveProfileUseCase saveProfile, ShowProfileUseCase showProfile,
        ListProfilesUseCase listProfiles, DeleteSystemUseCase deleteSystem, RecordAssessmentUseCase recordAssessment,
        ShowAssessmentUseCase showAssessment, ListAssessmentsUseCase listAssessments,
        DiffAssessmentsUseCase diffAssessments, FindExpiringEvidenceUseCase findExpiringEvidence,
        ShowSystemHistoryUseCase showSystemHistory, ExportStoreUseCase exportStore, ImportStoreUseCase importStore,
        BackupStoreUseCase backupStore, VerifyAuditTrailUseCase verifyAuditTrail, ListAuditEventsUseCase listAuditEvents,
        CheckpointAuditUseCase checkpointAudit, VerifyCheckpointsUseCase verifyCheckpoints,
        ShowAuditHeadUseCase showAuditHead, RecordCityStepUseCase recordCityStep,
        CompareServicesUseCase compareServices, Runnable closer)
        implements AutoCloseable {

    public StoreSession {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(closer, "closer");
    }

    /** Closes the store if it was opened. */
    @Override
    public void close() {
        closer.run();
    }

    /** Where a front door gets a session from: the composition root, which knows how stores are opened. */
    @FunctionalInterface
    public interface Sessions {

        /**
         * The use cases over the store at {@code location}; nothing is opened yet.
         *
         * @param location as given by the user; {@code null}: the configured one
         * @throws kumo.application.records.StoreException INVALID when the location cannot be parsed
         */
        StoreSession at(String location);
    }
}
