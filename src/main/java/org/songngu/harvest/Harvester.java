package org.songngu.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.songngu.corpus.BoilerplateModel;
import org.songngu.corpus.BoilerplatePatterns;
import org.songngu.corpus.BoilerplateRemover;
import org.songngu.corpus.IngestSettings;
import org.songngu.corpus.Language;
import org.songngu.corpus.TextNormalizer;
import org.songngu.glossary.Glossary;

/**
 * From a crawl to article folders: reads the sources' HTML pages, keeps one capture per address
 * and one copy per text, removes site chrome with the corpus's boilerplate model (learned over the
 * crawl), pairs the pages ({@link Pairing}) and hands the result to the {@link HarvestFolder}. The
 * page HTML is spooled to disk as it is read; memory holds each page's paragraphs until its
 * features are taken, then only the features.
 */
public final class Harvester {

    private final HarvestSettings settings;
    private final ContentFeatures features;
    private final boolean exhaustive;
    private final TranslatedWords lexicon;

    public Harvester(HarvestSettings settings, Glossary glossary) {
        this(settings, glossary, false, TranslatedWords.none());
    }

    /** A harvest whose pairing also weighs how far pages' words translate each other by the aligner's lexicon. */
    public Harvester(HarvestSettings settings, Glossary glossary, TranslatedWords lexicon) {
        this(settings, glossary, false, lexicon);
    }

    /** A harvest whose content pairing compares every page with every page: the benchmark's naive peer. */
    Harvester(HarvestSettings settings, Glossary glossary, boolean exhaustive) {
        this(settings, glossary, exhaustive, TranslatedWords.none());
    }

    Harvester(HarvestSettings settings, Glossary glossary, boolean exhaustive, TranslatedWords lexicon) {
        this.settings = settings;
        this.features = new ContentFeatures(glossary);
        this.exhaustive = exhaustive;
        this.lexicon = lexicon;
    }

    /** One kept page while reading. */
    private static final class Kept {
        HarvestedPage page;
        java.time.Instant fetched;
        List<String> paragraphs;
    }

