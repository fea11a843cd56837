package kumo.application.records.port.out;

import java.time.Instant;

import kumo.application.records.Actor;
import kumo.application.records.DeletedSystem;


/** Deletes a system on request (outgoing port). */
public interface DeleteSystemPort {

    /**
     * Deletes a system with its assessments and their derived rows, and appends SYSTEM_DELETED (reason in
     * {@code detail}, the deleted row's digest in {@code beforeRef}). Services are not touched.
     *
     * @param expectedVersion {@code null}: whatever version is stored; else conflict when it differs
     * @throws kumo.application.records.StoreException NOT_FOUND when no such system
     */
    DeletedSystem deleteSystem(String id, Long expectedVersion, String reason, Actor actor, Instant at);
}
