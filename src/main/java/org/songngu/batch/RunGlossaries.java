package org.songngu.batch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.align.Aligner;
import org.songngu.align.AlignerSettings;
import org.songngu.corpus.LanguagePair;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryBytes;
import org.songngu.glossary.TermCoverage;
import org.songngu.quality.FindingStore;
import org.songngu.quality.FrenchChecker;
import org.songngu.quality.QualitySettings;
import org.songngu.store.ArticleSummaries;
import org.songngu.store.StagedInputs;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.DisposableBean;

/**
 * The glossary a partition works with, and what is built from it: the French checker (the terms
 * it accepts), the aligners (the term pairs they use as evidence) and the summaries' missing-term
 * rule. Locally that is the application's glossary. On remote workers it is the one the run's
 * manager staged ({@link StagedCorpus}), whatever glossary file the worker has, or none: built
 * once per distinct glossary and kept while runs use it, so that a remote run stores exactly what
 * a local run with the manager's glossary stores.
 */
class RunGlossaries implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunGlossaries.class);

    /**
     * What a glossary is used for in a partition.
     *
     * @param summaries null when the application's own glossary is the run's: the store's own
     *                  summaries are then right as they are
     */
    record Tools(
            String digest, FrenchChecker checker, Map<LanguagePair, Aligner> aligners, ArticleSummaries summaries) {}

    private final Tools application;
    private final boolean staged;
    private final StagedInputs inputs;
    private final QualitySettings quality;
    private final AlignerSettings alignerSettings;
    private final FindingStore findings;
    private final Function<TermCoverage, ArticleSummaries> summaries;
    private Tools built;

    /**
     * @param staged whether partitions use the glossary their run staged (remote workers) rather
     *               than the application's
     * @param findings  the checkers' store of findings, or null
     * @param summaries the summaries counted with another glossary's rule
     */
    RunGlossaries(
            Glossary glossary,
            FrenchChecker checker,
            Map<LanguagePair, Aligner> aligners,
            boolean staged,
            StagedInputs inputs,
            QualitySettings quality,
            AlignerSettings alignerSettings,
            FindingStore findings,
            Function<TermCoverage, ArticleSummaries> summaries) {
        this.application = new Tools(GlossaryBytes.digest(GlossaryBytes.encode(glossary)), checker, aligners, null);
        this.staged = staged;
        this.inputs = inputs;
        this.quality = quality;
        this.alignerSettings = alignerSettings;
        this.findings = findings;
        this.summaries = summaries;
    }

    /** What the partitions of run {@code jobExecutionId} use. */
    Tools forRun(long jobExecutionId) {
        if (!staged) {
            return application;
        }
        String digest = inputs.glossaryDigest(jobExecutionId)
                .orElseThrow(() -> new IllegalStateException(
                        "run " + jobExecutionId + " has no staged glossary: its run ended or was abandoned"));
        if (digest.equals(application.digest())) {
            // A worker is started without LanguageTool's warm-up; its first partition waits for it.
            application.checker().warmUp();
            return application;
        }
        return toolsFor(jobExecutionId, digest);
    }

    private synchronized Tools toolsFor(long jobExecutionId, String digest) {
        if (built != null && built.digest().equals(digest)) {
            return built;
        }
        byte[] bytes = inputs.glossary(jobExecutionId)
                .orElseThrow(() -> new IllegalStateException(
                        "run " + jobExecutionId + " has no staged glossary: its run ended or was abandoned"));
        Glossary glossary = GlossaryBytes.decode(bytes);
        FrenchChecker checker = FrenchChecker.forGlossary(quality, glossary, List.of(), findings);
        try {
            checker.warmUp();
        } catch (RuntimeException e) {
            checker.close();
            throw e;
        }
        Tools previous = built;
        built = new Tools(
                digest,
                checker,
                CoreConfiguration.alignersFor(glossary, alignerSettings),
                summaries.apply(new TermCoverage(glossary)));
        log.info(
                "run {} uses its manager's glossary: {} terms ({})",
                jobExecutionId,
                glossary.size(),
                digest.substring(0, 12));
        // Runs follow one another (the run lock): a glossary that changed is not used again.
        Optional.ofNullable(previous).ifPresent(tools -> tools.checker().close());
        return built;
    }

    /**
     * After each chunk a worker stored, counts its articles' summaries again with the run's
     * glossary when it is not the application's (the store counted them with the application's).
     */
    static class Summaries implements ItemWriteListener<Object> {

        private final RunGlossaries glossaries;
        private final long jobExecutionId;

        Summaries(RunGlossaries glossaries, long jobExecutionId) {
            this.glossaries = glossaries;
            this.jobExecutionId = jobExecutionId;
        }

        @Override
        public void afterWrite(Chunk<?> items) {
            ArticleSummaries summaries = glossaries.forRun(jobExecutionId).summaries();
            if (summaries == null) {
                return;
            }
            for (Object item : items) {
                // An unchanged article was not stored: its summary is as it was.
                String articleId =
                        item instanceof ProcessedArticle processed && !(item instanceof ProcessedArticle.Unchanged)
                                ? processed.articleId()
                                : item instanceof AlignedArticle aligned ? aligned.articleId() : null;
                if (articleId != null) {
                    summaries.refresh(articleId);
                }
            }
        }
    }

    @Override
    public synchronized void destroy() {
        if (built != null) {
            built.checker().close();
        }
    }
}
