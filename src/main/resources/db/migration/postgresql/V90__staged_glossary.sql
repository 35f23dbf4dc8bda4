-- The glossary a remote run's manager uses, staged with the run for its workers (docs/SCALING.md):
-- workers check and align with it whatever glossary file they have, or none. As bytes
-- (GlossaryBytes) and their SHA-256, which a worker compares before it reads the bytes.
-- A staging lasts one run; one left by an earlier version is of no use.
DELETE FROM staged_run;
ALTER TABLE staged_run ADD COLUMN glossary BYTEA NOT NULL;
ALTER TABLE staged_run ADD COLUMN glossary_digest VARCHAR(64) NOT NULL;
