package org.songngu.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.songngu.align.CorpusLexicon;
import org.songngu.corpus.Language;

/** The translated-word score and blocking, and how pairing weighs them, on a lexicon made by hand. */
class TranslatedWordsTest {

    private static final TranslatedWords LEXICON = new TranslatedWords(
            Map.of(
                    Language.VI,
                    CorpusLexicon.of(List.of(
                            Map.entry("district", "huyện"),
                            Map.entry("paysans", "nông"),
                            Map.entry("paysans", "dân"),
                            Map.entry("récolte", "mùa"),
                            Map.entry("riz", "lúa"),
                            Map.entry("digue", "đê"),
                            Map.entry("crue", "lũ"),
                            Map.entry("école", "trường"),
                            Map.entry("élèves", "sinh"),
                            Map.entry("le", "các"),
                            Map.entry("de", "của"),
                            Map.entry("2024", "2024")))),
            "hand-made");

    private static final String HARVEST_FR =
            "Le district de Vũ Thư : les paysans de la digue rentrent la récolte de riz.";
    private static final String HARVEST_VI = "Huyện Vũ Thư: nông dân các xã ven đê thu hoạch mùa lúa của năm.";
    private static final String SCHOOL_VI = "Huyện Vũ Thư: các trường đón học sinh của năm học mới.";

    @Test
    void readsThePagesWordsAsTheAlignerSplitsThem() {
        int[] french = LEXICON.words(Language.FR, List.of("L'école du DISTRICT, la crue-digue et 2024"));
        int[] again = LEXICON.words(Language.FR, List.of("district école digue crue"));
        assertThat(french)
                .as("lower case, split at apostrophes and hyphens, no digits, unknown words left out")
                .containsExactly(again);
        assertThat(LEXICON.words(Language.EN, List.of("district school")))
                .as("no fr-en lexicon")
                .isEmpty();
        assertThat(LEXICON.covers(Language.VI)).isTrue();
        assertThat(LEXICON.covers(Language.EN)).isFalse();
        assertThat(LEXICON.links())
                .as("the link between numbers is left to the content features")
                .isEqualTo(11);
    }

    @Test
    void aTranslationScoresAboveAnotherArticleOfTheSamePlace() {
        TranslatedWords.Crawl crawl = crawl(HARVEST_FR, HARVEST_VI, SCHOOL_VI);
        double translation = crawl.similarity(0, 1);
        double other = crawl.similarity(0, 2);
        assertThat(translation).isGreaterThan(0.8);
        // the place and the words every page has ("các", "của") still translate: about half as much
        assertThat(other).isLessThan(0.5);
        assertThat(translation - other).isGreaterThan(0.3);
        assertThat(crawl.describe(0, 1, 2))
                .contains("of the French words")
                .contains("Vietnamese words")
                .contains(" = ");
        assertThat(crawl.similarity(1, 0)).as("a French page first").isZero();
    }

    @Test
    void wordsEveryPageHasWeighLessThanRareOnes() {
        // "le"/"các" and "de"/"của" are in every page: matching only those is worth little
        TranslatedWords.Crawl crawl = crawl(
                "le district de la digue",
                "các của huyện đê",
                "các của trường sinh",
                "le de école élèves",
                "các của trường");
        double rare = crawl.similarity(0, 1);
        double common = crawl.similarity(0, 2);
        assertThat(rare).isEqualTo(1.0);
        assertThat(common).isGreaterThan(0).isLessThan(0.5);
    }

    @Test
    void proposesOnlyPagesHoldingARareTranslation() {
        List<String> texts = new ArrayList<>(List.of(HARVEST_FR, HARVEST_VI));
        for (int i = 0; i < 30; i++) {
            texts.add("các của năm " + i); // common words only
        }
        TranslatedWords.Crawl crawl = crawl(texts.toArray(String[]::new));
        Map<Integer, int[]> index = crawl.index(Language.VI, 10);
        assertThat(crawl.candidates(index, 0, Language.VI, 10, 40, 8)).containsExactly(1);
    }

