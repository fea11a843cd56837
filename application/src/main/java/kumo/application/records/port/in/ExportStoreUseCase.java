package kumo.application.records.port.in;

import java.io.OutputStream;
import java.nio.file.Path;

/** Writes the whole store as one document (incoming port). */
public interface ExportStoreUseCase {

    /**
     * Writes everything stored as one {@code kumo-store-export/1} JSON document (UTF-8, stable order, every
     * document embedded as JSON), so that export → import into an empty store → export gives the same bytes.
     */
    void exportTo(OutputStream out);

    /**
     * Writes the same document into {@code target}, a new file: an existing target (a link too) is refused, the
     * document is written beside it and put in place only if the target still does not exist, and a failed export
     * leaves nothing behind ({@link kumo.application.records.NewFiles}).
     *
     * @throws kumo.application.records.StoreException NOT_EMPTY (the target exists or appeared), INVALID (no folder,
     *                                                 cannot be written), TARGET_FULL (its disk is full)
     */
    void exportTo(Path target);
}
