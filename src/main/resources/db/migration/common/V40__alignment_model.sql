-- The aligner's model belongs to the corpus: a word lexicon per language pair learned from the
-- stored beads (reviewed ones weighing more), versioned so that an article records which model
-- aligned it and the same article with the same version always gets the same beads.
CREATE TABLE align_model (
    version        INT          PRIMARY KEY,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- eligible training beads in the store when learned: the next relearning waits for growth
    material       BIGINT       NOT NULL,
    training_pairs BIGINT       NOT NULL,
    links          BIGINT       NOT NULL
);

-- The links of a version (only the current version's are kept: older articles record their
-- version, and --realign-pending aligns them again with the current one).
CREATE TABLE align_model_link (
    version      INT          NOT NULL REFERENCES align_model(version) ON DELETE CASCADE,
    lang_pair    VARCHAR(5)   NOT NULL,
    source_word  VARCHAR(100) NOT NULL,
    target_word  VARCHAR(100) NOT NULL
);
CREATE INDEX align_model_link_version ON align_model_link (version, lang_pair);

-- The model version the article's current beads were aligned with (NULL: none, or before models).
ALTER TABLE article ADD COLUMN model_version INT;
