package kumo.application.records.port.in;

import java.io.OutputStream;

/** Writes the whole store as one document (incoming port). */
public interface ExportStoreUseCase {

    /**
     * Writes everything stored as one {@code kumo-store-export/1} JSON document (UTF-8, stable order, every
     * document embedded as JSON), so that export → import into an empty store → export gives the same bytes.
     */
    void exportTo(OutputStream out);
}
