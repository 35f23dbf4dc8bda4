package org.songngu.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorersTest {

    /** Expected values: −ln erfc(x) computed with Python's math.erfc. */
    @ParameterizedTest
    @CsvSource({
        "0.0, 0.0",
        "0.5, 0.7350",
        "1.0, 1.8495",
        "2.0, 5.3649",
        "4.0, 17.9878",
    })
    void negLogErfcMatchesTheTable(double x, double expected) {
        assertThat(LengthScorer.negLogErfc(x)).isCloseTo(expected, within(1e-3));
    }

    @ParameterizedTest
    @CsvSource({
        // source length, target length, cost ordering expectation: cost of (ls,lt) below cost of (ls, 2*lt)
        "100, 100",
        "40, 45",
        "200, 180",
    })
    void lengthCostGrowsWithMismatch(int ls, int lt) {
        LengthScorer scorer = new LengthScorer(new int[] {ls, ls}, new int[] {lt, 2 * lt}, 6.8, (double) lt / ls);
        double matched = scorer.cost(0, 1, 0, 1);
        double mismatched = scorer.cost(0, 1, 1, 1);
        assertThat(matched).isCloseTo(0.0, within(0.05));
        assertThat(mismatched).isGreaterThan(matched + 1);
    }

    @Test
    void lengthGivesNoEvidenceOnAnUntranslatedSentence() {
        LengthScorer scorer = new LengthScorer(new int[] {80}, new int[] {10}, 6.8);
        assertThat(scorer.cost(0, 1, 0, 0)).isZero();
        assertThat(scorer.cost(0, 0, 0, 1)).isZero();
    }

    @Test
    void lengthRatioDefaultsToTheDocumentTotals() {
        LengthScorer scorer = new LengthScorer(new int[] {99, 99}, new int[] {149, 149}, 6.8);
        assertThat(scorer.ratio()).isCloseTo(1.5, within(0.01));
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1, 0.80",
        "1, 0, 0.01",
        "2, 1, 0.05",
        "2, 2, 0.04",
    })
    void shapeCostIsMinusLogOfTheNormalisedProbability(int a, int b, double probability) {
        double[][] table = {{0, 0.01, 0}, {0.01, 0.80, 0.05}, {0, 0.05, 0.04}};
        BeadShapeScorer scorer = new BeadShapeScorer(table);
        assertThat(scorer.cost(0, a, 0, b)).isCloseTo(-Math.log(probability / 0.96), within(1e-9));
    }

    @Test
    void shapeOutsideTheTableIsImpossible() {
        BeadShapeScorer scorer = new BeadShapeScorer(new double[][] {{0, 0.1}, {0.1, 0.8}});
        assertThat(scorer.cost(0, 2, 0, 1)).isInfinite();
        assertThat(scorer.cost(0, 0, 0, 0)).isInfinite();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // source | matching target | unrelated target
                "Il y avait 30 000 hommes en 1956.|There were 30,000 men in 1956.|There were many men then.",
                "Le 21/12/2023, à 14 h.|On 21/12/2023 at 14:00.|On a winter day.",
                "Ngày 3 tháng 2 năm 2024.|Le 3 février 2024.|Un jour d'hiver.",
            })
    void sharedNumbersLowerTheCost(String source, String matching, String unrelated) {
        double matched = cost(new NumberEvidence(), source, matching);
        double unmatched = cost(new NumberEvidence(), source, unrelated);
        assertThat(matched).isNegative();
        assertThat(unmatched).isGreaterThan(matched);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Qui est là ?|Who is there?|He is there.",
                "Il cria : « Venez ! »|He shouted: \"Come!\"|He shouted then came.",
                "Ai đó?|Qui est-ce ?|C'est lui.",
            })
    void sharedPunctuationLowersTheCost(String source, String matching, String unrelated) {
        assertThat(cost(new PunctuationEvidence(), source, matching))
                .isLessThan(cost(new PunctuationEvidence(), source, unrelated));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Le secrétaire Nguyen Tien Thanh a parlé.|Bí thư Nguyễn Tiến Thành phát biểu.|Bí thư phát biểu.",
                "Ensuite David partit pour Jérusalem.|Then David went to Jerusalem.|Then the king went home.",
            })
    void foldedNamesLowerTheCost(String source, String matching, String unrelated) {
        NameEvidence names = new NameEvidence(7);
        assertThat(cost(names, source, matching)).isNegative().isLessThan(cost(names, source, unrelated));
    }

    @Test
    void aSentenceWithoutAWordIsLeftWithoutCounterpartAsOftenAsNot() {
        double[][] shapes = {{0, 0.001}, {0.001, 0.8}};
        BeadShapeScorer plain = new BeadShapeScorer(shapes);
        boolean[] source = {false, true};
        boolean[] target = {true, false};
        BeadShapeScorer scorer = new BeadShapeScorer(shapes, Map.of(), 2, Map.of(), 2, source, target);
        assertThat(scorer.cost(1, 1, 0, 0)).isCloseTo(-Math.log(0.5), within(1e-12));
        assertThat(scorer.cost(0, 0, 0, 1)).isCloseTo(-Math.log(0.5), within(1e-12));
        // sentences with words, and beads that pair the wordless sentence, are priced as before
        assertThat(scorer.cost(0, 1, 0, 0)).isEqualTo(plain.cost(0, 1, 0, 0));
        assertThat(scorer.cost(0, 0, 1, 1)).isEqualTo(plain.cost(0, 0, 1, 1));
        assertThat(scorer.cost(1, 1, 0, 1)).isEqualTo(plain.cost(1, 1, 0, 1));
        // two such lines facing each other still make one bead rather than two deletions
        assertThat(scorer.cost(1, 1, 0, 1)).isLessThan(scorer.cost(1, 1, 0, 0) + scorer.cost(0, 0, 0, 1));
    }

    @Test
    void longWordsWithTheSameStemLowerTheCost() {
        // cognates differ in their endings: "parallel" and "parallèlement" share their first six letters
        NameEvidence names = new NameEvidence(7);
        String source = "sie gehen parallel.";
        assertThat(cost(names, source, "ils vont parallèlement."))
                .isNegative()
                .isLessThan(cost(names, source, "ils vont ici."));
        // a short word is no stem, and a stem never equals a word of six letters
        assertThat(names.items(SentenceText.of("wir gingen zu der spur."))).isEmpty();
        assertThat(cost(names, "le parallel du texte.", "une parall dans la ville."))
                .isEqualTo(cost(names, "le parallel du texte.", "une rue dans la ville."));
    }

    @Test
    void glossaryPairsLowerTheCost() {
        GlossaryEvidence glossary = new GlossaryEvidence(List.of(new org.songngu.glossary.TermPair(
                List.of("Comité provincial du Parti"), List.of("Tỉnh ủy", "Tỉnh uỷ"))));
        String source = "Le Comité provincial du Parti a tenu sa réunion.";
        assertThat(cost(glossary, source, "Tỉnh uỷ đã họp."))
                .isNegative()
                .isLessThan(cost(glossary, source, "Hội nghị đã họp."));
    }

    @Test
    void glossaryConceptsAreFoundWordByWordAsInTheSentencesText() {
        List<org.songngu.glossary.TermPair> pairs = List.of(
                new org.songngu.glossary.TermPair(
                        List.of("Comité provincial du Parti", "comité du parti"), List.of("x")),
                new org.songngu.glossary.TermPair(List.of("Parti"), List.of("x")),
                new org.songngu.glossary.TermPair(List.of("comité comité"), List.of("x")),
                new org.songngu.glossary.TermPair(List.of("l'élite", "Hà Nội"), List.of("x")),
                new org.songngu.glossary.TermPair(List.of("du"), List.of("x")));
        GlossaryEvidence glossary = new GlossaryEvidence(pairs);
        List<String> sentences = List.of(
                "Le Comité provincial du Parti a tenu sa réunion.",
                "Le comité comité du parti.",
                "La partie du comité provincial.",
                "Partisans et comités, l’élite de Ha Noi",
                "Hà Nội",
                "",
                "Parti");
        for (String sentence : sentences) {
            // the definition: a variant's folded words, space-separated, occur in the sentence's
            String text = " " + String.join(" ", SentenceText.of(sentence).folded()) + " ";
            List<String> expected = new java.util.ArrayList<>();
            for (int k = 0; k < pairs.size(); k++) {
                if (pairs.get(k).source().stream()
                        .map(variant ->
                                " " + String.join(" ", SentenceText.of(variant).folded()) + " ")
                        .anyMatch(text::contains)) {
                    expected.add("g" + k);
                }
            }
            assertThat(glossary.sourceConcepts(SentenceText.of(sentence)))
                    .as(sentence)
                    .isEqualTo(expected);
        }
        assertThat(glossary.sourceConcepts(SentenceText.of("Le comité comité du parti.")))
                .containsExactly("g0", "g1", "g2", "g4");
        assertThat(glossary.sourceConcepts(SentenceText.of("Partisans et comités, l’élite de Ha Noi")))
                .containsExactly("g3");
    }

    @Test
    void lexiconLinksLearnedWordsAndCoversThem() {
        List<List<String>> sources = List.of(List.of("le", "chat"), List.of("le", "chien"), List.of("un", "chat"));
        List<List<String>> targets = List.of(List.of("the", "cat"), List.of("the", "dog"), List.of("a", "cat"));
        Lexicon lexicon = Lexicon.learn(sources, targets, 10, 0.3);
        assertThat(lexicon.sourceLinks(lexicon.sourceId("chat"))).contains(lexicon.targetId("cat"));
        assertThat(lexicon.sourceLinks(lexicon.sourceId("chat"))).doesNotContain(lexicon.targetId("dog"));
        LexiconEvidence evidence = new LexiconEvidence(lexicon);
        assertThat(cost(evidence, "Le chat dort.", "The cat sleeps."))
                .isLessThan(cost(evidence, "Le chat dort.", "The dog sleeps."));
    }

    @Test
    void anUnalignedSentenceGetsNoMatchEvidence() {
        PreparedPair pair = PreparedPair.of(new DocumentPair("d", List.of("En 1956."), List.of("In 1956.")));
        MatchScorer scorer = new MatchScorer(new NumberEvidence().extract(pair), 0.8, 0.8, 1, 3);
        assertThat(scorer.cost(0, 1, 0, 0)).isZero();
        assertThat(scorer.cost(0, 0, 0, 1)).isZero();
    }

    @Test
    void anUnsupportedSentenceMakesAMergeCostlierThanASupportedOne() {
        // sources 0 and 1 share the numbers of target 0; source 2 has numbers that target 0 lacks
        PreparedPair pair = PreparedPair.of(new DocumentPair(
                "d",
                List.of(
                        "Il y a 12 districts.",
                        "Ils comptent 340 communes.",
                        "La photo 7 montre la salle 3 du bâtiment."),
                List.of("Có 12 huyện với 340 xã.", "Ảnh chụp hội trường.")));
        MatchScorer.Kind numbers = new MatchScorer.Kind(new NumberEvidence().extract(pair), 0.8, 0.8, 0.5);
        MatchScorer withSupport = new MatchScorer(List.of(numbers), 3, 2.0);
        MatchScorer without = new MatchScorer(List.of(numbers), 3, Double.POSITIVE_INFINITY);
        double supportedExtra = withSupport.cost(0, 2, 0, 1) - without.cost(0, 2, 0, 1);
        double unsupportedExtra = withSupport.cost(1, 2, 0, 1) - without.cost(1, 2, 0, 1);
        assertThat(supportedExtra).isBetween(0.0, 0.2);
        assertThat(unsupportedExtra).isGreaterThan(supportedExtra + 1);
        // a 1-1 bead has no merged side: no support term
        assertThat(withSupport.cost(0, 1, 0, 1)).isEqualTo(without.cost(0, 1, 0, 1));
    }

    @Test
    void anUnsupportedMemberPaysForItsMissingItemsOnce() {
        // target 1 joins the bead of source 0 with numbers that source 0 lacks: 4 of them, or 8
        String four = "Ảnh 7, 8, 9 và 10.";
        String eight = "Ảnh 7, 8, 9, 10, 11, 13, 14 và 15.";
        double off = Double.POSITIVE_INFINITY;
        // without the support term, four more missing numbers add w·Δλ (w = 0.5)
        double weighted = unsupportedMemberCost(eight, off) - unsupportedMemberCost(four, off);
        assertThat(weighted).isGreaterThan(2);
        // with it, they add Δλ in all (the support term's), not w·Δλ more on top of that
        assertThat(unsupportedMemberCost(eight, 2.0) - unsupportedMemberCost(four, 2.0))
                .isCloseTo(2 * weighted, within(0.1));
    }

    /** The cost of the 1-2 bead of "12 districts, 340 communes" with its translation and {@code member}. */
    private static double unsupportedMemberCost(String member, double supportOffset) {
        PreparedPair pair = PreparedPair.of(new DocumentPair(
                "d", List.of("Il y a 12 districts et 340 communes."), List.of("Có 12 huyện với 340 xã.", member)));
        MatchScorer.Kind numbers = new MatchScorer.Kind(new NumberEvidence().extract(pair), 0.8, 0.8, 0.5);
        return new MatchScorer(List.of(numbers), 3, supportOffset).cost(0, 1, 0, 2);
    }

    /** Numbers, names and punctuation, with coverage chances and weights of a learned model's order. */
    private static List<MatchScorer.Kind> anchorKinds(PreparedPair pair) {
        return List.of(
                new MatchScorer.Kind(new NumberEvidence().extract(pair), 0.7, 0.6, 0.5),
                new MatchScorer.Kind(new NameEvidence(7).extract(pair), 0.5, 0.4, 0.5),
                new MatchScorer.Kind(new PunctuationEvidence().extract(pair), 0.6, 0.6, 0.5));
    }

    /**
     * Target rows longer than the span cache's window of ends: entries of one row push each other out
     * before the next rows read them, which must cost a recomputation and never another end's scores.
     */
    @Test
    void costsOfCellsInRowsWiderThanTheSpanCacheEqualTheCostsOneByOne() {
        java.util.Random random = new java.util.Random(5);
        String[] words = {"Hanoi", "12", "province", "?", "2024", "«", "Thai", "(", "Lê", "3,5"};
        List<String> source = new java.util.ArrayList<>();
        List<String> target = new java.util.ArrayList<>();
        for (int k = 0; k < 8; k++) {
            source.add("Phrase " + words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]);
        }
        for (int k = 0; k < MatchScorer.MAX_WINDOW + 500; k++) {
            target.add("Sentence " + words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]);
        }
        PreparedPair pair = PreparedPair.of(new DocumentPair("d", source, target));
        List<MatchScorer.Kind> kinds = anchorKinds(pair);
        MatchScorer bulk = new MatchScorer(kinds, 3, 2.0);
        MatchScorer single = new MatchScorer(kinds, 3, 2.0);
        int[][] shapes = {{1, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}, {3, 3}};
        double[] out = new double[shapes.length];
        for (int i = 0; i <= source.size(); i++) {
            for (int j = 0; j <= target.size(); j++) {
                bulk.costsEndingAt(i, j, shapes, out);
                // every cell is computed (the caches must see each row whole); a sample is compared
                if (i < 3 || j % 97 != 0 && j % 4096 > 2) {
                    continue;
                }
                for (int k = 0; k < shapes.length; k++) {
                    int a = shapes[k][0];
                    int b = shapes[k][1];
                    if (a <= i && b <= j) {
                        assertThat(out[k])
                                .as("bead %d-%d ending at (%d, %d)", a, b, i, j)
                                .isCloseTo(single.cost(i - a, a, j - b, b), within(1e-9));
                    }
                }
            }
        }
    }

    @Test
    void costsOfACellEqualTheCostsOfItsBeadsOneByOne() {
        List<String> source = new java.util.ArrayList<>();
        List<String> target = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        String[] words = {"Hanoi", "12", "province", "rapport", "?", "comité", "2024", "délégués", "«", "Thai"};
        for (int k = 0; k < 12; k++) {
            StringBuilder s = new StringBuilder("Phrase");
            StringBuilder t = new StringBuilder("Sentence");
            for (int w = 0; w < 6; w++) {
                s.append(' ').append(words[random.nextInt(words.length)]);
                t.append(' ').append(words[random.nextInt(words.length)]);
            }
            source.add(s.toString());
            target.add(t.toString());
        }
        PreparedPair pair = PreparedPair.of(new DocumentPair("d", source, target));
        List<MatchScorer.Kind> kinds = anchorKinds(pair);
        MatchScorer bulk = new MatchScorer(kinds, 3, 2.0);
        MatchScorer single = new MatchScorer(kinds, 3, 2.0);
        int[][] shapes = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}, {3, 3}, {2, 3}, {3, 2}};
        double[] out = new double[shapes.length];
        // row by row, as the search calls it, so that the rolling caches are exercised
        for (int i = 0; i <= source.size(); i++) {
            for (int j = 0; j <= target.size(); j++) {
                bulk.costsEndingAt(i, j, shapes, out);
                for (int k = 0; k < shapes.length; k++) {
                    int a = shapes[k][0];
                    int b = shapes[k][1];
                    if (a > i || b > j) {
                        assertThat(out[k]).isInfinite();
                    } else {
                        assertThat(out[k])
                                .as("bead %d-%d ending at (%d, %d)", a, b, i, j)
                                .isCloseTo(single.cost(i - a, a, j - b, b), within(1e-9));
                    }
                }
            }
        }
    }

    /** Random items with 1 to 3 links each, up to 64 a sentence, over 40 × 37 sentences (several chunks). */
    @ParameterizedTest
    @CsvSource({"1, 20", "2, 200", "3, 6"})
    void chunkedCoverageMasksEqualThePairByPairMasks(long seed, int vocabulary) {
        java.util.Random random = new java.util.Random(seed);
        int n = 40;
        int m = 37;
        int[][][] sourceLinks = randomLinks(random, n, vocabulary);
        int[][][] targetLinks = randomLinks(random, m, vocabulary);
        int[][] sourcePresent = randomPresent(random, n, vocabulary);
        int[][] targetPresent = randomPresent(random, m, vocabulary);
        MatchEvidence evidence =
                MatchEvidence.build(sourceLinks, sourcePresent, targetLinks, targetPresent, vocabulary, vocabulary);
        MatchScorer scorer = new MatchScorer(List.of(new MatchScorer.Kind(evidence, 0.6, 0.6, 0.5)), 3, 2.0);
        // visited in a scrambled order so that chunks are evicted and recomputed
        List<int[]> pairs = new java.util.ArrayList<>();
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < m; y++) {
                pairs.add(new int[] {x, y});
            }
        }
        java.util.Collections.shuffle(pairs, random);
        long covered = 0;
        for (int[] p : pairs) {
            long forward = MatchEvidence.mask(evidence.source(), p[0], p[1]);
            long backward = MatchEvidence.mask(evidence.target(), p[1], p[0]);
            assertThat(scorer.coverage(true, 0, p[0], p[1]))
                    .as("source %d in target %d", p[0], p[1])
                    .isEqualTo(forward);
            assertThat(scorer.coverage(false, 0, p[1], p[0]))
                    .as("target %d in source %d", p[1], p[0])
                    .isEqualTo(backward);
            covered += Long.bitCount(forward) + Long.bitCount(backward);
        }
        assertThat(covered).isPositive();
    }

    private static int[][][] randomLinks(java.util.Random random, int sentences, int vocabulary) {
        int[][][] links = new int[sentences][][];
        for (int i = 0; i < sentences; i++) {
            int items = i % 9 == 4 ? 70 : random.nextInt(12);
            links[i] = new int[items][];
            for (int k = 0; k < items; k++) {
                links[i][k] = random.ints(1 + random.nextInt(3), 0, vocabulary)
                        .distinct()
                        .sorted()
                        .toArray();
            }
        }
        return links;
    }

    private static int[][] randomPresent(java.util.Random random, int sentences, int vocabulary) {
        int[][] present = new int[sentences][];
        for (int i = 0; i < sentences; i++) {
            present[i] = random.ints(i % 7 == 3 ? 0 : random.nextInt(25), 0, vocabulary)
                    .distinct()
                    .sorted()
                    .toArray();
        }
        return present;
    }

    @Test
    void compositeAddsItsParts() {
        CompositeScorer composite = new CompositeScorer(List.of((s, a, t, b) -> 1.5, (s, a, t, b) -> a + b));
        assertThat(composite.cost(0, 2, 0, 1)).isEqualTo(4.5);
    }

    /** Cost of the 1-1 bead of a one-sentence document pair under one kind of evidence. */
    private static double cost(Evidence evidence, String source, String target) {
        PreparedPair pair = PreparedPair.of(new DocumentPair(
                "d", List.of(source, "Autre phrase sans rien."), List.of(target, "Another plain sentence.")));
        return new MatchScorer(evidence.extract(pair), 0.8, 0.8, 1, 3).cost(0, 1, 0, 1);
    }
}
