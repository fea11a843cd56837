package kumo.application.records.service;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kumo.application.document.Documents;
import kumo.application.document.LocalizedText;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.ImportSummary;
import kumo.application.records.StoreContents;
import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.AuditVerifier;
import kumo.application.records.audit.CheckpointVerification;
import kumo.application.records.audit.Checkpoints;
import kumo.application.records.exchange.StoreExports;
import kumo.application.records.port.in.BackupStoreUseCase;
import kumo.application.records.port.in.ExportStoreUseCase;
import kumo.application.records.port.in.ImportStoreUseCase;
import kumo.application.records.port.out.BackupPort;
import kumo.application.records.port.out.ExportContentsPort;
import kumo.application.records.port.out.RestoreContentsPort;

/** The store as a whole: export to one document, import into an empty store, backup to a file. */
public final class StoreFileService implements ExportStoreUseCase, ImportStoreUseCase, BackupStoreUseCase {

    private final ExportContentsPort contents;
    private final RestoreContentsPort restore;
    private final BackupPort backup;
    private final AssessmentIndexer indexer;
    private final StoreExports exports;

    public StoreFileService(ExportContentsPort contents, RestoreContentsPort restore, BackupPort backup,
            AssessmentIndexer indexer, Documents documents) {
        this.contents = Objects.requireNonNull(contents, "contents");
        this.restore = Objects.requireNonNull(restore, "restore");
        this.backup = Objects.requireNonNull(backup, "backup");
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.exports = new StoreExports(Objects.requireNonNull(documents, "documents"));
    }

    @Override
    public void exportTo(OutputStream out) {
        exports.write(contents.contents(), Objects.requireNonNull(out, "out"));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Order of checks, all before anything is written: the store is empty (NOT_EMPTY); the document is a
     * complete, valid export ({@code InvalidDocumentException}); its audit chain verifies (INVALID). Each
     * assessment's index is then derived from its request again, and everything is restored in one
     * transaction.
     */
    @Override
    public ImportSummary importFrom(InputStream in) {
        return importFrom(in, List.of());
    }

    /**
     * {@inheritDoc}
     *
     * <p>With {@code keys}, after the chain: the export's checkpoints are proven against its chain ({@link
     * Checkpoints#verify}); a forged one, one the chain no longer holds, or none at all refuses the import (INVALID).
     */
    @Override
    public ImportSummary importFrom(InputStream in, List<PublicKey> keys) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(keys, "keys");
        if (!restore.isEmpty()) {
            throw StoreTexts.error(StoreException.Reason.NOT_EMPTY, "store.import.notEmpty", restore.location());
        }
        StoreExports.Imported imported = exports.read(in);
        StoreContents read = imported.contents();
        AuditVerification chain = AuditVerifier.verify(read.auditEvents(), AuditVerifier.headOf(read.auditEvents()));
        if (!chain.intact()) {
            LocalizedText refused = StoreTexts.of("store.import.chainBroken", chain.problems().size());
            throw refused(refused, chain.problems().get(0));
        }
        if (!keys.isEmpty()) {
            Map<Long, String> hashes = new HashMap<>();
            read.auditEvents().forEach(e -> hashes.put(e.seq(), e.hash()));
            CheckpointVerification proof = Checkpoints.verify(
                    read.checkpoints().stream().map(c -> new Checkpoints.Located(c, null)).toList(), keys,
                    seq -> Optional.ofNullable(hashes.get(seq)), AuditVerifier.headOf(read.auditEvents()));
            if (!proof.holds()) {
                throw refused(StoreTexts.of("store.import.checkpointsBroken", proof.problems().size()),
                        proof.problems().get(0));
            }
        }
        Map<String, AssessmentIndex> indexes = new HashMap<>();
        imported.requests().forEach((id, request) -> indexes.put(id, indexer.index(request)));
        restore.restore(read, indexes);
        return new ImportSummary(read.services().size(), read.systems().size(), read.assessments().size(),
                read.auditEvents().size(), read.checkpoints().size(), !keys.isEmpty());
    }

    private static StoreException refused(LocalizedText refused, AuditVerification.Problem first) {
        return new StoreException(StoreException.Reason.INVALID, new LocalizedText(
                refused.ja() + " " + first.text().ja(), refused.en() + " " + first.text().en()));
    }

    @Override
    public void backupTo(Path target) {
        backup.backupTo(Objects.requireNonNull(target, "target"));
    }
}
