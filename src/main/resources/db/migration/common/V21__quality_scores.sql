-- The French check's scores: per French sentence (1 = no finding, lower with each finding) and the
-- article's mean, so that pages, the API and exports can rank and filter by source quality.
ALTER TABLE sentence ADD COLUMN quality_score DOUBLE PRECISION;
ALTER TABLE article ADD COLUMN quality_score DOUBLE PRECISION;
