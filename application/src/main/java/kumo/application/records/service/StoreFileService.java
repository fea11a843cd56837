package kumo.application.records.service;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.PublicKey;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kumo.application.document.Documents;
import kumo.application.document.LocalizedText;
import kumo.application.records.AssessmentIndex;
import kumo.application.records.ImportSummary;
import kumo.application.records.NewFiles;
import kumo.application.records.StoreContents;
import kumo.application.records.StoreException;
import kumo.application.records.StoreTexts;
import kumo.application.records.audit.AuditVerification;
import kumo.application.records.audit.AuditVerifier;
import kumo.application.records.audit.RecordVerifier;
import kumo.application.records.audit.Rederivation;
import kumo.application.records.audit.CheckpointVerification;
import kumo.application.records.audit.Checkpoints;
import kumo.application.records.exchange.StoreExports;
import kumo.application.records.port.in.BackupStoreUseCase;
import kumo.application.records.port.in.ExportStoreUseCase;
import kumo.application.records.port.in.ImportStoreUseCase;
import kumo.application.records.port.out.BackupPort;
import kumo.application.records.port.out.ExportContentsPort;
import kumo.application.records.port.out.RestoreContentsPort;

/**
 * The store as a whole: export to one document, import into an empty store, backup to a file. An export or backup
 * to a file is written as a new file ({@link NewFiles}): never over an existing one, nothing left behind on failure.
 */
public final class StoreFileService implements ExportStoreUseCase, ImportStoreUseCase, BackupStoreUseCase {

    private final ExportContentsPort contents;
    private final RestoreContentsPort restore;
    private final BackupPort backup;
    private final AssessmentIndexer indexer;
    private final StoreExports exports;
    private final Rederivation rederivation;
    private final NewFiles newFiles;

    /** The most problems an import's refusal lists. */
    static final int SHOWN_PROBLEMS = 20;

    /** @param rederivation re-derives each imported assessment from its documents before anything is written */
    public StoreFileService(ExportContentsPort contents, RestoreContentsPort restore, BackupPort backup,
            AssessmentIndexer indexer, Documents documents, Rederivation rederivation) {
        this(contents, restore, backup, indexer, documents, rederivation, new NewFiles());
    }

    /** With how new files are written (tests: a full disk, a target created mid-way). */
    public StoreFileService(ExportContentsPort contents, RestoreContentsPort restore, BackupPort backup,
            AssessmentIndexer indexer, Documents documents, Rederivation rederivation, NewFiles newFiles) {
        this.contents = Objects.requireNonNull(contents, "contents");
        this.restore = Objects.requireNonNull(restore, "restore");
        this.backup = Objects.requireNonNull(backup, "backup");
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.exports = new StoreExports(Objects.requireNonNull(documents, "documents"));
        this.rederivation = Objects.requireNonNull(rederivation, "rederivation");
        this.newFiles = Objects.requireNonNull(newFiles, "newFiles");
    }

    @Override
    public void exportTo(OutputStream out) {
        exports.write(contents.contents(), Objects.requireNonNull(out, "out"));
    }

    @Override
    public void exportTo(Path target) {
        newFiles.write(Objects.requireNonNull(target, "target"), file -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS))) {
                exportTo(out);
            }
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>Order of checks, all before anything is written: the store is empty (NOT_EMPTY); the document is a
     * complete, valid export ({@code InvalidDocumentException}); the record it holds proves itself (INVALID,
     * listing each problem by table, key and kind): its audit chain verifies, every row is the state its latest
     * event recorded (each assessment's derived rows taken from its request, as the import stores them), and
     * every assessment follows from its documents ({@link RecordVerifier}). Everything is then restored in one
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
        Map<String, AssessmentIndex> indexes = ContentsRows.indexes(imported.requests(), indexer);
        AuditVerification proof = RecordVerifier.verify(read.auditEvents(), AuditVerifier.headOf(read.auditEvents()),
                new ContentsRows(read, indexes), rederivation);
        if (!proof.intact()) {
            throw refused(proof);
        }
        if (!keys.isEmpty()) {
            Map<Long, String> hashes = new HashMap<>();
            read.auditEvents().forEach(e -> hashes.put(e.seq(), e.hash()));
            CheckpointVerification anchored = Checkpoints.verify(
                    read.checkpoints().stream().map(c -> new Checkpoints.Located(c, null)).toList(), keys,
                    seq -> Optional.ofNullable(hashes.get(seq)), AuditVerifier.headOf(read.auditEvents()));
            if (!anchored.holds()) {
                throw refused(StoreTexts.of("store.import.checkpointsBroken", anchored.problems().size()),
                        anchored.problems().get(0));
            }
        }
        restore.restore(read, indexes);
        return new ImportSummary(read.services().size(), read.systems().size(), read.assessments().size(),
                read.auditEvents().size(), read.checkpoints().size(), !keys.isEmpty());
    }

    private static StoreException refused(LocalizedText refused, AuditVerification.Problem first) {
        return new StoreException(StoreException.Reason.INVALID, new LocalizedText(
                refused.ja() + " " + first.text().ja(), refused.en() + " " + first.text().en()));
    }

    /** The refusal of an export that does not prove itself: how many problems, the first ones by table, key, kind. */
    private static StoreException refused(AuditVerification proof) {
        List<AuditVerification.Problem> problems = proof.problems();
        StringBuilder ja = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (AuditVerification.Problem p : problems.subList(0, Math.min(SHOWN_PROBLEMS, problems.size()))) {
            String where = p.table() + " " + p.key() + " " + p.kind() + ": ";
            ja.append(ja.isEmpty() ? " " : "; ").append(where).append(p.text().ja());
            en.append(en.isEmpty() ? " " : "; ").append(where).append(p.text().en());
        }
        LocalizedText refused = StoreTexts.of("store.import.refused", problems.size());
        return new StoreException(StoreException.Reason.INVALID,
                new LocalizedText(refused.ja() + ja, refused.en() + en));
    }

    @Override
    public void backupTo(Path target) {
        newFiles.write(Objects.requireNonNull(target, "target"), backup::backupTo);
    }
}
