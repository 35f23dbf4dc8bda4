-- The distinct triples of adjacent words of each article's sentences ("comite du parti"), folded as
-- search_key, each word cut to 40 characters: a phrase of common words whose pairs are each in
-- thousands of articles is in few triple by triple, so a search of three words reads no sentence to
-- find its articles, and one of more reads only those of the articles holding every triple. Articles
-- stored before this version get their triples at the next start (SearchIndex.indexMissingTriples).
CREATE TABLE article_triple (
    article_id  VARCHAR(200) NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    triple      VARCHAR(122) NOT NULL,
    PRIMARY KEY (article_id, triple)
);
CREATE INDEX article_triple_lookup ON article_triple (triple, article_id);
