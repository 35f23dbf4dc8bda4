package org.songngu.batch;

/**
 * What the ingest step's writer does with an article folder's stamp once the article is written:
 * keep the stored one (the run did not read the folder), forget it (no stamp could be trusted, or
 * none was taken: the next run reads the corpus again), or store this run's.
 */
record Stamping(String stamp, boolean keepStored) {

    /** The folder was not read: its stored stamp and outcome stand. */
    static final Stamping KEEP = new Stamping(null, true);
    /** No stamp to trust: the next run reads the corpus again. */
    static final Stamping FORGET = new Stamping(null, false);

    /** This run's stamp of the folder, {@code null} when none could be trusted. */
    static Stamping of(String stamp) {
        return stamp == null ? FORGET : new Stamping(stamp, false);
    }
}
