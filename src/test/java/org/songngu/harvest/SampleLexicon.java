package org.songngu.harvest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.songngu.align.Aligner;
import org.songngu.align.AlignerSettings;
import org.songngu.align.Alignment;
import org.songngu.align.Bead;
import org.songngu.align.CorpusLexicon;
import org.songngu.corpus.Language;
import org.songngu.glossary.Glossary;

/**
 * The aligner's lexicon as a previous run would have stored it, made in the tests: sample
 * articles aligned paragraph by paragraph by the aligner, its confident one-to-one beads learned
 * from with the model step's learner and glossary prior.
 */
final class SampleLexicon {

    private SampleLexicon() {}

    static TranslatedWords learn(Path corpus, Glossary glossary, String... articles) {
        CrawlFixture samples = new CrawlFixture(corpus);
        AlignerSettings settings = AlignerSettings.defaults();
        Map<Language, CorpusLexicon> lexicons = new EnumMap<>(Language.class);
        for (Language target : List.of(Language.VI, Language.EN)) {
            Aligner aligner = new Aligner(settings, glossary.pairs("fr", target.code()));
            CorpusLexicon.Learner learner = CorpusLexicon.learner(settings, MemoryLexicon.DEFAULT_BUDGET);
            for (String article : articles) {
                List<String> french = samples.paragraphs(article, "fr");
                List<String> other = samples.paragraphs(article, target.code());
                Alignment alignment = aligner.align(french, other);
                for (Bead bead : alignment.beads()) {
                    if (bead.source().size() == 1
                            && bead.target().size() == 1
                            && bead.confidence() >= settings.learnConfidence()) {
                        learner.add(
                                french.get(bead.source().get(0)),
                                other.get(bead.target().get(0)),
                                1);
                    }
                }
            }
            lexicons.put(target, learner.learn(glossary.pairs("fr", target.code()), 1));
        }
        return new TranslatedWords(lexicons, "learned from " + String.join(", ", articles));
    }
}
