package kumo.application.records.port.out;

import java.util.Map;

import kumo.application.records.AssessmentIndex;
import kumo.application.records.StoreContents;


/** Writes an export into an empty store (outgoing port). */
public interface RestoreContentsPort {

    /** Where the store is, for messages: the file path, or the JDBC URL without credentials. */
    String location();

    /** Whether it holds no service, system, assessment or audit event (an import needs an empty store). */
    boolean isEmpty();

    /**
     * Writes {@code contents} into this empty store as they are (versions, times, ids and audit events
     * kept verbatim, no new audit event), in one transaction.
     *
     * @param indexes the derived rows of each assessment, by assessment id
     * @throws kumo.application.records.StoreException NOT_EMPTY when the store holds anything
     */
    void restore(StoreContents contents, Map<String, AssessmentIndex> indexes);
}
