package org.songngu.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.language.French;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.Match;
import org.languagetool.rules.patterns.PatternToken;
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
 * <p>What is skipped: a rule one of whose {@link TagConditions} (a POS tag some token must have)
 * no reading can meet at its turn. The tags at a rule's turn are those of the sentence it came in
 * with, and those the rules run before it in this sentence may have added: a rule that changed the
 * sentence adds every tag it can introduce, read from its definition ({@link #addedTags}: the
 * readings an "add" or "replace" writes, the tag of its {@code disambig} or {@code match}, the tags
 * of its tokens for "filterall", which writes one when no reading fits); a rule whose new tags
 * cannot be read from its definition (a tag replacement, "unify") may add any. A rule that changed
 * nothing (LanguageTool then hands back the same sentence) added nothing. So a rule is skipped only
 * when LanguageTool would have run it without effect, and the result is LanguageTool's, reading for
 * reading ({@code NarrowedFrenchDisambiguatorTest}).
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
    private final TagConditions conditions;
    /** What each rule that may add tags adds, as conditions met; absent for rules that add none. */
    private final Map<Rule, BitSet> added = new IdentityHashMap<>();

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
        this.conditions = TagConditions.of(rules.allRules());
        BitSet everything = new BitSet();
        everything.set(0, Math.max(1, conditions.conditionCount()));
        for (Rule rule : rules.allRules()) {
            Optional<Set<String>> tags = addedTags((DisambiguationPatternRule) rule);
            if (tags.isEmpty()) {
                added.put(rule, everything);
            } else if (!tags.get().isEmpty()) {
                BitSet met = new BitSet();
                tags.get().forEach(tag -> met.or(conditions.satisfiedBy(tag)));
                added.put(rule, met);
            }
        }
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

    /**
     * The tags {@code rule} can give a reading when it runs, or empty when they cannot be read from
     * its definition. Read from LanguageTool 6.6's {@code DisambiguationPatternRuleReplacer}: "add"
     * and "replace" write the readings of the rule ({@code <wd>}) or its {@code disambig} tag; "filter"
     * keeps readings, or writes its tag (through a {@link Match}, whose tag is written as it stands
     * when no reading fits); "filterall" does the same with each token's tag; "remove",
     * "immunize", "ignore_spelling" and "addchunk" write no tag; "unify" keeps what the unifier
     * keeps (not read here: any). A {@link Match} that rewrites tags (a replacement, or tags set
     * from synthesis) may write any.
     */
    static Optional<Set<String>> addedTags(DisambiguationPatternRule rule) {
        if (rule.getAction() == DisambiguationPatternRule.DisambiguatorAction.UNIFY) {
            return Optional.empty();
        }
        Set<String> tags = new HashSet<>();
        AnalyzedToken[] readings = rule.getNewTokenReadings();
        if (readings != null) {
            for (AnalyzedToken reading : readings) {
                tags.add(reading.getPOSTag());
            }
        }
        tags.add(rule.getDisambiguatedPOS());
        Match match = rule.getMatchElement();
        if (match != null) {
            if (match.getPosTagReplace() != null || match.setsPos()) {
                return Optional.empty();
            }
            tags.add(match.getPosTag());
        }
        if (rule.getAction() == DisambiguationPatternRule.DisambiguatorAction.FILTERALL) {
            for (PatternToken token : rule.getPatternTokens()) {
                tags.add(token.getPOStag());
            }
        }
        tags.remove(null);
        return Optional.of(tags);
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
                BitSet more = added.get(rule);
                if (more != null) {
                    met.or(more);
                }
                sentence = next;
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
