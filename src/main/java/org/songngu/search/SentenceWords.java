package org.songngu.search;

import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.songngu.corpus.SearchKey;

/**
 * The words of an article's sentences as Lucene indexes them: the words of each sentence's search
 * key ({@link SearchKey}), already folded and split, each cut to {@link SearchKey#MAX_WORD}
 * characters, one position apart, with one empty position between two sentences so that no phrase
 * is found across a sentence end. No analyzer: the search key is the one definition of a word,
 * shared with the SQL check ({@code search_key LIKE}).
 */
final class SentenceWords extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final List<String> keys;
    private Iterator<String> sentences;
    private List<String> words = List.of();
    private int next;
    private boolean sentenceStart;
    private boolean first;

    SentenceWords(List<String> keys) {
        this.keys = keys;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        sentences = keys.iterator();
        words = List.of();
        next = 0;
        first = true;
    }

    @Override
    public boolean incrementToken() {
        while (next >= words.size()) {
            if (!sentences.hasNext()) {
                return false;
            }
            String key = sentences.next();
            words = key == null ? List.of() : SearchKey.words(key);
            next = 0;
            sentenceStart = true;
        }
        String word = words.get(next++);
        clearAttributes();
        term.append(word);
        increment.setPositionIncrement(sentenceStart && !first ? 2 : 1);
        sentenceStart = false;
        first = false;
        return true;
    }
}
