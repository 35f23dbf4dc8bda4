package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The chrome learner's bounded count gives exactly the model an exact count of every paragraph
 * gives, in memory that does not grow with the number of articles (issue 15: flat memory).
 */
class BoilerplateLearnerTest {

    private static final IngestSettings SETTINGS = IngestSettings.defaults();

    @Test
    void manyDistinctParagraphsAndAFewFrequentOnesGiveExactlyTheFrequentOnes() {
        int articleCount = 5_000;
        int threshold = (int) Math.ceil(SETTINGS.chromeMinShare() * articleCount); // 100
        List<RawArticle> corpus = new ArrayList<>();
        for (int i = 0; i < articleCount; i++) {
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("Journal de Thai Binh");
            if (i % 50 == 0) {
                paragraphs.add("Rubrique politique"); // in exactly the threshold's number of articles
            }
            if (i >= articleCount - threshold) {
                paragraphs.add("Abonnez-vous"); // as many, all at the end, after many rounds
            }
            if (i % 51 == 7) {
                paragraphs.add("Lire aussi"); // in 98 articles: just short of the threshold
            }
            for (int p = 0; p < 20; p++) {
                paragraphs.add("Paragraphe " + p + " de l'article " + i + ".");
            }
            corpus.add(article("a" + i, Map.of(Language.FR, paragraphs)));
        }
        BoilerplateModel.Learner learner = new BoilerplateModel.Learner(SETTINGS);
        corpus.forEach(learner::add);
        int[] secondPasses = {0};
        BoilerplateModel model = learner.learn(() -> {
            secondPasses[0]++;
            corpus.forEach(learner::add);
        });

        assertThat(chrome(model, Language.FR))
                .containsExactlyInAnyOrder("Journal de Thai Binh", "Rubrique politique", "Abonnez-vous");
        assertThat(model.hashes()).isEqualTo(exactModel(corpus, SETTINGS));
        assertThat(secondPasses[0])
                .as("the undecided candidates were counted again")
                .isEqualTo(1);
        // 100,004 distinct paragraphs; the count never tracked more than a few thousand at once.
        assertThat(learner.capacity(Language.FR)).isLessThanOrEqualTo(4_096);
    }

    @Test
    void randomCorporaGiveTheExactModel() {
        Random random = new Random(15);
        int[] secondPasses = {0};
        for (int run = 0; run < 12; run++) {
            int articleCount = 200 + random.nextInt(1_500);
            int pool = 50 + random.nextInt(400);
            IngestSettings settings = SETTINGS.withChromeMinArticles(2 + random.nextInt(4));
            List<RawArticle> corpus = new ArrayList<>();
            for (int i = 0; i < articleCount; i++) {
                Map<Language, List<String>> versions = new EnumMap<>(Language.class);
                for (Language language : List.of(Language.FR, Language.VI)) {
                    if (language == Language.VI && random.nextInt(3) == 0) {
                        continue;
                    }
                    List<String> paragraphs = new ArrayList<>();
                    int shared = random.nextInt(8);
                    for (int p = 0; p < shared; p++) {
                        // skewed: a few paragraphs very common, most rare, some right at the threshold
                        int which = (int) (pool * Math.pow(random.nextDouble(), 3));
                        paragraphs.add("Commun " + which);
                    }
                    int own = random.nextInt(20);
                    for (int p = 0; p < own; p++) {
                        paragraphs.add("Propre " + i + "-" + p);
                    }
                    versions.put(language, paragraphs);
                }
                corpus.add(article("r" + i, versions));
            }
            BoilerplateModel.Learner learner = new BoilerplateModel.Learner(settings);
            corpus.forEach(learner::add);
            BoilerplateModel model = learner.learn(() -> {
                secondPasses[0]++;
                corpus.forEach(learner::add);
            });
            assertThat(model.hashes())
                    .as("run %d: %d articles, pool %d", run, articleCount, pool)
                    .isEqualTo(exactModel(corpus, settings));
        }
        assertThat(secondPasses[0]).as("runs that needed the second pass").isPositive();
    }

