package org.songngu.batch;

import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.align.AlignerSettings;
import org.songngu.align.CorpusLexicon;
import org.songngu.corpus.LanguagePair;
import org.songngu.glossary.Glossary;
import org.songngu.store.AlignmentModelStore;
import org.songngu.store.ArticleStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The model step: learns the aligner's lexicons from the stored corpus when it has grown enough
 * since the current version, and stores them as a new version. Runs before the align step, so that
 * every article of a run is aligned with one model version whatever the chunk or restart point.
 *
 * <p>Relearned from the store rather than updated article by article: IBM Model 1 is trained by EM
 * over all its material, so an update per article would either retrain everything each time or make
 * the model depend on the order articles arrived in. Relearning when the material has grown by a
 * share ({@link ModelProperties#relearnGrowth()}) costs a bounded learning (the budget) a
 * logarithmic number of times as the corpus grows, and the model is a function of the stored corpus.
 *
 * <p>With no article to align the step learns nothing and does not even count the material (a scan
 * of every bead: 15 s of a 33 s no-op rerun over 20,000 articles): the model is only read by the
 * align step, and the next run with something to align counts the store as it is then, so the
 * version its articles get is the same.
 */
class ModelLearning implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ModelLearning.class);

    /** A reviewed bead (approved, or imported from a memory) counts this many times a guessed one. */
    static final double REVIEWED_WEIGHT = 3;

    private final AlignmentModelStore store;
    private final ArticleStore articles;
    private final Glossary glossary;
    private final ModelProperties properties;
    private final AlignerSettings settings;
    private final StageTimes times;

    ModelLearning(
            AlignmentModelStore store,
            ArticleStore articles,
            Glossary glossary,
            ModelProperties properties,
            AlignerSettings settings,
            StageTimes times) {
        this.store = store;
        this.articles = articles;
        this.glossary = glossary;
        this.properties = properties;
        this.settings = settings;
        this.times = times;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        boolean realign = Boolean.parseBoolean(
                String.valueOf(chunkContext.getStepContext().getJobParameters().get("realignPending")));
        times.time(StageTimes.Stage.MODEL, () -> {
            if (realign || articles.hasPendingAlignment()) {
                learnIfDue();
            } else {
                log.info("alignment model: nothing to align, kept as it is");
            }
        });
        return RepeatStatus.FINISHED;
    }

    /** @return the new version, or null when the current one is kept */
    Integer learnIfDue() {
        var current = store.current();
        long material = store.material(settings.learnConfidence());
        if (!properties.relearn(
                current.map(AlignmentModelStore.Version::material).orElse(null), material)) {
            log.info(
                    "alignment model: version {} kept ({} training beads in the store)",
                    current.map(version -> String.valueOf(version.version())).orElse("none"),
                    material);
            return null;
        }
        Map<LanguagePair, CorpusLexicon> lexicons = new EnumMap<>(LanguagePair.class);
        long pairs = 0;
        for (LanguagePair pair : LanguagePair.values()) {
            CorpusLexicon.Learner learner = CorpusLexicon.learner(settings, properties.budget());
            store.trainingPairs(
                    pair,
                    settings.learnConfidence(),
                    (source, target, reviewed) -> learner.add(source, target, reviewed ? REVIEWED_WEIGHT : 1)
                            || learner.occurrences() < properties.budget() / 2);
            pairs += learner.pairs();
            lexicons.put(
                    pair,
                    learner.learn(
                            glossary.pairs(pair.source().code(), pair.target().code()), 1));
        }
        int version = store.save(material, pairs, lexicons);
        log.info(
                "alignment model: version {} learned from {} sentence pairs ({} training beads in the store)",
                version,
                pairs,
                material);
        return version;
    }
}
