package org.songngu.corpus;

/**
 * The version of the ingest pipeline: what reading, cleaning and segmenting an article makes of its
 * files. Every article is stored with the version that ingested it. When a change to the pipeline
 * would make different sentences out of the same files, bump {@link #CURRENT} (and add a line to
 * the history below): the next run then treats every article stored with an older version whose
 * beads are all still pending as changed, ingests and aligns it again, while an article a reviewer
 * has worked on (a bead approved, rejected or edited, or any review action) keeps its sentences and
 * beads until its files change. Nothing else is needed: the store and the job read this constant.
 *
 * <p>History:
 * <ol>
 *   <li>the pipeline before versions were stored (every article stored before is version 1);</li>
 *   <li>per-article metadata lines (dates, counters, credits, authors) set aside, never segmented;
 *       and, in the same release, the sentence splitter's new rules (straight quotes opening a
 *       sentence, Vietnamese news abbreviations, initials: docs/SEGMENTATION.md).</li>
 *   <li>issue 25's boundaries: numbered items, URLs and e-mail addresses, acronyms before a
 *       sentence starter, French sentences starting in lower case; and <em>possible</em>
 *       boundaries (an abbreviation before a capital: "Washington D.C. Mme Pelosi") stored as
 *       sentences of their own with the splitter's prior, for the aligner to take or leave.</li>
 * </ol>
 */
public final class IngestVersion {

    /** The version of the ingest pipeline in this build. */
    public static final int CURRENT = 3;

    private IngestVersion() {}
}