    @Test
    void theProjectCorpusGivesTheSameChromeAsAnExactCount() {
        ArticleReader reader = new ArticleReader(SETTINGS);
        List<RawArticle> corpus = CorpusScanner.scan(Path.of("corpus")).articles().stream()
                .map(reader::read)
                .toList();
        BoilerplateModel model = BoilerplateModel.learn(corpus, SETTINGS);
        assertThat(model.hashes()).isNotEmpty().isEqualTo(exactModel(corpus, SETTINGS));
    }

    @Test
    void aCorpusTheCountHoldsWholeIsNotReadTwice() {
        List<RawArticle> corpus = List.of(
                article("a", Map.of(Language.FR, List.of("Menu", "Texte A."))),
                article("b", Map.of(Language.FR, List.of("Menu", "Texte B."))));
        BoilerplateModel.Learner learner = new BoilerplateModel.Learner(SETTINGS);
        corpus.forEach(learner::add);
        BoilerplateModel model = learner.learn(() -> {
            throw new AssertionError("read again");
        });
        assertThat(chrome(model, Language.FR)).containsExactly("Menu");
    }

    @Test
    void learnIsCalledOnce() {
        BoilerplateModel.Learner learner = new BoilerplateModel.Learner(SETTINGS);
        List<RawArticle> corpus = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            corpus.add(article("a" + i, Map.of(Language.FR, List.of("Menu", "A" + i, "B" + i, "C" + i))));
        }
        corpus.forEach(learner::add);
        learner.learn(() -> corpus.forEach(learner::add));
        assertThatThrownBy(() -> learner.learn(() -> {})).isInstanceOf(IllegalStateException.class);
    }

    /** The model as an exact count of every short paragraph, per language, defines it. */
    private static Map<Language, Set<Long>> exactModel(List<RawArticle> corpus, IngestSettings settings) {
        Map<Language, Map<Long, Integer>> counts = new EnumMap<>(Language.class);
        Map<Language, Integer> articles = new EnumMap<>(Language.class);
        for (RawArticle article : corpus) {
            article.versions().forEach((language, version) -> {
                articles.merge(language, 1, Integer::sum);
                Set<Long> keys = new HashSet<>();
                version.paragraphs().stream()
                        .filter(p -> p.length() <= settings.chromeMaxChars())
                        .forEach(p -> keys.add(BoilerplateModel.hash(BoilerplateModel.key(p))));
                keys.forEach(key ->
                        counts.computeIfAbsent(language, l -> new HashMap<>()).merge(key, 1, Integer::sum));
            });
        }
        Map<Language, Set<Long>> model = new EnumMap<>(Language.class);
        counts.forEach((language, byKey) -> {
            int threshold = Math.max(
                    settings.chromeMinArticles(), (int) Math.ceil(settings.chromeMinShare() * articles.get(language)));
            Set<Long> chrome = new HashSet<>();
            byKey.forEach((key, count) -> {
                if (count >= threshold) {
                    chrome.add(key);
                }
            });
            if (!chrome.isEmpty()) {
                model.put(language, chrome);
            }
        });
        return model;
    }

    private static Set<String> chrome(BoilerplateModel model, Language language) {
        Set<String> candidates =
                Set.of("Journal de Thai Binh", "Rubrique politique", "Abonnez-vous", "Lire aussi", "Menu", "Texte A.");
        Set<String> found = new HashSet<>();
        candidates.stream().filter(p -> model.isChrome(language, p)).forEach(found::add);
        assertThat(model.size(language)).as("no other chrome").isEqualTo(found.size());
        return found;
    }

    private static RawArticle article(String id, Map<Language, List<String>> paragraphs) {
        Map<Language, RawVersion> versions = new EnumMap<>(Language.class);
        paragraphs.forEach(
                (language, list) -> versions.put(language, new RawVersion(language, language.code() + ".txt", list)));
        return new RawArticle(id, ArticleMeta.NONE, versions, "0".repeat(64));
    }
}
