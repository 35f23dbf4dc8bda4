-- The word index of accent-insensitive search, with where each word stands: per article and
-- folded word, the sentences holding it and its positions in each (corpus.WordPlaces, a row per
-- 3,000 characters of them). A phrase search reads the rarest word's articles in id order and
-- decides from the places of the query's words which sentences hold the phrase, without reading
-- any sentence: "of the people" costs the articles holding "people", not every article holding
-- the three words, and a page needs no scan of the articles' sentences. It replaces article_term,
-- which knew only the article, so that each candidate article's sentences were all read and matched.
-- (postgresql file: the words compare byte by byte, so that LIKE 'peo%' is an index range whatever the
-- database's collation.)
DROP TABLE article_term;

CREATE TABLE search_word (
    article_id  VARCHAR(200) NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    term        VARCHAR(40) COLLATE "C" NOT NULL,
    part        INT          NOT NULL,
    places      VARCHAR(3000) NOT NULL,
    PRIMARY KEY (article_id, term, part)
);
-- A word's articles in id order: the rarest word of a query is read from here.
CREATE INDEX search_word_term ON search_word (term, article_id);

-- Articles stored before this migration have no places yet: the first start counts them
-- (StaleSummaries, ArticleSummaries.refreshStale), later articles are indexed when stored.
ALTER TABLE article_summary ADD COLUMN words_indexed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE article_summary ALTER COLUMN words_indexed SET DEFAULT TRUE;
