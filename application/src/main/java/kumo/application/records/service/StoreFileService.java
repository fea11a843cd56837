package kumo.application.records.service;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

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
    private final NewFiles newFiles;

    public StoreFileService(ExportContentsPort contents, RestoreContentsPort restore, BackupPort backup,
            AssessmentIndexer indexer, Documents documents) {
        this(contents, restore, backup, indexer, documents, new NewFiles());
    }

    /** With how new files are written (tests: a full disk, a target created mid-way). */
    public StoreFileService(ExportContentsPort contents, RestoreContentsPort restore, BackupPort backup,
            AssessmentIndexer indexer, Documents documents, NewFiles newFiles) {
        this.contents = Objects.requireNonNull(contents, "contents");
        this.restore = Objects.requireNonNull(restore, "restore");
        this.backup = Objects.requireNonNull(backup, "backup");
        this.indexer = Objects.requireNonNull(indexer, "indexer");
        this.exports = new StoreExports(Objects.requireNonNull(documents, "documents"));
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
     * complete, valid export ({@code InvalidDocumentException}); its audit chain verifies (INVALID). Each
     * assessment's index is then derived from its request again, and everything is restored in one
     * transaction.
     */
    @Override
    public ImportSummary importFrom(InputStream in) {
        Objects.requireNonNull(in, "in");
        if (!restore.isEmpty()) {
            throw StoreTexts.error(StoreException.Reason.NOT_EMPTY, "store.import.notEmpty", restore.location());
        }
        StoreExports.Imported imported = exports.read(in);
        StoreContents read = imported.contents();
        AuditVerification chain = AuditVerifier.verify(read.auditEvents(), AuditVerifier.headOf(read.auditEvents()));
        if (!chain.intact()) {
            AuditVerification.Problem first = chain.problems().get(0);
            LocalizedText refused = StoreTexts.of("store.import.chainBroken", chain.problems().size());
            throw new StoreException(StoreException.Reason.INVALID, new LocalizedText(
                    refused.ja() + " " + first.text().ja(), refused.en() + " " + first.text().en()));
        }
        Map<String, AssessmentIndex> indexes = new HashMap<>();
        imported.requests().forEach((id, request) -> indexes.put(id, indexer.index(request)));
        restore.restore(read, indexes);
        return new ImportSummary(read.services().size(), read.systems().size(), read.assessments().size(),
                read.auditEvents().size());
    }

    @Override
    public void backupTo(Path target) {
        newFiles.write(Objects.requireNonNull(target, "target"), backup::backupTo);
    }
}
