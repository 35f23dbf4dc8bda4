package org.songngu.harvest;

/**
 * One reason to pair two pages, with the weight it carries on its own (the chance, as far as the
 * harvest can tell, that the pages are translations given this reason alone).
 *
 * @param kind   what kind of evidence
 * @param detail what was seen, in words a reviewer can check
 * @param weight in [0, 1]
 */
public record Evidence(Kind kind, String detail, double weight) {

    public enum Kind {
        /** a person confirmed or re-paired the pages in the review */
        REVIEWED,
        /** both pages declare each other with {@code <link rel="alternate" hreflang>} */
        HREFLANG_BOTH,
        /** one page declares the other with {@code <link rel="alternate" hreflang>} */
        HREFLANG,
        /** a language-switcher link of one page leads to the other */
        SWITCHER,
        /** the addresses differ only by a language marker the site uses */
        URL_PATTERN,
        /** the addresses carry the same numeric id */
        SAME_ID,
        /** the texts share dates, numbers, names, codes and glossary terms */
        CONTENT,
        /** the texts' words translate each other by the aligner's lexicon ({@link TranslatedWords}) */
        LEXICON
    }

    public Evidence {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be within [0, 1]: " + weight);
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " "
                + String.format(java.util.Locale.ROOT, "%.2f", weight) + " (" + detail + ")";
    }
}
