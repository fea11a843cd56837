-- kumo's store of record, schema version 2: every stored row covered by the audit chain
-- (kumo.application.records.audit.RowDigest, docs/adr/0007-every-row-covered-by-the-chain.md).
--
-- The request gets a SHA-256 beside it, like the result: checked on every read (a mismatch is a damaged store).
-- Rows recorded before this migration keep NULL: SQL cannot compute SHA-256 in both engines, and a digest
-- computed now would vouch for whatever the row holds today. Their audit events keep the schema-1 reference
-- (sha256:…, listing columns and document digests, no derived rows); `kumo audit verify` checks them as far as
-- that goes and counts them as not covered, never as proven.
ALTER TABLE assessment ADD COLUMN request_sha256 CHAR(64);

UPDATE kumo_store SET schema_version = 2 WHERE id = 1;
