-- Remote partitioning (docs/SCALING.md): PostgreSQL itself carries the ingest step's partition
-- requests to worker processes, and holds what the manager read for them, so that a deployment
-- needs nothing but the database and workers need no access to the corpus folder.

-- Spring Integration's JDBC channel message store, as its schema-postgresql.sql creates it: the
-- queue of step execution requests. A worker takes a request with DELETE ... FOR UPDATE SKIP
-- LOCKED inside a transaction it holds while it executes the partition, so a worker that dies
-- gives the request back when PostgreSQL ends its connection.
CREATE SEQUENCE INT_MESSAGE_SEQ START WITH 1 INCREMENT BY 1 NO CYCLE;

CREATE TABLE INT_CHANNEL_MESSAGE (
    MESSAGE_ID       CHAR(36) NOT NULL,
    GROUP_KEY        CHAR(36) NOT NULL,
    CREATED_DATE     BIGINT NOT NULL,
    MESSAGE_PRIORITY BIGINT,
    MESSAGE_SEQUENCE BIGINT NOT NULL DEFAULT nextval('INT_MESSAGE_SEQ'),
    MESSAGE_CONTENT  BYTEA,
    REGION           VARCHAR(100) NOT NULL,
    CONSTRAINT INT_CHANNEL_MESSAGE_PK PRIMARY KEY (REGION, GROUP_KEY, CREATED_DATE, MESSAGE_SEQUENCE)
);
CREATE INDEX INT_CHANNEL_MSG_DELETE_IDX ON INT_CHANNEL_MESSAGE (REGION, GROUP_KEY, MESSAGE_ID);

-- The worker processes present: each refreshes its row while it runs and deletes it when it leaves.
CREATE TABLE remote_worker (
    id         VARCHAR(36)  PRIMARY KEY,
    host       VARCHAR(200) NOT NULL,
    pid        BIGINT       NOT NULL,
    threads    INT          NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What one run's manager read, for its workers: the run's articles in partition order (a
-- rejection when the scan or the first reading refused the article, else its raw files, with its
-- folder's stamp) and the
-- run-wide state learned from all of them (site chrome, metadata templates). Deleted when the run ends.
CREATE TABLE staged_run (
    job_execution_id BIGINT PRIMARY KEY,
    learned          BYTEA  NOT NULL
);
CREATE TABLE staged_article (
    job_execution_id BIGINT       NOT NULL REFERENCES staged_run(job_execution_id) ON DELETE CASCADE,
    position         INT          NOT NULL,
    article_id       VARCHAR(200) NOT NULL,
    kind             VARCHAR(8)   NOT NULL,  -- read (its files follow), rejected, or known (not read: nothing changed)
    rejection        VARCHAR,                -- why it was rejected; for a known article, its last failure
    stamp            VARCHAR(2000),          -- its folder's stamp, for the writer (null: none to store)
    keep_stored      BOOLEAN      NOT NULL,  -- the writer keeps the stored stamp (the folder was not read)
    PRIMARY KEY (job_execution_id, position)
);
CREATE TABLE staged_file (
    job_execution_id BIGINT       NOT NULL,
    position         INT          NOT NULL,
    name             VARCHAR(40)  NOT NULL,
    ordinal          INT          NOT NULL,
    content          BYTEA        NOT NULL,
    PRIMARY KEY (job_execution_id, position, name),
    FOREIGN KEY (job_execution_id, position) REFERENCES staged_article(job_execution_id, position) ON DELETE CASCADE
);
