-- What a TMX import keeps of each unit so that an export gives the memory back as it came in.
-- All NULL for beads the job aligned: the export then derives them as before (tuid from the bead's
-- place, creation date from the article, creator = last reviewer).
--   tuid        the unit's tuid as imported (kept through merges and renumbering)
--   created_at  its creationdate; set on every imported bead (marks it as imported)
--   created_by  its creationid
--   tmx_extra   its notes and the properties the import kept but does not map, one per line:
--               "note<TAB>text" or "prop<TAB>type<TAB>value" (tab, newline, backslash escaped)
ALTER TABLE bead ADD COLUMN tuid VARCHAR(1000);
ALTER TABLE bead ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE bead ADD COLUMN created_by VARCHAR(100);
ALTER TABLE bead ADD COLUMN tmx_extra VARCHAR;

-- Where an article comes from: 'corpus' (a folder the job reads) or 'tmx' (an import). An import
-- never replaces a corpus article; it replaces an imported one only when told to (--replace).
ALTER TABLE article ADD COLUMN origin VARCHAR(10) DEFAULT 'corpus' NOT NULL;
UPDATE article SET origin = 'tmx' WHERE title LIKE 'TMX import: %';
