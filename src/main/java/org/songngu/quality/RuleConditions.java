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
    /**
     * For pattern rules with two neighbouring tag tokens, the pairs that must be met by two
     * neighbouring tokens of the sentence (ids into {@link #pairs}).
     */
    private final Map<Rule, int[]> pairsByRule = new IdentityHashMap<>();
    /** Each pair: the condition of the first token, then the condition of the token right after it. */
    private final List<int[]> pairs = new ArrayList<>();

    private RuleConditions() {}

    /** The conditions of {@code rules}; the rules not judged are never skipped. */
    static RuleConditions of(List<? extends Rule> rules) {
        RuleConditions conditions = new RuleConditions();
        Map<String, Integer> ids = new HashMap<>();
        Map<Long, Integer> pairIds = new HashMap<>();
        for (Rule rule : rules) {
            if (rule.getClass() != PatternRule.class && rule.getClass() != DisambiguationPatternRule.class) {
                continue;
            }
            Set<Integer> needed = new HashSet<>();
            List<PatternToken> tokens = ((AbstractPatternRule) rule).getPatternTokens();
            int[] condition = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                PatternToken token = tokens.get(i);
                condition[i] = -1;
                if (token.getMinOccurrence() < 1 || token.hasOrGroup() || token.isReferenceElement()) {
                    continue;
                }
                PatternToken probe = probe(token);
                if (probe != null) {
                    String key = token.isPOStagRegularExpression() + " " + token.getPOStag();
                    condition[i] = ids.computeIfAbsent(key, k -> {
                        conditions.probes.add(probe);
                        return conditions.probes.size() - 1;
                    });
                    needed.add(condition[i]);
                }
            }
            if (!needed.isEmpty()) {
                conditions.byRule.put(
                        rule,
                        needed.stream().mapToInt(Integer::intValue).sorted().toArray());
            }
            if (rule.getClass() == PatternRule.class) {
                conditions.addPairs(rule, tokens, condition, pairIds);
            }
        }
        return conditions;
    }

    /**
     * The neighbouring pairs of {@code rule}: a token with a condition that matches exactly one token
     * of the sentence (at least and at most once) and lets nothing be skipped after it, followed by
     * a token with a condition. LanguageTool's matcher ({@code AbstractPatternRulePerformer.matchFrom})
     * then tries the second only on the token right after the one the first matched.
     */
    private void addPairs(Rule rule, List<PatternToken> tokens, int[] condition, Map<Long, Integer> pairIds) {
        Set<Integer> needed = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            PatternToken first = tokens.get(i);
            if (condition[i] < 0
                    || condition[i + 1] < 0
                    || first.getMinOccurrence() != 1
                    || first.getMaxOccurrence() != 1
                    || first.getSkipNext() != 0) {
                continue;
            }
            int[] pair = {condition[i], condition[i + 1]};
            needed.add(pairIds.computeIfAbsent(((long) pair[0] << 32) | pair[1], k -> {
                pairs.add(pair);
                return pairs.size() - 1;
            }));
        }
        if (!needed.isEmpty()) {
            pairsByRule.put(
                    rule, needed.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
    }

    /** How many rules have conditions (the others always run). */
    int judgedRules() {
        return byRule.size();
    }

    /** How many distinct conditions the rules have (the bits of {@link #satisfied}). */
    int conditionCount() {
        return probes.size();
    }

    /** How many pattern rules have neighbouring pairs. */
    int pairedRules() {
        return pairsByRule.size();
    }

    /** {@code candidates} without the rules that cannot match {@code sentence}, in the same order. */
    List<Rule> applicable(List<Rule> candidates, AnalyzedSentence sentence) {
        BitSet tags = satisfied(sentence);
        Neighbours neighbours = new Neighbours(sentence);
        List<Rule> kept = new ArrayList<>(candidates.size());
        for (Rule rule : candidates) {
            if (mayMatch(rule, tags) && neighbours.mayMatch(rule)) {
                kept.add(rule);
            }
        }
        return kept;
    }

    /** Whether {@code rule} may match {@code sentence}: false only when it cannot. */
    boolean mayMatch(Rule rule, AnalyzedSentence sentence) {
        return mayMatch(rule, satisfied(sentence)) && new Neighbours(sentence).mayMatch(rule);
    }

    /**
     * The pairs one sentence meets, found when first asked. Per token of the sentence (without
     * whitespace, as LanguageTool matches), the conditions its readings meet, those before
     * disambiguation included (a rule may read those: the same position in LanguageTool's array of
     * them); when the two arrays are not of one length, every pair counts as met.
     */
    private final class Neighbours {
        private final AnalyzedSentence sentence;
        private BitSet[] positions;
        /** Per pair: 0 not asked yet, 1 met, 2 not met. */
        private byte[] answered;

        Neighbours(AnalyzedSentence sentence) {
            this.sentence = sentence;
        }

        boolean mayMatch(Rule rule) {
            int[] needed = pairsByRule.get(rule);
            if (needed == null) {
                return true;
            }
            if (positions == null) {
                positions = positions(sentence);
                answered = new byte[pairs.size()];
            }
            if (positions.length == 0) {
                return true;
            }
            for (int pair : needed) {
                if (answered[pair] == 0) {
                    answered[pair] = met(pairs.get(pair)) ? (byte) 1 : (byte) 2;
                }
                if (answered[pair] == 2) {
                    return false;
                }
            }
            return true;
        }

        private boolean met(int[] pair) {
            for (int k = 0; k + 1 < positions.length; k++) {
                if (positions[k].get(pair[0]) && positions[k + 1].get(pair[1])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Per token without whitespace, the conditions its readings meet; empty when it cannot be told. */
    private BitSet[] positions(AnalyzedSentence sentence) {
        AnalyzedTokenReadings[] tokens = sentence.getTokensWithoutWhitespace();
        AnalyzedTokenReadings[] before = sentence.getPreDisambigTokensWithoutWhitespace();
        if (before == null || before.length != tokens.length) {
            return new BitSet[0];
        }
        BitSet[] positions = new BitSet[tokens.length];
        for (int k = 0; k < tokens.length; k++) {
            BitSet met = new BitSet(probes.size());
            addAnswers(tokens[k], met);
            addAnswers(before[k], met);
            positions[k] = met;
        }
        return positions;
    }

    private void addAnswers(AnalyzedTokenReadings token, BitSet met) {
        for (AnalyzedToken reading : token) {
            if (reading.getPOSTag() != null) {
                met.or(answers.computeIfAbsent(reading.getPOSTag(), this::answer));
            }
        }
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
