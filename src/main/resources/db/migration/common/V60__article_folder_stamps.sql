-- The stamp of each article's folder as the run that last read it saw it (FolderStamps: kind,
-- size, modification time and inode of the folder and its article files, no content), and what
-- that reading came to: NULL when the article was stored or found unchanged, else the reason it
-- failed on its input. A run over a corpus whose folders all show the same stamps has nothing to
-- read; otherwise it reads and hashes the files as before. An article without a row here (new, an
-- unexpected failure, a file modified while it was stamped) makes the next run read the corpus.
CREATE TABLE article_folder (
    article_id    VARCHAR(200)  NOT NULL PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    stamp         VARCHAR(2000) NOT NULL,
    failure       VARCHAR(4000)
);
