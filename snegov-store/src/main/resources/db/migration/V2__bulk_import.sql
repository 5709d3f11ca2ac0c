-- Bulk import of lists: facts beside records, source bytes in chunks, and the checkpoint of each import.
-- Standard SQL that SQLite and PostgreSQL both accept.

-- Claims with no place among names, vitals and events (nationality, party, occupation, address, burial place,
-- a sentence's body, charge and term), each with its evidence. event = the position of the event it qualifies, or -1.
CREATE TABLE facts (
    record_id VARCHAR(64)  NOT NULL REFERENCES records (id),
    position  INTEGER      NOT NULL,
    kind      VARCHAR(32)  NOT NULL,
    value     TEXT         NOT NULL,
    event     INTEGER      NOT NULL,
    ev_start  INTEGER      NOT NULL,
    ev_end    INTEGER      NOT NULL,
    ev_text   TEXT         NOT NULL,
    PRIMARY KEY (record_id, position)
);
CREATE INDEX facts_kind ON facts (kind, value);

-- The verbatim bytes of a large source, in order; sources.content is then empty. Written with the source.
CREATE TABLE source_chunks (
    source_id VARCHAR(64) NOT NULL REFERENCES sources (id),
    seq       INTEGER     NOT NULL,
    content   BLOB        NOT NULL,
    PRIMARY KEY (source_id, seq)
);

-- One row per streamed import: rows [0, next_row) are stored; status running | done.
CREATE TABLE imports (
    source_id   VARCHAR(64)  PRIMARY KEY REFERENCES sources (id),
    reader      VARCHAR(64)  NOT NULL,
    mapping     TEXT         NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    next_row    INTEGER      NOT NULL,
    records     BIGINT       NOT NULL,
    issues      BIGINT       NOT NULL,
    indexed_row INTEGER      NOT NULL,
    started_at  VARCHAR(40)  NOT NULL,
    updated_at  VARCHAR(40)  NOT NULL
);
