-- Issue 25: where the splitter could not decide whether a sentence ends (an abbreviation before a
-- capital, "Washington D.C. Mme Pelosi"), it cuts there all the same and the aligner decides by
-- the translation. possible_before is the splitter's prior that the boundary before this sentence
-- is a real one, in (0,1); NULL when the boundary is certain (always for a paragraph's first).
-- Owner: org.songngu.store.ArticleStore.
ALTER TABLE sentence ADD COLUMN possible_before DOUBLE PRECISION;
