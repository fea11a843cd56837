-- kumo's store of record, schema version 1. One script for SQLite and PostgreSQL: portable SQL, with the
-- two differences as Flyway placeholders set per database by the adapter (kumo.adapters.persistence.Engine):
--   ${binary}        BLOB (SQLite) / BYTEA (PostgreSQL)
--   ${key_collation} empty (SQLite compares bytes already) / COLLATE "C" (PostgreSQL), so keys sort alike
-- Instants are fixed-width text (AuditChain.timestamp: 2026-11-28T03:00:00.000000Z), dates 'YYYY-MM-DD',
-- except evidence_expiry.expires_on_day: an epoch day (days since 1970-01-01), so "expires by" compares
-- numerically for any date.

-- Says "this database is kumo's" and which schema version wrote it (a newer kumo raises it).
CREATE TABLE kumo_store (
    id             INTEGER     NOT NULL PRIMARY KEY,
    application    VARCHAR(20) NOT NULL,
    schema_version INTEGER     NOT NULL,
    CONSTRAINT kumo_store_single CHECK (id = 1)
);
INSERT INTO kumo_store (id, application, schema_version) VALUES (1, 'kumo', 1);

CREATE TABLE cloud_service (
    id           VARCHAR(200) ${key_collation} NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    profile_json TEXT         NOT NULL,
    updated_at   VARCHAR(40)  NOT NULL,
    updated_by   VARCHAR(200) NOT NULL
);

CREATE TABLE system_profile (
    id           VARCHAR(200) ${key_collation} NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    profile_json TEXT         NOT NULL,
    updated_at   VARCHAR(40)  NOT NULL,
    updated_by   VARCHAR(200) NOT NULL
);

-- Immutable: written once, deleted only with its system.
CREATE TABLE assessment (
    id                VARCHAR(200) ${key_collation} NOT NULL PRIMARY KEY,
    system_id         VARCHAR(200) ${key_collation} NOT NULL REFERENCES system_profile (id),
    service_id        VARCHAR(200) ${key_collation} NOT NULL REFERENCES cloud_service (id),
    previous_id       VARCHAR(200) ${key_collation} REFERENCES assessment (id),
    verdict           VARCHAR(40)  NOT NULL,
    catalogue_version VARCHAR(100) NOT NULL,
    assessment_date   VARCHAR(20)  NOT NULL,
    recorded_at       VARCHAR(40)  NOT NULL,
    recorded_by       VARCHAR(200) NOT NULL,
    request_json      TEXT         NOT NULL,
    result_gzip       ${binary}    NOT NULL,
    result_sha256     CHAR(64)     NOT NULL
);
CREATE INDEX assessment_by_time ON assessment (recorded_at, id);
CREATE INDEX assessment_by_verdict ON assessment (verdict, recorded_at, id);
CREATE INDEX assessment_by_system ON assessment (system_id, recorded_at, id);
CREATE INDEX assessment_by_service ON assessment (service_id, recorded_at, id);
CREATE INDEX assessment_by_previous ON assessment (previous_id);

-- Derived from an assessment's request when it is recorded; never edited.
CREATE TABLE risk_decision (
    assessment_id VARCHAR(200) ${key_collation} NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    risk_id       VARCHAR(20)  NOT NULL,
    treatment     VARCHAR(20)  NOT NULL,
    decided_by    TEXT,
    decided_on    VARCHAR(20),
    expires_on    VARCHAR(20),
    PRIMARY KEY (assessment_id, position)
);

CREATE TABLE consultation (
    assessment_id VARCHAR(200) ${key_collation} NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    stage         VARCHAR(20)  NOT NULL,
    held_on       VARCHAR(20),
    outcome       VARCHAR(40),
    consulted_by  TEXT,
    PRIMARY KEY (assessment_id, position)
);

CREATE TABLE evidence_expiry (
    assessment_id  VARCHAR(200) ${key_collation} NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position       INTEGER     NOT NULL,
    kind           VARCHAR(40) NOT NULL,
    reference      TEXT        NOT NULL,
    expires_on_day BIGINT      NOT NULL,
    PRIMARY KEY (assessment_id, position)
);
CREATE INDEX evidence_expiry_by_day ON evidence_expiry (expires_on_day);

-- Append-only and hash-chained (kumo.application.records.AuditChain); kumo never updates or deletes a row.
CREATE TABLE audit_event (
    seq           BIGINT       NOT NULL PRIMARY KEY,
    at            VARCHAR(40)  NOT NULL,
    actor         VARCHAR(200) NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    entity_type   VARCHAR(20)  NOT NULL,
    entity_id     VARCHAR(200) NOT NULL,
    before_ref    VARCHAR(80),
    after_ref     VARCHAR(80),
    detail        TEXT,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);

-- The chain's end, kept apart from the events (a removed tail is noticed); every write transaction locks
-- and updates this one row, which also serialises writers.
CREATE TABLE audit_head (
    id   INTEGER  NOT NULL PRIMARY KEY,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL,
    CONSTRAINT audit_head_single CHECK (id = 1)
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
