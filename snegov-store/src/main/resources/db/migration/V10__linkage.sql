-- Record linkage (C6): scored links, human decisions, person redirects and what each run linked.
-- Standard SQL that SQLite and PostgreSQL both accept. Decisions are retracted, never deleted.

-- A machine link between two records (left_id < right_id): its score, kind and the run that produced it.
CREATE TABLE links (
    left_id     VARCHAR(64)  NOT NULL REFERENCES records (id),
    right_id    VARCHAR(64)  NOT NULL REFERENCES records (id),
    weight      DOUBLE PRECISION NOT NULL,
    probability DOUBLE PRECISION NOT NULL,
    kind        VARCHAR(8)   NOT NULL,               -- same | maybe
    producer    VARCHAR(128) NOT NULL,               -- linker/1
    run_id      VARCHAR(40)  NOT NULL,
    PRIMARY KEY (left_id, right_id)
);
CREATE INDEX links_right ON links (right_id);
CREATE INDEX links_kind ON links (kind, probability);

-- A person's decision about two records (left_id < right_id). The latest unretracted one counts.
CREATE TABLE decisions (
    id           VARCHAR(40)  PRIMARY KEY,
    left_id      VARCHAR(64)  NOT NULL REFERENCES records (id),
    right_id     VARCHAR(64)  NOT NULL REFERENCES records (id),
    verdict      VARCHAR(16)  NOT NULL,              -- same | different
    author       VARCHAR(128) NOT NULL,
    note         TEXT,
    decided_at   VARCHAR(40)  NOT NULL,
    retracted_at VARCHAR(40)
);
CREATE INDEX decisions_pair ON decisions (left_id, right_id);

-- A person id that no longer exists and the person it became (after a merge).
CREATE TABLE person_redirects (
    from_id       VARCHAR(40) PRIMARY KEY,
    to_id         VARCHAR(40) NOT NULL,
    redirected_at VARCHAR(40) NOT NULL
);

-- Each linkage run, and which records it has seen (so that re-linking touches only what changed).
CREATE TABLE link_runs (
    id              VARCHAR(40)  PRIMARY KEY,
    started_at      VARCHAR(40)  NOT NULL,
    producer        VARCHAR(128) NOT NULL,
    records         INTEGER      NOT NULL,
    focus_records   INTEGER      NOT NULL,
    candidate_pairs BIGINT       NOT NULL,
    links           INTEGER      NOT NULL,
    persons_changed INTEGER      NOT NULL
);
CREATE TABLE linked_records (
    record_id VARCHAR(64) PRIMARY KEY REFERENCES records (id),
    run_id    VARCHAR(40) NOT NULL
);
