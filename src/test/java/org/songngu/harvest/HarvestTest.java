package org.songngu.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.corpus.ArticleReader;
import org.songngu.corpus.CorpusScan;
import org.songngu.corpus.CorpusScanner;
import org.songngu.corpus.IngestSettings;
import org.songngu.corpus.RawArticle;
import org.songngu.glossary.GlossaryCsvReader;

/** The harvest of a crawl made from the sample articles: pairing precision and recall, and the folders. */
class HarvestTest {

    @TempDir
    Path dir;

    private HarvestResult harvest(CrawlFixture crawl, boolean gzip) throws Exception {
        Path warc = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
        crawl.write(warc, gzip);
        return new Harvester(HarvestSettings.defaults(), new GlossaryCsvReader().read(Path.of("glossary")))
                .harvest(
                        HarvestSources.of(warc, HarvestSettings.DEFAULT_MAX_PAGE_BYTES),
                        new HarvestFolder(dir.resolve("out")),
                        problem -> {});
    }

    private static Set<String> keys(List<PagePair> pairs) {
        return pairs.stream()
                .map(p -> p.french() + "\t" + p.language().code() + "\t" + p.other())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Test
    void pairsTheCrawlWithFullPrecisionAndRecall() throws Exception {
        CrawlFixture crawl = new CrawlFixture(Path.of("corpus"));
        HarvestResult result = harvest(crawl, true);

        Set<String> accepted =
                keys(result.pairs().stream().filter(p -> p.score() >= 0.75).toList());
        Set<String> all = keys(result.pairs());
        Set<String> correct = new HashSet<>(accepted);
        correct.retainAll(crawl.gold);
        double precision = (double) correct.size() / accepted.size();
        double recall = (double) correct.size() / crawl.gold.size();
        result.pairs()
                .forEach(p -> System.out.println(p.score() + " " + p.french() + " " + p.language() + " " + p.other()
                        + "\n    " + p.evidenceLine()));
        System.out.printf(
                "accepted precision %.3f recall %.3f; %d pairs for review%n", precision, recall, result.forReview());
        assertThat(precision).isEqualTo(1.0);
        assertThat(recall).isEqualTo(1.0);
        assertThat(all).containsAll(crawl.gold);
        for (String loner : crawl.loners) {
            assertThat(accepted).noneMatch(pair -> pair.contains(loner));
        }
        assertThat(result.unpaired())
                .extracting(HarvestResult.UnpairedPage::url)
                .containsAll(crawl.loners);
        // the page crawled twice and under a tracking parameter is kept once
        assertThat(result.duplicates()).isEqualTo(2);
        // the image, the requests and the warcinfo are no pages
        assertThat(result.skipped()).isGreaterThanOrEqualTo(1 + 1 + 17);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void writesArticleFoldersTheCorpusReaderReads() throws Exception {
        CrawlFixture crawl = new CrawlFixture(Path.of("corpus"));
        HarvestResult result = harvest(crawl, false);
        Path out = dir.resolve("out");

        CorpusScan scan = CorpusScanner.scan(out);
        assertThat(scan.rejected()).isEmpty();
        assertThat(scan.articles()).hasSize(5).hasSize(result.articles());
        ArticleReader reader = new ArticleReader(IngestSettings.defaults());
        for (var folder : scan.articles()) {
            RawArticle article = reader.read(folder);
            assertThat(article.versions()).hasSize(3);
            assertThat(article.meta().source()).startsWith("https://");
            assertThat(article.meta().date()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        assertThat(Files.readString(out.resolve(".harvest/pairs.tsv")))
                .contains("hreflang-both", "url-pattern", "content");
    }
}
