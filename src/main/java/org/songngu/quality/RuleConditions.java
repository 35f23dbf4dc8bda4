package org.songngu.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.PatternRule;
import org.languagetool.rules.patterns.PatternToken;

/**
 * Which pattern rules cannot match a sentence, found from the POS tags of its tokens and where they
 * stand, before LanguageTool tries them. LanguageTool's own pre-filter (the rule's hint words, looked
 * up in the sentence) knows only fixed words and lemmas; most French rules also ask for parts of
 * speech ("a determiner, then a feminine noun"), and LanguageTool tries them token by token on every
 * sentence that has the words.
 *
 * <p>Every token of a pattern that must occur (at least once, not an alternative of an OR group, not
 * a reference to another token) and asks for a POS tag that is not negated gives the rule a
 * condition on one token of the sentence: some reading of it has a tag the token's tag pattern
 * accepts. It is tested with a copy of LanguageTool's own {@link PatternToken} that keeps only the tag
 * ({@link PatternToken#isMatched}, the test LanguageTool's matcher applies to each reading), so the
 * decision is LanguageTool's, not a re-implementation of it. What a token also asks (its word,
 * exceptions, chunks, unification, the and-group) only narrows what matches, so leaving it out keeps
 * the condition necessary. A tag pattern that also accepts untagged tokens (LanguageTool's {@code
 * UNKNOWN}) gives none.
 *
 * <p>Where the conditions stand is necessary too. LanguageTool's matcher ({@code
 * AbstractPatternRulePerformer.matchFrom}) puts each pattern token on the sentence token right after
 * the previous one's last occurrence, unless the previous one may skip tokens ({@code skip}) or the
 * token itself is optional ({@code min="0"}); a token that may repeat ({@code max}) meets its own
 * condition on its first and its last occurrence. So the pattern splits into chains: tokens at fixed
 * distances from each other, broken after a token with a skip, around an optional token, and at a
 * repeating token (which ends one chain and starts the next). A chain is met when some position of
 * the sentence meets each of its conditions at its distance ("a determiner, then right after it a
 * feminine noun"), on the tokens LanguageTool matches the rule on: the sentence's tokens without
 * whitespace. Rules that read the tokens as they were before disambiguation read the same positions
 * (disambiguation changes readings, not tokens), and which rules those are is not public, so a
 * position counts the readings it had before and after. A rule is skipped only when one of its
 * chains is not met: it could not have matched, so no finding changes.
 *
 * <p>The answers are per distinct tag (French has a few hundred; each is tested once against every
 * tag pattern, then remembered), so a sentence costs, per token, a look-up per reading, and then a
 * few word-wide ANDs per rule. Only rules of the class {@link PatternRule} itself are judged (a
 * subclass may match otherwise). Conditions on the words themselves (regular expressions
 * LanguageTool's hints do not cover) were tried and not kept: testing them on each new word cost
 * more than the rules they skipped.
 *
 * <p>Not thread-safe: one per {@code JLanguageTool}, like the tool itself.
 */
final class RuleConditions {

    /** Conditions that must hold at the same time {@code offsets[i]} tokens after some position. */
    private record Chain(int[] conditions, int[] offsets) {}

    private final Map<Rule, Chain[]> byRule = new IdentityHashMap<>();
    private final List<PatternToken> probes = new ArrayList<>();
    /** For each tag met, the conditions it satisfies. */
    private final Map<String, int[]> answers = new HashMap<>();

    private RuleConditions() {}

    /** The conditions of {@code rules}; the rules not judged are never skipped. */
    static RuleConditions of(List<? extends Rule> rules) {
        RuleConditions conditions = new RuleConditions();
        Map<String, Integer> ids = new HashMap<>();
        for (Rule rule : rules) {
            if (rule.getClass() != PatternRule.class) {
                continue;
            }
            PatternRule patternRule = (PatternRule) rule;
            List<Chain> chains = conditions.chains(patternRule.getPatternTokens(), ids);
            if (!chains.isEmpty()) {
                conditions.byRule.put(rule, chains.toArray(Chain[]::new));
            }
        }
        return conditions;
    }

    /** The chains of a pattern, as {@code AbstractPatternRulePerformer.matchFrom} places its tokens. */
    private List<Chain> chains(List<PatternToken> tokens, Map<String, Integer> ids) {
        List<Chain> chains = new ArrayList<>();
        List<int[]> chain = new ArrayList<>();
        int offset = -1;
        for (PatternToken token : tokens) {
            if (token.getMinOccurrence() < 1) {
                // Present or not: what follows stands at one of two places.
                close(chain, chains);
                offset = -1;
                continue;
            }
            offset = Math.max(offset, 0);
            int condition = condition(token, ids);
            if (condition >= 0) {
                chain.add(new int[] {offset, condition});
            }
            if (token.getMaxOccurrence() != 1) {
                // What follows stands after the last occurrence, which meets the condition too.
                close(chain, chains);
                offset = 0;
                if (condition >= 0) {
                    chain.add(new int[] {offset, condition});
                }
            }
            if (token.getSkipNext() != 0) {
                close(chain, chains);
                offset = -1;
            } else {
                offset++;
            }
        }
        close(chain, chains);
        return withoutRepeats(chains);
    }

    /** {@code chains} without a chain of one condition that another chain also asks for. */
    private static List<Chain> withoutRepeats(List<Chain> chains) {
        List<Chain> kept = new ArrayList<>();
        for (Chain chain : chains) {
            boolean implied = chain.conditions().length == 1
                    && chains.stream()
                            .anyMatch(other -> other != chain
                                    && Arrays.stream(other.conditions()).anyMatch(c -> c == chain.conditions()[0])
                                    && (other.conditions().length > 1 || kept.contains(other)));
            if (!implied) {
                kept.add(chain);
            }
        }
        return kept;
    }

