package org.songngu.align;

/**
 * Numbers and dates as digit strings ("30 000" = "30.000" = "30000"; "21/12/2023" gives 21, 12,
 * 2023): a number covers the same number on the other side. Thread-safe.
 */
final class NumberEvidence implements Evidence {

    @Override
    public MatchEvidence extract(PreparedPair document) {
        var source = PreparedPair.each(document.source(), SentenceText::numbers);
        var target = PreparedPair.each(document.target(), SentenceText::numbers);
        return MatchEvidence.identity(source, source, target, target);
    }
}
