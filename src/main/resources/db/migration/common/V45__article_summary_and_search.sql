-- What the article list shows and filters on, computed once per article when it is stored,
-- aligned or reviewed (ArticleSummaries.refresh), never per request: at archive scale the list
-- cannot count every bead and sentence of the corpus on each page. glossary_key is the
-- fingerprint of the glossary missing_terms was counted with: a changed glossary makes the row
-- stale and it is counted again (ArticleSummaries.refreshStale).
CREATE TABLE article_summary (
    article_id     VARCHAR(200) PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    fr_sentences   INT          NOT NULL,
    findings       INT          NOT NULL,
    vi_total       INT          NOT NULL,
    vi_approved    INT          NOT NULL,
    vi_rejected    INT          NOT NULL,
    en_total       INT          NOT NULL,
    en_approved    INT          NOT NULL,
    en_rejected    INT          NOT NULL,
    min_confidence DOUBLE PRECISION,
    missing_terms  INT          NOT NULL,
    review_state   VARCHAR(12)  NOT NULL,
    glossary_key   VARCHAR(64)  NOT NULL,
    refreshed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX article_summary_state ON article_summary (review_state, article_id);

-- Accent-insensitive search: each sentence's folded form (lower case, no diacritics, every run of
-- characters other than letters and digits made one space, a space at both ends), so that
-- LIKE '% thai binh%' finds "Thái Bình" at a word start.
ALTER TABLE sentence ADD COLUMN search_key VARCHAR;

-- The distinct folded words of each article (all languages): a search first narrows the articles
-- to those holding a word starting with each word of the query, then reads only their sentences.
CREATE TABLE article_term (
    article_id  VARCHAR(200) NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    term        VARCHAR(40)  NOT NULL,
    PRIMARY KEY (article_id, term)
);

-- The latest run of each article, read for one page of the list at a time.
CREATE INDEX run_article_latest ON run_article (article_id, recorded_at);
