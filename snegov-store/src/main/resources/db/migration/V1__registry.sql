-- The registry's first schema. Standard SQL that SQLite and PostgreSQL both accept.
-- Sources are append-only and verbatim; everything else is derived from them and can be rebuilt.

CREATE TABLE sources (
    id          VARCHAR(64)  PRIMARY KEY,          -- SHA-256 of content, lower-case hex
    name        VARCHAR(512) NOT NULL,
    media_type  VARCHAR(128) NOT NULL,
    content     BLOB         NOT NULL,
    byte_size   BIGINT       NOT NULL,
    imported_at VARCHAR(40)  NOT NULL              -- ISO-8601 instant
);

CREATE TABLE records (
    id        VARCHAR(64)  PRIMARY KEY,
    source_id VARCHAR(64)  NOT NULL REFERENCES sources (id),
    position  INTEGER      NOT NULL,
    producer  VARCHAR(128) NOT NULL
);
CREATE INDEX records_source ON records (source_id, position);

-- Claims. Each carries its evidence: [ev_start, ev_end) of the source text, and that text.
CREATE TABLE names (
    record_id  VARCHAR(64)  NOT NULL REFERENCES records (id),
    position   INTEGER      NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    full_name  VARCHAR(512) NOT NULL,
    surname    VARCHAR(256),
    given      VARCHAR(256),
    patronymic VARCHAR(256),
    ev_start   INTEGER      NOT NULL,
    ev_end     INTEGER      NOT NULL,
    ev_text    TEXT         NOT NULL,
    PRIMARY KEY (record_id, position)
);

CREATE TABLE vitals (
    record_id VARCHAR(64)  NOT NULL REFERENCES records (id),
    kind      VARCHAR(8)   NOT NULL,               -- birth | death
    date      VARCHAR(16),                         -- PartialDate.toString(), or null
    place     VARCHAR(512),
    ev_start  INTEGER      NOT NULL,
    ev_end    INTEGER      NOT NULL,
    ev_text   TEXT         NOT NULL,
    PRIMARY KEY (record_id, kind)
);

CREATE TABLE events (
    record_id   VARCHAR(64)  NOT NULL REFERENCES records (id),
    position    INTEGER      NOT NULL,
    type        VARCHAR(32)  NOT NULL,
    date        VARCHAR(16),
    until       VARCHAR(16),
    place       VARCHAR(512),
    conflicting BOOLEAN      NOT NULL,
    ev_start    INTEGER      NOT NULL,
    ev_end      INTEGER      NOT NULL,
    ev_text     TEXT         NOT NULL,
    PRIMARY KEY (record_id, position)
);
CREATE INDEX events_type ON events (type, date);

CREATE TABLE mentions (
    record_id VARCHAR(64)  NOT NULL REFERENCES records (id),
    position  INTEGER      NOT NULL,
    name      VARCHAR(512) NOT NULL,
    ev_start  INTEGER      NOT NULL,
    ev_end    INTEGER      NOT NULL,
    ev_text   TEXT         NOT NULL,
    PRIMARY KEY (record_id, position)
);

CREATE TABLE relations (
    record_id VARCHAR(64)  NOT NULL REFERENCES records (id),
    position  INTEGER      NOT NULL,
    person    VARCHAR(512) NOT NULL,
    type      VARCHAR(32)  NOT NULL,
    ev_start  INTEGER      NOT NULL,
    ev_end    INTEGER      NOT NULL,
    ev_text   TEXT         NOT NULL,
    PRIMARY KEY (record_id, position)
);

-- Problems found in a source while reading it: bad data is kept as data.
CREATE TABLE issues (
    source_id VARCHAR(64)  NOT NULL REFERENCES sources (id),
    position  INTEGER      NOT NULL,
    line      INTEGER      NOT NULL,
    col       INTEGER      NOT NULL,
    reason    TEXT         NOT NULL,
    raw       TEXT         NOT NULL,
    PRIMARY KEY (source_id, position)
);

CREATE TABLE persons (
    id         VARCHAR(40) PRIMARY KEY,
    created_at VARCHAR(40) NOT NULL
);

CREATE TABLE person_records (
    record_id VARCHAR(64) PRIMARY KEY REFERENCES records (id),
    person_id VARCHAR(40) NOT NULL REFERENCES persons (id)
);
CREATE INDEX person_records_person ON person_records (person_id);