    private static void close(List<int[]> chain, List<Chain> chains) {
        if (!chain.isEmpty()) {
            chains.add(new Chain(
                    chain.stream().mapToInt(link -> link[1]).toArray(),
                    chain.stream().mapToInt(link -> link[0]).toArray()));
            chain.clear();
        }
    }

    /** The condition {@code token} gives, numbered by its tag pattern, or -1 for none. */
    private int condition(PatternToken token, Map<String, Integer> ids) {
        if (token.hasOrGroup() || token.isReferenceElement()) {
            return -1;
        }
        PatternToken probe = probe(token);
        if (probe == null) {
            return -1;
        }
        return ids.computeIfAbsent(token.isPOStagRegularExpression() + " " + token.getPOStag(), key -> {
            probes.add(probe);
            return probes.size() - 1;
        });
    }

    /** How many rules have conditions (the others always run). */
    int judgedRules() {
        return byRule.size();
    }

    /** {@code candidates} without the rules that cannot match {@code sentence}, in the same order. */
    List<Rule> applicable(List<Rule> candidates, AnalyzedSentence sentence) {
        Tokens tokens = new Tokens(sentence);
        List<Rule> kept = new ArrayList<>(candidates.size());
        for (Rule rule : candidates) {
            if (mayMatch(rule, tokens)) {
                kept.add(rule);
            }
        }
        return kept;
    }

    /** Whether {@code rule} may match {@code sentence}: false only when it cannot. */
    boolean mayMatch(Rule rule, AnalyzedSentence sentence) {
        return mayMatch(rule, new Tokens(sentence));
    }

    private boolean mayMatch(Rule rule, Tokens tokens) {
        Chain[] chains = byRule.get(rule);
        if (chains == null) {
            return true;
        }
        Positions positions = tokens.positions();
        if (positions == null) {
            return true;
        }
        for (Chain chain : chains) {
            if (!positions.meet(chain)) {
                return false;
            }
        }
        return true;
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

    private int[] answer(String tag) {
        AnalyzedToken reading = new AnalyzedToken("x", tag, "x");
        int[] met = new int[probes.size()];
        int count = 0;
        for (int i = 0; i < probes.size(); i++) {
            if (matches(probes.get(i), reading)) {
                met[count++] = i;
            }
        }
        return Arrays.copyOf(met, count);
    }

    /** A sentence, its positions computed when a rule first asks. */
    private final class Tokens {
        private final AnalyzedSentence sentence;
        private Positions positions;
        private boolean computed;

        Tokens(AnalyzedSentence sentence) {
            this.sentence = sentence;
        }

        /** Null when the sentence's two token lists do not line up (no rule is judged then). */
        Positions positions() {
            if (!computed) {
                positions = Positions.of(
                        sentence.getTokensWithoutWhitespace(), sentence.getPreDisambigTokensWithoutWhitespace(), this);
                computed = true;
            }
            return positions;
        }

        int[] answer(String tag) {
            return answers.computeIfAbsent(tag, RuleConditions.this::answer);
        }

        int answerCount() {
            return probes.size();
        }
    }

    /**
     * For each condition, the positions (bits of {@code words} longs) of the tokens meeting it with
     * some reading.
     */
    private record Positions(long[] bits, int words) {

        /**
         * The positions of {@code tokens}, each with the readings it had before disambiguation
         * ({@code before}, position by position) too; null when the two lists differ in length.
         */
        static Positions of(AnalyzedTokenReadings[] tokens, AnalyzedTokenReadings[] before, Tokens sentence) {
            if (before != null && before.length != tokens.length) {
                return null;
            }
            int words = Math.max(1, (tokens.length + 63) >>> 6);
            long[] bits = new long[sentence.answerCount() * words];
            add(tokens, bits, words, sentence);
            if (before != null && before != tokens) {
                add(before, bits, words, sentence);
            }
            return new Positions(bits, words);
        }

        private static void add(AnalyzedTokenReadings[] tokens, long[] bits, int words, Tokens sentence) {
            for (int position = 0; position < tokens.length; position++) {
                // Shifts count modulo 64: the bit of the position in its word.
                long bit = 1L << position;
                int word = position >>> 6;
                for (AnalyzedToken reading : tokens[position]) {
                    String tag = reading.getPOSTag();
                    if (tag != null) {
                        for (int condition : sentence.answer(tag)) {
                            bits[condition * words + word] |= bit;
                        }
                    }
                }
            }
        }

        /** Whether some position has each condition of {@code chain} at its offset from it. */
        boolean meet(Chain chain) {
            int[] conditions = chain.conditions();
            int[] offsets = chain.offsets();
            for (int word = 0; word < words; word++) {
                long all = -1L;
                for (int i = 0; i < conditions.length && all != 0; i++) {
                    all &= shifted(conditions[i], offsets[i], word);
                }
                if (all != 0) {
                    return true;
                }
            }
            return false;
        }

        /** Word {@code word} of the positions of {@code condition}, moved back by {@code offset}. */
        private long shifted(int condition, int offset, int word) {
            int from = word + (offset >>> 6);
            int shift = offset & 63;
            int base = condition * words;
            long value = from < words ? bits[base + from] >>> shift : 0;
            if (shift != 0 && from + 1 < words) {
                value |= bits[base + from + 1] << (64 - shift);
            }
            return value;
        }
    }
}
