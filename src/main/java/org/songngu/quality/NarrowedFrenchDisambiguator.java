package org.songngu.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.language.French;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.RuleSet;
import org.languagetool.tagging.disambiguation.MultiWordChunker;
import org.languagetool.tagging.disambiguation.fr.FrenchHybridDisambiguator;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;
import org.languagetool.tagging.disambiguation.rules.DisambiguationRuleLoader;

/**
 * French's disambiguation as LanguageTool 6.6 runs it ({@link FrenchHybridDisambiguator}), without
 * the XML disambiguation rules that cannot match a sentence. Same steps in the same order: the
 * chunker of {@code /spelling_global.txt}, the chunker of {@code /fr/multiwords.txt} (the very
 * instances French uses: LanguageTool keeps one per file and settings), then the rules of {@code
 * fr/disambiguation.xml} and {@code disambiguation-global.xml}, loaded as {@code XmlRuleDisambiguator}
 * loads them and let through by the same word hints ({@link RuleSet#textHinted}), each run on the
 * sentence the rules before it left.
 *
 * <p>What is skipped: a rule one of whose {@link RuleConditions} (a POS tag some token must have)
 * no reading of the sentence meets at its turn. Rules change readings as they run ("add" and
 * "replace" write new ones, "filter" may write its tag), so the conditions a sentence meets are read
 * again from the sentence each time a rule has changed it (LanguageTool hands back the same sentence
 * when a rule changed nothing, a new one when it did): each rule is judged on exactly the sentence it
 * would run on. So a rule is skipped only when LanguageTool would have run it without effect, and
 * the result is LanguageTool's, reading for reading ({@code NarrowedFrenchDisambiguatorTest}).
 *
 * <p>The rules are parsed once per process (they are immutable, and French's own disambiguator
 * shares its rules between threads); the conditions remember answers per tag, so one instance per
 * {@code JLanguageTool}, not thread-safe.
 */
final class NarrowedFrenchDisambiguator {

    private static final Map<Language, RuleSet> RULES = new ConcurrentHashMap<>();

    private final MultiWordChunker chunker;
    private final MultiWordChunker chunkerGlobal;
    private final RuleSet rules;
    private final RuleConditions conditions;

    private long tried;
    private long skipped;

    /** @param rules the XML rules, in LanguageTool's order, with LanguageTool's hints */
    NarrowedFrenchDisambiguator(RuleSet rules) {
        // As FrenchHybridDisambiguator's constructor asks them (the same cached instances, set the same way).
        this.chunker = MultiWordChunker.getInstance("/fr/multiwords.txt", true, true, false);
        this.chunkerGlobal = MultiWordChunker.getInstance(
                "/spelling_global.txt", false, true, false, MultiWordChunker.tagForNotAddingTags);
        chunker.setRemovePreviousTags(true);
        chunkerGlobal.setIgnoreSpelling(true);
        this.rules = rules;
        this.conditions = RuleConditions.of(rules.allRules());
    }

    /**
     * The narrowed disambiguator for a tool of {@code language}, or empty when that language does
     * not disambiguate as French in LanguageTool 6.6 does (then LanguageTool's own must run).
     */
    static Optional<NarrowedFrenchDisambiguator> forLanguage(Language language) {
        return rules(language).map(NarrowedFrenchDisambiguator::new);
    }

    /**
     * The XML rules for a tool of {@code language}, parsed once per process ({@link
     * LanguageToolPreload} asks early, beside the other analysis data), or empty as for {@link
     * #forLanguage}.
     */
    static Optional<RuleSet> rules(Language language) {
        if (language.getDisambiguator().getClass() != FrenchHybridDisambiguator.class) {
            return Optional.empty();
        }
        // FrenchHybridDisambiguator gives its XmlRuleDisambiguator French.getInstance(), whatever the tool's language.
        return Optional.of(RULES.computeIfAbsent(French.getInstance(), NarrowedFrenchDisambiguator::load));
    }

    /** {@code XmlRuleDisambiguator(French, true)}'s rules: the language's file, then the global one. */
    private static RuleSet load(Language french) {
        List<DisambiguationPatternRule> all =
                new ArrayList<>(load(french.getShortCode() + "/disambiguation.xml", french));
        all.addAll(load("disambiguation-global.xml", french));
        return RuleSet.textHinted(all);
    }

    private static List<DisambiguationPatternRule> load(String file, Language french) {
        try (InputStream in = JLanguageTool.getDataBroker().getFromResourceDirAsStream(file)) {
            return new DisambiguationRuleLoader().getRules(in, french, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LanguageTool's " + file, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse LanguageTool's " + file, e);
        }
    }

    /** {@link FrenchHybridDisambiguator#disambiguate(AnalyzedSentence, JLanguageTool.CheckCancelledCallback)}. */
    AnalyzedSentence disambiguate(AnalyzedSentence input, JLanguageTool.CheckCancelledCallback cancelled)
            throws IOException {
        AnalyzedSentence sentence = chunker.disambiguate(chunkerGlobal.disambiguate(input, cancelled), cancelled);
        List<Rule> candidates = rules.rulesForSentence(sentence);
        BitSet met = conditions.satisfied(sentence);
        for (Rule rule : candidates) {
            if (!conditions.mayMatch(rule, met)) {
                skipped++;
                continue;
            }
            // LanguageTool asks before each rule; a cancelled check's result is thrown away.
            if (cancelled != null && cancelled.checkCancelled()) {
                break;
            }
            tried++;
            AnalyzedSentence next = ((DisambiguationPatternRule) rule).replace(sentence);
            if (next != sentence) {
                // The rule changed readings (LanguageTool hands back the same sentence otherwise):
                // the next rules meet the tags the sentence has now.
                sentence = next;
                met = conditions.satisfied(sentence);
            }
        }
        return sentence;
    }

    /** How many of the rules LanguageTool's hints let through were run, and how many skipped, so far. */
    long[] counts() {
        return new long[] {tried, skipped};
    }

    /** The XML rules, in LanguageTool's order. */
    List<Rule> rules() {
        return rules.allRules();
    }

    /** How many rules have conditions. */
    int judgedRules() {
        return conditions.judgedRules();
    }
}
