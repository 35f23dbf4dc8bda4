-- French findings of sentences LanguageTool has checked (org.songngu.store.StoredFrenchFindings):
-- a sentence met in many articles, or again in a later run, is checked once. The key is the
-- SHA-256 of the sentence as LanguageTool reads it (names masked), LanguageTool's version and a
-- hash of what else changes the findings (rules switched off, accepted words, the checker's
-- suppressions): a checker with other settings neither reads nor overwrites these rows.
-- findings: a JSON list of findings in the masked sentence's positions. A cache: rows are
-- deleted oldest first beyond songngu.quality.stored-sentences, and may be deleted at any time.
CREATE TABLE french_check_cache (
    sentence_hash   CHAR(64)       NOT NULL,
    lt_version      VARCHAR(40)    NOT NULL,
    rule_set        VARCHAR(40)    NOT NULL,
    findings        VARCHAR(60000) NOT NULL,
    stored_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sentence_hash, lt_version, rule_set)
);
CREATE INDEX french_check_cache_age ON french_check_cache (stored_at);
