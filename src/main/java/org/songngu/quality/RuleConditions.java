package org.songngu.quality;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

/**
 * Which pattern rules cannot match a sentence, found from the POS tags of its tokens, before
 * LanguageTool tries them. LanguageTool's own pre-filter (the rule's hint words, looked up in the
 * sentence) knows only fixed words and lemmas; most French rules also ask for parts of speech ("a
 * determiner, then a feminine noun"), and LanguageTool tries them token by token on every sentence
 * that has the words.
 *
 * <p>Every token of a pattern that must occur (at least once, not an alternative of an OR group, not
 * a reference to another token) and asks for a POS tag that is not negated gives the rule a
 * necessary condition: some reading of some token of the sentence has a tag the token's tag pattern
 * accepts. It is tested with a copy of LanguageTool's own {@link PatternToken} that keeps only the tag
 * ({@link PatternToken#isMatched}, the test LanguageTool's matcher applies to each reading), so the
 * decision is LanguageTool's, not a re-implementation of it. What a token also asks (its word,
 * exceptions, chunks, unification, skipping, the and-group) only narrows what matches, so leaving it
 * out keeps the condition necessary. A tag pattern that also accepts untagged tokens (LanguageTool's
 * {@code UNKNOWN}) gives none. A rule is skipped only when one of its conditions fails: it could not
 * have matched, so no finding changes.
 *
 * <p>The answers are per distinct tag (French has a few hundred; each is tested once against every
 * tag pattern, then remembered), so a sentence costs a look-up per distinct tag and a few bit tests
 * per rule. Only rules of the classes {@link PatternRule} and {@link DisambiguationPatternRule}
 * themselves are judged (a subclass may match otherwise; both classes match through LanguageTool's
 * {@code AbstractPatternRulePerformer}); the sentence's readings before disambiguation count too, for
 * rules that read those. Disambiguation rules change the tags of the sentence as they run: {@link
 * NarrowedFrenchDisambiguator} adds, rule by rule, what each may add.
 * Conditions on the words themselves (regular expressions LanguageTool's hints do not cover) were
 * tried and not kept: testing them on each new word cost more than the rules they skipped.
 *
 * <p>Not thread-safe: one per {@code JLanguageTool}, like the tool itself.
 */
final class RuleConditions {

    private final Map<Rule, int[]> byRule = new IdentityHashMap<>();
    private final List<PatternToken> probes = new ArrayList<>();
    /** For each tag met, the conditions it satisfies. */
    private final Map<String, BitSet> answers = new HashMap<>();

    private RuleConditions() {}

    /** The conditions of {@code rules}; the rules not judged are never skipped. */
    static RuleConditions of(List<? extends Rule> rules) {
        RuleConditions conditions = new RuleConditions();
        Map<String, Integer> ids = new HashMap<>();
        for (Rule rule : rules) {
            if (rule.getClass() != PatternRule.class && rule.getClass() != DisambiguationPatternRule.class) {
                continue;
            }
            Set<Integer> needed = new HashSet<>();
            for (PatternToken token : ((AbstractPatternRule) rule).getPatternTokens()) {
                if (token.getMinOccurrence() < 1 || token.hasOrGroup() || token.isReferenceElement()) {
                    continue;
                }
                PatternToken probe = probe(token);
                if (probe != null) {
                    String key = token.isPOStagRegularExpression() + " " + token.getPOStag();
                    needed.add(ids.computeIfAbsent(key, k -> {
                        conditions.probes.add(probe);
                        return conditions.probes.size() - 1;
                    }));
                }
            }
            if (!needed.isEmpty()) {
                conditions.byRule.put(
                        rule,
                        needed.stream().mapToInt(Integer::intValue).sorted().toArray());
            }
        }
        return conditions;
    }

    /** How many rules have conditions (the others always run). */
    int judgedRules() {
        return byRule.size();
    }

    /** How many distinct conditions the rules have (the bits of {@link #satisfied}). */
    int conditionCount() {
        return probes.size();
    }

    /** {@code candidates} without the rules that cannot match {@code sentence}, in the same order. */
    List<Rule> applicable(List<Rule> candidates, AnalyzedSentence sentence) {
        BitSet tags = satisfied(sentence);
        List<Rule> kept = new ArrayList<>(candidates.size());
        for (Rule rule : candidates) {
            if (mayMatch(rule, tags)) {
                kept.add(rule);
            }
        }
        return kept;
    }

    /** Whether {@code rule} may match {@code sentence}: false only when it cannot. */
    boolean mayMatch(Rule rule, AnalyzedSentence sentence) {
        return mayMatch(rule, satisfied(sentence));
    }

    /** Only the tag half of {@code token}, or null when it gives no condition. */
    private static PatternToken probe(PatternToken token) {
        String tag = token.getPOStag();
        if (tag == null || tag.isEmpty() || token.getPOSNegation()) {
            return null;
        }
        PatternToken probe;
        try {
            probe = (PatternToken) token.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("PatternToken is Cloneable", e);
        }
        probe.setStringElement(null);
        probe.setNegation(false);
        AnalyzedToken untagged = new AnalyzedToken("x", null, "x");
        untagged.setNoPOSTag(true);
        if (matches(probe, untagged) || matches(probe, new AnalyzedToken("x", null, "x"))) {
            return null;
        }
        return probe;
    }

    /** LanguageTool's test of one reading, with and without a space before (the token may ask). */
    private static boolean matches(PatternToken probe, AnalyzedToken reading) {
        if (probe.isMatched(reading)) {
            return true;
        }
        AnalyzedToken spaced = new AnalyzedToken(reading.getToken(), reading.getPOSTag(), reading.getLemma());
        spaced.setNoPOSTag(reading.hasNoTag());
        spaced.setWhitespaceBefore(!reading.isWhitespaceBefore());
        return probe.isMatched(spaced);
    }

    /** The conditions the tags of {@code sentence}'s readings satisfy (a new set, the caller's to change). */
    BitSet satisfied(AnalyzedSentence sentence) {
        Set<String> tags = new HashSet<>();
        addTags(sentence.getTokens(), tags);
        addTags(sentence.getPreDisambigTokens(), tags);
        BitSet satisfied = new BitSet(probes.size());
        for (String tag : tags) {
            satisfied.or(satisfiedBy(tag));
        }
        return satisfied;
    }

    /** The conditions a reading with {@code tag} satisfies (remembered; not to be changed). */
    BitSet satisfiedBy(String tag) {
        return answers.computeIfAbsent(tag, this::answer);
    }

    private static void addTags(AnalyzedTokenReadings[] tokens, Set<String> tags) {
        if (tokens == null) {
            return;
        }
        for (AnalyzedTokenReadings token : tokens) {
            for (AnalyzedToken reading : token) {
                if (reading.getPOSTag() != null) {
                    tags.add(reading.getPOSTag());
                }
            }
        }
    }

    private BitSet answer(String tag) {
        BitSet answer = new BitSet(probes.size());
        AnalyzedToken reading = new AnalyzedToken("x", tag, "x");
        for (int i = 0; i < probes.size(); i++) {
            if (matches(probes.get(i), reading)) {
                answer.set(i);
            }
        }
        return answer;
    }

    /** Whether {@code rule} may match a sentence whose tags satisfy {@code tags}: false only when it cannot. */
    boolean mayMatch(Rule rule, BitSet tags) {
        int[] needed = byRule.get(rule);
        if (needed != null) {
            for (int condition : needed) {
                if (!tags.get(condition)) {
                    return false;
                }
            }
        }
        return true;
    }
}
