-- Word-prefix lookups (term LIKE 'thai%') for search.
CREATE INDEX article_term_prefix ON article_term (term, article_id);
