package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.songngu.corpus.WordPlaces.KeyedSentence;
import org.songngu.corpus.WordPlaces.SentenceRef;

/**
 * The word index's answer is the search's: a sentence matches a {@link PhraseQuery} from its words'
 * {@link WordPlaces} exactly when the query's search form occurs in the sentence's (the rule search
 * always had, {@code search_key LIKE '%' || query || '%'}).
 */
class PhraseQueryTest {

    private static final List<String> TRICKY = List.of(
            "Le Comité provincial de Thái Bình (mobilisation des masses).",
            "Đảng bộ tỉnh Nghệ An; ĐẢNG BỘ, đảng-bộ!",
            "Of the people, by the people, for the people.",
            "the people of the people's committee",
            "Nghe an ninh, nghệ  an toàn: Nghệ An.",
            "12/2023 — 12-2023 — 122023",
            "«  »",
            "de la de la de",
            "Un cœur, l'Œuvre de Thái Bình",
            "a".repeat(45) + " b " + "a".repeat(41) + "c");

    private static final List<String> QUERIES = List.of("of the people", "the people", "people s", "OF THE PEO",
            "Nghệ An", "nghe an", "nghe", "an", "dang bo", "Đảng", "DANG BO DANG", "thai binh", "hai binh", "mobilis",
            "masses)", "12 2023", "12/2023", "2023", "de la de", "la de la de", "de", "oeuvre de thai", "l oeuvre",
            "provinc de", "xylophone", "?!", "a".repeat(45), "a".repeat(41) + "c", "a".repeat(40), "a".repeat(45) + " b",
            "a".repeat(41) + " b", "b " + "a".repeat(41));

    @Test
    void theIndexFindsExactlyTheSentencesWhoseSearchFormHoldsTheQuery() {
        for (String query : QUERIES) {
            assertThat(indexed(TRICKY, query)).as(query).isEqualTo(scanned(TRICKY, query));
        }
        assertThat(indexed(TRICKY, "of the people")).extracting(SentenceRef::index).containsExactly(2, 3);
        assertThat(indexed(TRICKY, "people of the")).extracting(SentenceRef::index).containsExactly(3);
        assertThat(indexed(TRICKY, "Nghệ An")).extracting(SentenceRef::index).containsExactly(1, 4);
        assertThat(indexed(TRICKY, "dang bo")).extracting(SentenceRef::index).containsExactly(1);
        assertThat(indexed(TRICKY, "xylophone")).isEmpty();
    }

    @Test
    void randomTextsAndQueriesOfCommonWordsAgreeWithTheScan() {
        List<String> vocabulary = List.of("de", "la", "Đà", "da", "le", "les", "lé", "l'", "a", "à", "an", "ân", "ant",
                "of", "the", "people", "peo", "Thái", "thai", "12", "2023", ",", ".", "-", "—");
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<String> texts = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                texts.add(phrase(vocabulary, random, 1 + random.nextInt(14)));
            }
            String query = phrase(vocabulary, random, 1 + random.nextInt(3));
            assertThat(indexed(texts, query)).as("%s in %s", query, texts).isEqualTo(scanned(texts, query));
        }
    }

    @Test
    void aWordsPlacesAreCutIntoPartsThatParseAlone() {
        List<KeyedSentence> sentences = new ArrayList<>();
        sentences.add(new KeyedSentence("fr", 0, SearchKey.of("de ".repeat(1500))));
        for (int i = 1; i < 900; i++) {
            sentences.add(new KeyedSentence("vi", i, SearchKey.of("x de")));
        }
        List<String> parts = WordPlaces.of(sentences).get("de");

        assertThat(parts).hasSizeGreaterThan(2).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(
                WordPlaces.MAX_PART));
        Map<SentenceRef, TreeSet<Integer>> places = new HashMap<>();
        parts.forEach(part -> WordPlaces.parse(part, places));
        assertThat(places).hasSize(900);
        assertThat(places.get(new SentenceRef("fr", 0))).hasSize(1500).contains(0, 1499);
        assertThat(places.get(new SentenceRef("vi", 899))).containsExactly(1);
    }

    private static String phrase(List<String> vocabulary, Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(random.nextInt(5) == 0 ? "" : " ").append(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return text.toString();
    }

    private static SortedSet<SentenceRef> indexed(List<String> texts, String query) {
        List<KeyedSentence> sentences = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sentences.add(new KeyedSentence("fr", i, SearchKey.of(texts.get(i))));
        }
        Map<String, Map<SentenceRef, TreeSet<Integer>>> byWord = new HashMap<>();
        WordPlaces.of(sentences).forEach((word, parts) -> parts.forEach(part -> WordPlaces.parse(part,
                byWord.computeIfAbsent(word, w -> new HashMap<>()))));
        PhraseQuery phrase = PhraseQuery.of(query);
        SortedSet<SentenceRef> found = phrase.matches(lookup -> {
            Map<SentenceRef, TreeSet<Integer>> places = new HashMap<>();
            byWord.forEach((word, at) -> {
                if (lookup.prefix() ? word.startsWith(lookup.term()) : word.equals(lookup.term())) {
                    at.forEach((ref, positions) -> places.computeIfAbsent(ref, r -> new TreeSet<>()).addAll(positions));
                }
            });
            return places;
        });
        if (!phrase.exact()) {
            found.removeIf(ref -> SearchKey.find(texts.get(ref.index()), phrase.key()) == null);
        }
        return found;
    }

    private static SortedSet<SentenceRef> scanned(List<String> texts, String query) {
        String key = SearchKey.query(query);
        SortedSet<SentenceRef> found = new TreeSet<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!key.isEmpty() && SearchKey.of(texts.get(i)).contains(key)) {
                found.add(new SentenceRef("fr", i));
            }
        }
        return found;
    }
}
