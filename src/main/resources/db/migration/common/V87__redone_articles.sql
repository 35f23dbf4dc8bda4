-- Issue 25: an article read again only because the ingest pipeline changed (its files did not,
-- its beads were all pending) is "redone": the run's summary counts them. Owner:
-- org.songngu.store.ArticleStore.
ALTER TABLE run_article ADD COLUMN redone BOOLEAN DEFAULT FALSE NOT NULL;