    /**
     * Harvests {@code sources} into {@code folder}; {@code progress} hears each problem as it is met.
     *
     * @throws UncheckedIOException when the output folder cannot be written
     */
    public HarvestResult harvest(List<PageSource> sources, HarvestFolder folder, Consumer<HarvestProblem> progress) {
        List<HarvestProblem> problems = new ArrayList<>();
        Consumer<HarvestProblem> report = problem -> {
            problems.add(problem);
            progress.accept(problem);
        };
        Map<String, Kept> byUrl = new LinkedHashMap<>();
        List<HarvestResult.UnpairedPage> unpaired = new ArrayList<>();
        long[] read = {0};
        int[] duplicates = {0};
        HarvestFolder.Spool spool = folder.newSpool();
        for (PageSource source : sources) {
            source.read(
                    fetched -> {
                        read[0]++;
                        HarvestedPage page;
                        try {
                            page = PageReader.read(fetched);
                        } catch (PageReader.PageException e) {
                            report.accept(new HarvestProblem(fetched.url(), e.getMessage()));
                            return;
                        } catch (RuntimeException e) {
                            report.accept(new HarvestProblem(
                                    fetched.url(), "cannot be read as HTML (" + WarcPageSource.oneLine(e) + ")"));
                            return;
                        }
                        Kept known = byUrl.get(page.url());
                        if (known != null) {
                            duplicates[0]++;
                            boolean later = fetched.fetched() != null
                                    && known.fetched != null
                                    && fetched.fetched().isAfter(known.fetched);
                            unpaired.add(new HarvestResult.UnpairedPage(
                                    later ? known.page.url() : page.url(),
                                    page.language().code(),
                                    "crawled again: the " + (later ? "later" : "first") + " capture is kept"));
                            if (!later) {
                                return;
                            }
                        }
                        Kept kept = new Kept();
                        kept.page = page;
                        kept.fetched = fetched.fetched();
                        kept.paragraphs = normalized(page);
                        try {
                            spool.put(page.url(), page.html());
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot write the page spool in " + folder.root(), e);
                        }
                        kept.page = new HarvestedPage(
                                page.url(),
                                page.language(),
                                page.title(),
                                page.date(),
                                page.alternates(),
                                page.switchers(),
                                null,
                                List.of(),
                                page.contentHash());
                        byUrl.put(page.url(), kept);
                    },
                    report);
        }
        // The same text under two addresses (a tracking parameter, a print view): the first stays.
        Map<String, String> byContent = new HashMap<>();
        List<Kept> pages = new ArrayList<>();
        for (Kept kept : byUrl.values()) {
            String first = byContent.putIfAbsent(kept.page.contentHash(), kept.page.url());
            if (first != null) {
                duplicates[0]++;
                unpaired.add(new HarvestResult.UnpairedPage(
                        kept.page.url(), kept.page.language().code(), "the same text as " + first));
            } else {
                pages.add(kept);
            }
        }
        BoilerplateModel.Learner learner = new BoilerplateModel.Learner(IngestSettings.defaults());
        pages.forEach(kept -> learner.add(kept.page.language(), kept.paragraphs));
        BoilerplateRemover remover = new BoilerplateRemover(
                learner.learn(() -> pages.forEach(kept -> learner.add(kept.page.language(), kept.paragraphs))),
                BoilerplatePatterns.standard(),
                IngestSettings.defaults());
        List<PageInfo> infos = new ArrayList<>(pages.size());
        List<int[]> words = lexicon.isEmpty() ? null : new ArrayList<>(pages.size());
        for (Kept kept : pages) {
            HarvestedPage page = kept.page;
            List<String> text = remover.clean(page.language(), kept.paragraphs);
            kept.paragraphs = null;
            int length = text.stream().mapToInt(String::length).sum();
            Set<String> found = features.of(page.language(), page.title(), text, page.date());
            if (words != null) {
                List<String> texts = new ArrayList<>(text.size() + 1);
                texts.add(page.title());
                texts.addAll(text);
                words.add(lexicon.words(page.language(), texts));
            }
            infos.add(new PageInfo(
                    page.url(),
                    page.language(),
                    page.title(),
                    page.date(),
                    page.alternates(),
                    page.switchers(),
                    found,
                    length));
        }
        Decisions decisions = folder.decisions();
        List<PagePair> pairs = new Pairing(settings, exhaustive, lexicon).pair(infos, words, decisions);
        Set<String> paired = new java.util.HashSet<>();
        pairs.forEach(pair -> {
            paired.add(pair.french());
            paired.add(pair.other());
        });
        for (PageInfo info : infos) {
            if (!paired.contains(info.url())) {
                unpaired.add(new HarvestResult.UnpairedPage(
                        info.url(),
                        info.language().code(),
                        info.language() == Language.FR
                                ? "no Vietnamese or English counterpart found"
                                : "no French counterpart found"));
            }
        }
        HarvestFolder.Written written;
        try {
            spool.commit();
            written = folder.write(infos, pairs, settings.acceptScore(), unpaired, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the harvest into " + folder.root() + ": " + e.getMessage(), e);
        }
        long skipped = sources.stream().mapToLong(PageSource::skipped).sum();
        return new HarvestResult(
                read[0],
                skipped,
                infos.size(),
                duplicates[0],
                pairs,
                written.acceptedPairs(),
                written.articles(),
                unpaired,
                problems);
    }

    private static List<String> normalized(HarvestedPage page) {
        List<String> paragraphs = new ArrayList<>(page.paragraphs().size());
        for (String paragraph : page.paragraphs()) {
            String normalized = TextNormalizer.normalize(paragraph, page.language());
            if (!normalized.isEmpty()) {
                paragraphs.add(normalized);
            }
        }
        return paragraphs;
    }
}
