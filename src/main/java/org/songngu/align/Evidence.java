package org.songngu.align;

/**
 * A kind of matchable evidence (numbers, punctuation, names, glossary terms, learned word
 * translations): extracts its items from a document. Implementations are immutable and thread-safe.
 */
interface Evidence {

    /** The items of this kind in {@code document} and what covers them. */
    MatchEvidence extract(PreparedPair document);
}
