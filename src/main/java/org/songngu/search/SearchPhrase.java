package org.songngu.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.songngu.corpus.SearchKey;

/**
 * A query's search form ({@link SearchKey#query}) as a question to the index: its words in order,
 * every word whole but the last, which is typed in part (a prefix), as {@code search_key LIKE '% w1
 * w2 w3%'} reads them. {@code exact} when the articles the index answers are exactly those with a
 * sentence holding the phrase; not when a word reaches the indexed length ({@link SearchKey#MAX_WORD}:
 * the cut word matches longer words the phrase does not hold) or when the last word, as a prefix,
 * starts more indexed words than {@link #MAX_EXPANSIONS}: then the index only narrows, and each
 * article's sentences decide.
 */
public record SearchPhrase(List<String> words) {

    /** Words a prefix may stand for inside a phrase before the phrase is asked without it. */
    static final int MAX_EXPANSIONS = 4096;

    public SearchPhrase {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a search phrase needs a word");
        }
    }

    /** The phrase of a search form from {@link SearchKey#query} (non-blank). */
    public static SearchPhrase of(String queryKey) {
        List<String> words = new ArrayList<>();
        for (String word : queryKey.strip().split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new SearchPhrase(words);
    }

    /** Whether no word is cut by the index: the words before the last shorter, the last no longer. */
    boolean uncut() {
        int last = words.size() - 1;
        return words.subList(0, last).stream().allMatch(word -> word.length() < SearchKey.MAX_WORD)
                && words.get(last).length() <= SearchKey.MAX_WORD;
    }

    /** The Lucene query over {@code field} for this phrase against {@code reader}'s words, and whether it is exact. */
    Asked ask(String field, IndexReader reader) throws IOException {
        List<String> cut = words.stream().map(SearchKey::cut).toList();
        String prefix = cut.get(cut.size() - 1);
        if (cut.size() == 1) {
            return new Asked(new PrefixQuery(new Term(field, prefix)), uncut());
        }
        List<Term> expansions = expand(field, reader, prefix);
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
        for (String word : cut.subList(0, cut.size() - 1)) {
            phrase.add(new Term(field, word));
        }
        if (expansions == null) {
            // Too many words start with the last one: the whole words as a phrase, the last word anywhere.
            return new Asked(
                    new BooleanQuery.Builder()
                            .add(phrase.build(), BooleanClause.Occur.FILTER)
                            .add(new PrefixQuery(new Term(field, prefix)), BooleanClause.Occur.FILTER)
                            .build(),
                    false);
        }
        if (expansions.isEmpty()) {
            return new Asked(new MatchNoDocsQuery("no word starts with " + prefix), uncut());
        }
        phrase.add(expansions.toArray(Term[]::new));
        return new Asked(phrase.build(), uncut());
    }

    /** A Lucene query and whether the documents it finds are exactly those with a hit. */
    record Asked(Query query, boolean exact) {}

    /** The indexed words starting with {@code prefix}; null past {@link #MAX_EXPANSIONS}. */
    private static List<Term> expand(String field, IndexReader reader, String prefix) throws IOException {
        List<Term> expansions = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return expansions;
        }
        TermsEnum iterator = terms.iterator();
        BytesRef start = new BytesRef(prefix);
        if (iterator.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return expansions;
        }
        for (BytesRef word = iterator.term(); word != null; word = iterator.next()) {
            if (!StringHelper.startsWith(word, start)) {
                break;
            }
            if (expansions.size() == MAX_EXPANSIONS) {
                return null;
            }
            expansions.add(new Term(field, BytesRef.deepCopyOf(word)));
        }
        return expansions;
    }
}
