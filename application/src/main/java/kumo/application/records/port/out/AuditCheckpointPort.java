package kumo.application.records.port.out;

import java.util.List;

import kumo.application.records.audit.Checkpoint;

/** Keeps signed checkpoints of the audit chain's head (outgoing port). The store keeps them; it cannot make one. */
public interface AuditCheckpointPort {

    /** Stores a checkpoint, as it is, in its own transaction; no audit event is appended (the head stays). */
    void saveCheckpoint(Checkpoint checkpoint);

    /** Every stored checkpoint, by seq then time. */
    List<Checkpoint> checkpoints();
}
