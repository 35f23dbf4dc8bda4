-- The distinct pairs of adjacent words of each article's sentences ("comite du", "du parti"), folded
-- as search_key: a search for several words reads the articles holding each of its pairs, far fewer
-- than those holding each of its words when the words are common. Articles stored before this
-- version get their pairs at the next start (SearchIndex.indexMissingPairs).
CREATE TABLE article_pair (
    article_id  VARCHAR(200) NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    pair        VARCHAR(81)  NOT NULL,
    PRIMARY KEY (article_id, pair)
);
CREATE INDEX article_pair_lookup ON article_pair (pair, article_id);
