package org.songngu.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import org.songngu.corpus.Language;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryCsvReader;

/**
 * The aligner's lexicon as pairing evidence, on crawls written here: where dates, numbers and names
 * mislead or say nothing, the translated words decide; where they decide already, the lexicon
 * changes nothing for the worse.
 */
class LexiconPairingTest {

    static final String SITE = "https://tinh.example.vn";
    static final String FRENCH = SITE + "/fr/conference-mobilisation-des-masses.html";
    static final String TRANSLATION = SITE + "/hoi-nghi-dan-van.html";
    static final String DECOY = SITE + "/hoi-nghi-dan-van-kheo.html";

    static Glossary glossary;
    /** Learned by the aligner from two sample articles, none of those the pages below are made of. */
    static TranslatedWords lexicon;

    @TempDir
    Path dir;

    @BeforeAll
    static void learn() {
        glossary = new GlossaryCsvReader().read(Path.of("glossary"));
        lexicon = SampleLexicon.learn(Path.of("corpus"), glossary, "hung-yen-tiep-cong-dan", "thai-binh-dan-chu-co-so");
    }

    /**
     * A French article, its Vietnamese translation, and another Vietnamese article of the same site,
     * day and subject (mass mobilisation in a province), all three without names or figures but one:
     * the French and the other article both give 1 245 households, which the translation rounds to
     * "more than a thousand". Harvested without a glossary (a site whose terminology the glossary
     * does not hold), the date and the figure point to the wrong page.
     */
    private Path sameDaySameTopicCrawl() throws Exception {
        CrawlFixture samples = new CrawlFixture(Path.of("corpus"));
        List<String> french =
                stripped(samples.paragraphs("thai-binh-dan-van", "fr").subList(3, 9));
        List<String> translation =
                stripped(samples.paragraphs("thai-binh-dan-van", "vi").subList(3, 9));
        // the other article as long as the translation: a length the translation's would not tell apart
        List<String> decoy = new ArrayList<>();
        int length = translation.stream().mapToInt(String::length).sum();
        List<String> other = new ArrayList<>(samples.paragraphs("ninh-binh-dan-van-kheo", "vi"));
        other.addAll(samples.paragraphs("thai-binh-dan-chu-co-so", "vi"));
        other = other.subList(3, other.size());
        for (String paragraph : stripped(other)) {
            if (decoy.stream().mapToInt(String::length).sum() < length) {
                decoy.add(paragraph);
            }
        }
        french.add(2, "cette année, 1 245 foyers ont participé au mouvement.");
        translation.add(2, "năm nay, hơn một nghìn hộ gia đình đã tham gia phong trào.");
        decoy.add(2, "trong năm, 1.245 hộ đã đăng ký tham gia.");
        Path warc = dir.resolve("crawl.warc");
        try (WarcWriter writer = new WarcWriter(
                Files.newByteChannel(
                        warc, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
                WarcCompression.NONE)) {
            write(writer, FRENCH, french, "fr");
            write(writer, TRANSLATION, translation, "vi");
            write(writer, DECOY, decoy, "vi");
        }
        return warc;
    }

    /** Lower case and no digits: no name, code or figure to pair by. */
    private static List<String> stripped(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            out.add(paragraph.replaceAll("\\d+", "").toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static void write(WarcWriter writer, String url, List<String> text, String lang) throws Exception {
        String html = CrawlFixture.page(text, "hội nghị " + lang, "2023-12-21", "", lang, "Tỉnh");
        writer.write(CrawlFixture.response(
                url,
                "text/html; charset=utf-8",
                html.getBytes(StandardCharsets.UTF_8),
                Instant.parse("2023-12-21T10:00:00Z")));
    }

    private HarvestResult harvest(Path crawl, TranslatedWords words, String out) {
        return harvest(crawl, glossary, words, out);
    }

    private HarvestResult harvest(Path crawl, Glossary terms, TranslatedWords words, String out) {
        return new Harvester(HarvestSettings.defaults(), terms, words)
                .harvest(
                        HarvestSources.of(crawl, HarvestSettings.DEFAULT_MAX_PAGE_BYTES),
                        new HarvestFolder(dir.resolve(out)),
                        problem -> {});
    }

    private static Optional<PagePair> vietnamese(HarvestResult result) {
        return result.pairs().stream()
                .filter(p -> p.french().equals(FRENCH) && p.language() == Language.VI)
                .findFirst();
    }

    @Test
    void theTranslatedWordsDecideWhereTheSharedFigureMisleads() throws Exception {
        Path crawl = sameDaySameTopicCrawl();

        HarvestResult without = harvest(crawl, Glossary.empty(), TranslatedWords.none(), "without");
        without.pairs()
                .forEach(p ->
                        System.out.println("without: " + p.score() + " " + p.other() + "\n    " + p.evidenceLine()));
        assertThat(vietnamese(without))
                .as("content alone takes the other article")
                .map(PagePair::other)
                .contains(DECOY);

        HarvestResult with = harvest(crawl, Glossary.empty(), lexicon, "with");
        with.pairs()
                .forEach(p -> System.out.println("with: " + p.score() + " " + p.other() + "\n    " + p.evidenceLine()));
        PagePair pair = vietnamese(with).orElseThrow();
        assertThat(pair.other()).isEqualTo(TRANSLATION);
        assertThat(pair.evidence()).anyMatch(e -> e.kind() == Evidence.Kind.LEXICON);
        assertThat(pair.evidenceLine()).contains("lexicon ").contains("translate into the other page");
        assertThat(with.unpaired()).extracting(HarvestResult.UnpairedPage::url).contains(DECOY);
    }

    @Test
    void theLexiconLosesNothingOnTheSampleCrawl() throws Exception {
        CrawlFixture crawl = new CrawlFixture(Path.of("corpus"));
        Path warc = dir.resolve("samples.warc.gz");
        crawl.write(warc, true);
        // a lexicon learned from every sample article: the pages' own words, the hardest case for the decoys
        TranslatedWords inDomain = SampleLexicon.learn(
                Path.of("corpus"),
                glossary,
                "hung-yen-tiep-cong-dan",
                "thai-binh-dan-chu-co-so",
                "thai-binh-dan-van",
                "ninh-binh-dan-van-kheo");
        for (TranslatedWords words : List.of(lexicon, inDomain)) {
            HarvestResult result = harvest(warc, words, "samples-" + words.links());
            Set<String> accepted = new HashSet<>();
            result.pairs().stream()
                    .filter(p -> p.score() >= 0.75)
                    .forEach(p -> accepted.add(p.french() + "\t" + p.language().code() + "\t" + p.other()));
            result.pairs()
                    .forEach(p -> System.out.println(p.score() + " " + p.french() + " " + p.language() + " " + p.other()
                            + "\n    " + p.evidenceLine()));
            assertThat(accepted)
                    .as("precision and recall 1.0 with " + words.source())
                    .isEqualTo(crawl.gold);
            for (String loner : crawl.loners) {
                assertThat(result.unpaired())
                        .extracting(HarvestResult.UnpairedPage::url)
                        .contains(loner);
            }
        }
    }
}
