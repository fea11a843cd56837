package kumo.application.records.port.in;

import kumo.application.records.Actor;
import kumo.application.records.DeletedSystem;



/** Deletes a system and all its assessments on request (incoming port). */
public interface DeleteSystemUseCase {

    /** The longest deletion reason accepted. */
    int MAX_REASON_LENGTH = 1000;

    /**
     * Deletes, leaving an audit event that says so (and why).
     *
     * @param expectedVersion {@code null}: any version; else conflict when the stored one differs
     * @param reason          why (the request's reference); required, 1–{@value #MAX_REASON_LENGTH} characters
     * @throws kumo.application.records.StoreException INVALID for a bad key, version or reason; NOT_FOUND; CONFLICT
     */
    DeletedSystem delete(String id, Long expectedVersion, String reason, Actor actor);
}
