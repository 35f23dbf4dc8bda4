-- Word-prefix lookups (term LIKE 'thai%') for search: pattern ops, so that the index serves LIKE
-- whatever the database's collation.
CREATE INDEX article_term_prefix ON article_term (term varchar_pattern_ops, article_id);