    @Test
    void aLexiconGoesFromFrench() {
        assertThatThrownBy(() -> new TranslatedWords(Map.of(Language.FR, CorpusLexicon.of(List.of())), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TranslatedWords.none().isEmpty()).isTrue();
        assertThat(TranslatedWords.none().words(Language.FR, List.of("district")))
                .isEmpty();
    }

    @Test
    void theLexiconDecidesBetweenTwoPagesTheDateCannotTellApart() {
        LocalDate day = LocalDate.of(2024, 9, 2);
        List<PageInfo> pages = List.of(
                page("https://a.vn/fr/1", Language.FR, day, Set.of("d:" + day)),
                page("https://a.vn/school", Language.VI, day, Set.of("d:" + day)),
                page("https://a.vn/harvest", Language.VI, day, Set.of("d:" + day)));
        List<int[]> words = List.of(
                LEXICON.words(Language.FR, List.of(HARVEST_FR)),
                LEXICON.words(Language.VI, List.of(SCHOOL_VI)),
                LEXICON.words(Language.VI, List.of(HARVEST_VI)));

        List<PagePair> plain = new Pairing(HarvestSettings.defaults()).pair(pages, Decisions.none());
        assertThat(plain)
                .singleElement()
                .satisfies(pair -> assertThat(pair.evidence()).noneMatch(e -> e.kind() == Evidence.Kind.LEXICON));

        List<PagePair> pairs = new Pairing(HarvestSettings.defaults(), LEXICON).pair(pages, words, Decisions.none());
        assertThat(pairs).singleElement().satisfies(pair -> {
            assertThat(pair.other()).isEqualTo("https://a.vn/harvest");
            assertThat(pair.evidence()).anyMatch(e -> e.kind() == Evidence.Kind.LEXICON && e.weight() > 0.5);
            assertThat(pair.score()).isGreaterThan(plain.get(0).score());
        });
    }

    @Test
    void twoPagesTranslatingEquallyWellGetNoLexiconWeight() {
        LocalDate day = LocalDate.of(2024, 9, 2);
        List<PageInfo> pages = List.of(
                page("https://a.vn/fr/1", Language.FR, day, Set.of("d:" + day)),
                page("https://a.vn/one", Language.VI, day, Set.of("d:" + day)),
                page("https://a.vn/two", Language.VI, day, Set.of("d:" + day)));
        List<int[]> words = List.of(
                LEXICON.words(Language.FR, List.of(HARVEST_FR)),
                LEXICON.words(Language.VI, List.of(HARVEST_VI)),
                LEXICON.words(Language.VI, List.of(HARVEST_VI + " ")));
        List<PagePair> pairs = new Pairing(HarvestSettings.defaults(), LEXICON).pair(pages, words, Decisions.none());
        assertThat(pairs)
                .singleElement()
                .satisfies(pair -> assertThat(pair.evidence())
                        .as("the words do not set either apart")
                        .noneMatch(e -> e.kind() == Evidence.Kind.LEXICON));
    }

    @Test
    void wordsThatTranslateDoNotOutweighFiguresThatDisagree() {
        LocalDate day = LocalDate.of(2024, 9, 2);
        // the same template filled with other figures and names: one article, not the other's translation
        List<PageInfo> pages = List.of(
                page(
                        "https://a.vn/fr/1",
                        Language.FR,
                        day,
                        Set.of("d:" + day, "n:1245", "n:318", "p:le van", "n:92.5")),
                page(
                        "https://a.vn/template",
                        Language.VI,
                        day,
                        Set.of("d:" + day, "n:2710", "n:56", "p:tran thi", "n:71.3")));
        List<int[]> words = List.of(
                LEXICON.words(Language.FR, List.of(HARVEST_FR)), LEXICON.words(Language.VI, List.of(HARVEST_VI)));
        List<PagePair> pairs = new Pairing(HarvestSettings.defaults(), LEXICON).pair(pages, words, Decisions.none());
        assertThat(pairs)
                .allSatisfy(pair -> assertThat(pair.evidence()).noneMatch(e -> e.kind() == Evidence.Kind.LEXICON));
    }

    private static PageInfo page(String url, Language language, LocalDate date, Set<String> features) {
        return new PageInfo(url, language, null, date, Map.of(), Map.of(), features, 1000);
    }

    /** The first text French, the others Vietnamese. */
    private static TranslatedWords.Crawl crawl(String... texts) {
        List<Language> languages = new ArrayList<>();
        List<int[]> words = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Language language = i == 0 ? Language.FR : Language.VI;
            languages.add(language);
            words.add(LEXICON.words(language, List.of(texts[i])));
        }
        return LEXICON.crawl(languages, words);
    }
}
