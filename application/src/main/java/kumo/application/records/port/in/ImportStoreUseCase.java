package kumo.application.records.port.in;

import java.io.InputStream;
import java.security.PublicKey;
import java.util.List;

import kumo.application.records.ImportSummary;


/** Reads an export into an empty store (incoming port). */
public interface ImportStoreUseCase {

    /**
     * Reads an export into this store, which must be empty; refuses one whose audit chain does not verify.
     *
     * @throws kumo.application.records.StoreException NOT_EMPTY; INVALID for a broken chain
     * @throws kumo.application.document.InvalidDocumentException for a document that is not a complete export
     */
    ImportSummary importFrom(InputStream in);

    /**
     * As {@link #importFrom(InputStream)}, and, when {@code keys} is not empty, the export's signed checkpoints are
     * proven against its audit chain before anything is written: refused (INVALID, nothing written) for a forged
     * checkpoint, one whose event the chain no longer holds, or no genuine checkpoint at all.
     *
     * @param keys the public keys whose checkpoints count; empty: checkpoints are imported unchecked
     */
    ImportSummary importFrom(InputStream in, List<PublicKey> keys);
}
