-- A reviewer's note on a bead, for the next reviewer: shown on the review page, kept in the audit
-- trail with the bead's states (a note change is an action like any other, and undo restores it)
-- and exported as a TMX <note>. NULL: no note. A note holds at most 2,000 characters (a merge joins two).
ALTER TABLE bead ADD COLUMN note VARCHAR;

-- A bead with a note counts as worked on: when its article is read again, the note is kept aside
-- with the review and comes back on the new bead over the same sentences.
ALTER TABLE retired_bead ADD COLUMN note VARCHAR;
