package org.songngu.align;

/**
 * Punctuation that survives translation: ? ! : ; quotes of any style (« » “ ” ") and brackets, each
 * covered by the same mark on the other side. Thread-safe.
 */
final class PunctuationEvidence implements Evidence {

    @Override
    public MatchEvidence extract(PreparedPair document) {
        var source = PreparedPair.each(document.source(), SentenceText::marks);
        var target = PreparedPair.each(document.target(), SentenceText::marks);
        return MatchEvidence.identity(source, source, target, target);
    }
}
