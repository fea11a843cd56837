-- kumo's store of record, schema version 3 (issue 8): signed checkpoints of the audit chain's head.
-- (Version 2 is taken by the row digests of the audit chain, made on another branch.)
-- A checkpoint is made outside the store, with an Ed25519 key the store never sees
-- (kumo.application.records.audit.Checkpoints); the store only keeps it, as it was signed. kumo never updates
-- or deletes a row. Writing one appends no audit event: the signature is its own proof.
CREATE TABLE audit_checkpoint (
    seq       BIGINT       NOT NULL,
    head_hash CHAR(64)     NOT NULL,
    signed_at VARCHAR(40)  NOT NULL,
    signature VARCHAR(200) NOT NULL,
    PRIMARY KEY (seq, signed_at)
);

UPDATE kumo_store SET schema_version = 3 WHERE id = 1;
