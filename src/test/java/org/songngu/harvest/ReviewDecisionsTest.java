package org.songngu.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.corpus.Language;
import org.songngu.glossary.Glossary;

/** Confirm, reject and re-pair: the corpus folder follows at once, and the next harvest replays them. */
class ReviewDecisionsTest {

    @TempDir
    Path dir;

    private HarvestResult harvest(Path warc, Path out) {
        return new Harvester(HarvestSettings.defaults(), Glossary.empty())
                .harvest(
                        HarvestSources.of(warc, HarvestSettings.DEFAULT_MAX_PAGE_BYTES),
                        new HarvestFolder(out),
                        p -> {});
    }

    @Test
    void decisionsChangeTheCorpusAndSurviveTheNextHarvest() throws Exception {
        CrawlFixture crawl = new CrawlFixture(Path.of("corpus"));
        Path warc = dir.resolve("crawl.warc");
        crawl.write(warc, false);
        Path out = dir.resolve("corpus");
        Files.createDirectories(out.resolve("my-own-article"));
        Files.writeString(out.resolve("my-own-article/fr.txt"), "Un article à moi.");
        harvest(warc, out);
        HarvestFolder folder = new HarvestFolder(out);

        HarvestFolder.PairRow pair = folder.pairs().stream()
                .filter(p -> p.language() == Language.VI && p.french().contains("view.php"))
                .findFirst()
                .orElseThrow();
        Path article = out.resolve(pair.folder());
        assertThat(article.resolve("vi.html")).exists();

        // reject: the Vietnamese page leaves the article, and stays out after a new harvest
        folder.reject(pair.french(), Language.VI, pair.other(), "lan");
        assertThat(article.resolve("vi.html")).doesNotExist();
        assertThat(article.resolve("en.html")).exists();
        harvest(warc, out);
        assertThat(article.resolve("vi.html")).doesNotExist();
        assertThat(new HarvestFolder(out).pairs())
                .noneMatch(p -> p.french().equals(pair.french())
                        && p.language() == Language.VI
                        && p.other().equals(pair.other()));

        // re-pair with the decoy page: a reviewer's choice wins over the evidence, now and at the next harvest
        String decoy = crawl.loners.stream()
                .filter(url -> !url.contains("/en/") && !url.contains("/fr/"))
                .findFirst()
                .orElseThrow();
        folder.confirm(pair.french(), Language.VI, decoy, "lan");
        assertThat(Files.readString(article.resolve("vi.html")))
                .isEqualTo(folder.page(decoy).orElseThrow());
        harvest(warc, out);
        assertThat(new HarvestFolder(out).pairs())
                .anyMatch(p -> p.french().equals(pair.french())
                        && p.other().equals(decoy)
                        && p.status() == HarvestFolder.Status.CONFIRMED);
        assertThat(Files.readString(article.resolve("meta.properties"))).contains("harvest.vi=" + decoy);

        // the folder the harvest did not write is never touched
        assertThat(out.resolve("my-own-article/fr.txt")).hasContent("Un article à moi.");
        assertThat(Files.readAllLines(out.resolve(".harvest/decisions.tsv"))).hasSize(3);
    }

    @Test
    void reviewersDecidingAtOnceEachGetTheirDecisionRecorded() throws Exception {
        CrawlFixture crawl = new CrawlFixture(Path.of("corpus"));
        Path warc = dir.resolve("crawl.warc");
        crawl.write(warc, false);
        Path out = dir.resolve("corpus");
        harvest(warc, out);
        List<HarvestFolder.PairRow> pairs = new HarvestFolder(out).pairs();
        List<Thread> threads = new java.util.ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (HarvestFolder.PairRow pair : pairs) {
            Thread thread = new Thread(() -> {
                try {
                    // a new folder object per request, as the web page makes
                    new HarvestFolder(out).reject(pair.french(), pair.language(), pair.other(), "reviewer");
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        assertThat(new HarvestFolder(out).pairs())
                .hasSize(pairs.size())
                .allMatch(p -> p.status() == HarvestFolder.Status.REJECTED);
        assertThat(Files.readAllLines(out.resolve(".harvest/decisions.tsv"))).hasSize(pairs.size() + 1);
    }

    @Test
    void aDecisionAboutAPageTheHarvestNeverSawIsRefused() throws Exception {
        CrawlFixture crawl = new CrawlFixture(Path.of("corpus"));
        Path warc = dir.resolve("crawl.warc");
        crawl.write(warc, false);
        Path out = dir.resolve("corpus");
        harvest(warc, out);
        HarvestFolder folder = new HarvestFolder(out);
        String french = folder.pairs().get(0).french();
        assertThatThrownBy(() -> folder.confirm(french, Language.EN, "https://elsewhere.example/x", "lan"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no harvested page at https://elsewhere");
        assertThat(out.resolve(".harvest/decisions.tsv")).doesNotExist();
        assertThat(List.of(folder.pairs().size())).containsExactly(10);
    }
}
