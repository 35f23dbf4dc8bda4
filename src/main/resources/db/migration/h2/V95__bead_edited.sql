-- Whether a reviewer edited one side of a bead by hand, so that its text is no longer its sentences
-- joined: split and shift refuse to rebuild such a side, the review page shows the edited French, a
-- re-read article keeps the edit aside with the review. Stored by the edit action (and kept by
-- merge and undo) rather than guessed by comparing the text with the sentences.
-- (h2 file: the two databases name the string aggregate differently.)
ALTER TABLE bead ADD COLUMN src_edited BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE bead ADD COLUMN tgt_edited BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE retired_bead ADD COLUMN src_edited BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE retired_bead ADD COLUMN tgt_edited BOOLEAN DEFAULT FALSE NOT NULL;

-- Rows stored before this migration: edited where the text differs from the sentences' join.
UPDATE bead b SET src_edited = TRUE
WHERE b.src_end > b.src_start AND b.src_text <> COALESCE((
    SELECT LISTAGG(s.content, ' ') WITHIN GROUP (ORDER BY s.idx) FROM sentence s
    WHERE s.article_id = b.article_id AND s.lang = 'fr' AND s.idx >= b.src_start AND s.idx < b.src_end), '');
UPDATE bead b SET tgt_edited = TRUE
WHERE b.tgt_end > b.tgt_start AND b.tgt_text <> COALESCE((
    SELECT LISTAGG(s.content, ' ') WITHIN GROUP (ORDER BY s.idx) FROM sentence s
    WHERE s.article_id = b.article_id AND s.lang = SUBSTRING(b.lang_pair, 4) AND s.idx >= b.tgt_start
      AND s.idx < b.tgt_end), '');
UPDATE retired_bead SET src_edited = TRUE WHERE src_text <> src_sentences;
UPDATE retired_bead SET tgt_edited = TRUE WHERE tgt_text <> tgt_sentences;
