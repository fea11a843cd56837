package kumo.application.records.port.in;

import java.io.InputStream;

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
}
