package org.songngu.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.PatternRule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.rules.patterns.StringMatcher;

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
 * <p>A token whose word pattern accepts a finite set of words (not inflected, not negated) gives a
 * second condition: its word, lower-cased, is one of them. Those sets and the sentence's index of its
 * lower-cased words are the ones LanguageTool's own hints use ({@code StringMatcher.getPossibleValues},
 * {@link AnalyzedSentence#getTokenOffsets}); a set is used only when LanguageTool's test of the token
 * accepts each of its words. LanguageTool uses them to know whether a word is in the sentence at all;
 * here they also say where. Regular expressions with no such set give none (testing them on every new
 * word cost more than the rules they skipped, Dec 6).
 *
 * <p>Where the conditions stand is necessary too. LanguageTool's matcher ({@code
 * AbstractPatternRulePerformer.matchFrom}) puts each pattern token on the sentence token right after
 * the previous one's last occurrence, unless the previous one may skip tokens ({@code skip}) or the
 * token itself is optional ({@code min="0"}); a token that may repeat ({@code max}) meets its own
 * conditions on its first and its last occurrence. So the pattern splits into chains: tokens at fixed
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
 * tag pattern, then remembered, a bit per condition) and per word of the patterns, so a sentence
 * costs, per token, a look-up and an OR per reading and one per word; then per candidate rule a few
 * bit tests, and for the rules that pass them, per chain, a few word-wide ANDs of the positions
 * meeting each condition. Only rules of the class {@link PatternRule} itself are judged (a subclass
 * may match otherwise).
 *
 * <p>Not thread-safe: one per {@code JLanguageTool}, like the tool itself.
 */
final class RuleConditions {

    /** Conditions that must hold at the same time {@code offsets[i]} tokens after some position. */
    private record Chain(int[] conditions, int[] offsets) {}

    /** The rules, in LanguageTool's order. */
    private final Rule[] rules;
    /**
     * What rule {@code i} needs: the conditions {@code needed[neededFrom[i]]} to {@code
     * needed[neededFrom[i + 1] - 1]} somewhere, and each of {@code chains[i]} (null for none). In
     * flat arrays: the check runs on every candidate rule of every sentence.
     */
    private final int[] neededFrom;

    private int[] needed = new int[0];
    private final Chain[][] chains;
    private final Map<Rule, Integer> index = new IdentityHashMap<>();
    private final List<PatternToken> probes = new ArrayList<>();
    /** The words each word condition accepts, lower-cased. */
    private final List<Set<String>> wordValues = new ArrayList<>();
    /**
     * The finite words of each word pattern read so far ("pattern, regexp?, case-sensitive?"), empty
     * for none: French's 21,000 pattern tokens have 5,700 distinct ones, and LanguageTool parses a
     * regular expression anew on each call.
     */
    private final Map<String, Set<String>> possibleValues = new HashMap<>();
    /** For each lower-cased word, the word conditions it meets (a bit each). */
    private final Map<String, long[]> wordAnswers = new HashMap<>();
    /** For each tag met, the conditions it satisfies (a bit each). */
    private final Map<String, long[]> answers = new HashMap<>();

    // The sentence being judged; reused from one sentence to the next (one thread).
    private int words;
    private int length;
    private long[] positionBits = new long[0];
    private long[] present = new long[0];
    private int maskWords;
    private long[] masks = new long[0];
    private int[] maskStamps = new int[0];
    private int stamp;

    private RuleConditions(List<? extends Rule> rules) {
        this.rules = rules.toArray(Rule[]::new);
        this.neededFrom = new int[this.rules.length + 1];
        this.chains = new Chain[this.rules.length][];
    }

    /** The conditions of {@code rules}; the rules not judged are never skipped. */
    static RuleConditions of(List<? extends Rule> rules) {
        RuleConditions conditions = new RuleConditions(rules);
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> needed = new ArrayList<>();
        for (int i = 0; i < conditions.rules.length; i++) {
            Rule rule = conditions.rules[i];
            conditions.index.putIfAbsent(rule, i);
            conditions.neededFrom[i] = needed.size();
            if (rule.getClass() != PatternRule.class) {
                continue;
            }
            List<Chain> chains = conditions.chains(((PatternRule) rule).getPatternTokens(), ids);
            chains.stream()
                    .flatMapToInt(chain -> Arrays.stream(chain.conditions()))
                    .distinct()
                    .forEach(needed::add);
            // A chain of one condition at offset 0 is just that condition somewhere.
            Chain[] placed = chains.stream()
                    .filter(chain -> chain.conditions().length > 1 || chain.offsets()[0] > 0)
                    .toArray(Chain[]::new);
            conditions.chains[i] = placed.length == 0 ? null : placed;
        }
        conditions.neededFrom[conditions.rules.length] = needed.size();
        conditions.needed = needed.stream().mapToInt(Integer::intValue).toArray();
        conditions.numberWordConditions();
        return conditions;
    }

    /** Gives the word conditions their numbers after the tag conditions, and indexes their words. */
    private void numberWordConditions() {
        int tags = probes.size();
        int count = tags + wordValues.size();
        words = (count + 63) >>> 6;
        for (int i = 0; i < needed.length; i++) {
            needed[i] = numbered(needed[i], tags);
        }
        for (Chain[] placed : chains) {
            if (placed != null) {
                for (Chain chain : placed) {
                    int[] linked = chain.conditions();
                    for (int i = 0; i < linked.length; i++) {
                        linked[i] = numbered(linked[i], tags);
                    }
                }
            }
        }
        for (int i = 0; i < wordValues.size(); i++) {
            for (String value : wordValues.get(i)) {
                int condition = tags + i;
                wordAnswers.computeIfAbsent(value, key -> new long[words])[condition >>> 6] |= 1L << condition;
            }
        }
        present = new long[words];
        maskStamps = new int[count];
    }

    private static int numbered(int condition, int tags) {
        return condition >= 0 ? condition : tags - 1 - condition;
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
            int word = wordCondition(token, ids);
            link(chain, offset, condition, word);
            if (token.getMaxOccurrence() != 1) {
                // What follows stands after the last occurrence, which meets the conditions too.
                close(chain, chains);
                offset = 0;
                link(chain, offset, condition, word);
            }
            if (token.getSkipNext() != 0) {
                close(chain, chains);
                offset = -1;
            } else {
                offset++;
            }
        }
        close(chain, chains);
        return chains;
    }

    private static void close(List<int[]> chain, List<Chain> chains) {
        if (!chain.isEmpty()) {
            chains.add(new Chain(
                    chain.stream().mapToInt(link -> link[1]).toArray(),
                    chain.stream().mapToInt(link -> link[0]).toArray()));
            chain.clear();
        }
    }

    private static void link(List<int[]> chain, int offset, int condition, int word) {
        if (condition >= 0) {
            chain.add(new int[] {offset, condition});
        }
        if (word != Integer.MIN_VALUE) {
            chain.add(new int[] {offset, word});
        }
    }

    /**
     * The condition {@code token} gives by the words it accepts, numbered {@code -1 - n} (the word
     * conditions come after the tag conditions once all are known), or {@link Integer#MIN_VALUE} for
     * none: the word of a token that is not inflected, not negated, and whose string pattern accepts
     * a finite set of words ({@code StringMatcher.getPossibleValues}). Where such a word stands comes
     * from the sentence's own index of its lower-cased words ({@link AnalyzedSentence#getTokenOffsets}),
     * the index LanguageTool's own hints read, with the same lower-cased possible values.
     */
    private int wordCondition(PatternToken token, Map<String, Integer> ids) {
        String string = token.getString();
        if (string == null
                || string.isEmpty()
                || token.getNegation()
                || token.isInflected()
                || token.hasOrGroup()
                || token.isReferenceElement()) {
            return Integer.MIN_VALUE;
        }
        Set<String> values = possibleValues.computeIfAbsent(
                string.strip() + "\u0000" + token.isRegularExpression() + "\u0000" + token.isCaseSensitive(),
                key -> possibleValues(string.strip(), token));
        if (values.isEmpty() || !acceptsAll(token, values)) {
            return Integer.MIN_VALUE;
        }
        Set<String> lowerCase = new TreeSet<>();
        values.forEach(value -> lowerCase.add(value.toLowerCase()));
        return -1
                - ids.computeIfAbsent("words " + lowerCase, key -> {
                    wordValues.add(lowerCase);
                    return wordValues.size() - 1;
                });
    }

    /** LanguageTool's finite set of the words {@code pattern} accepts, empty for none. */
    private static Set<String> possibleValues(String pattern, PatternToken token) {
        try {
            Set<String> values = StringMatcher.create(pattern, token.isRegularExpression(), token.isCaseSensitive())
                    .getPossibleValues();
            return values == null ? Set.of() : values;
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    /**
     * Whether LanguageTool's own test of {@code token}'s word accepts each of {@code values}: a check
     * that the string pattern read here is the one LanguageTool matches with.
     */
    private static boolean acceptsAll(PatternToken token, Set<String> values) {
        PatternToken wordOnly = copyOf(token);
        wordOnly.setPosToken(null);
        for (String value : values) {
            AnalyzedToken reading = new AnalyzedToken(value, null, null);
            if (!matches(wordOnly, reading)) {
                return false;
            }
        }
        return true;
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
        int judged = 0;
        for (int i = 0; i < rules.length; i++) {
            judged += neededFrom[i + 1] > neededFrom[i] ? 1 : 0;
        }
        return judged;
    }

    /** {@code candidates} without the rules that cannot match {@code sentence}, in the same order. */
    List<Rule> applicable(List<Rule> candidates, AnalyzedSentence sentence) {
        if (!begin(sentence)) {
            return candidates;
        }
        List<Rule> kept = new ArrayList<>(candidates.size());
        // LanguageTool's candidates are its rules in order, less some: found by walking both lists
        // (a comparison of references each), not by a look-up that reads every rule object.
        int next = 0;
        boolean inOrder = true;
        for (Rule rule : candidates) {
            int at = -1;
            if (inOrder) {
                int scan = next;
                while (scan < rules.length && rules[scan] != rule) {
                    scan++;
                }
                if (scan < rules.length) {
                    at = scan;
                    next = scan + 1;
                } else {
                    inOrder = false;
                }
            }
            if (at < 0) {
                at = index.getOrDefault(rule, -1);
            }
            if (at < 0 || mayMatch(at)) {
                kept.add(rule);
            }
        }
        return kept;
    }

    /** Whether {@code rule} may match {@code sentence}: false only when it cannot. */
    boolean mayMatch(Rule rule, AnalyzedSentence sentence) {
        Integer at = index.get(rule);
        return at == null || !begin(sentence) || mayMatch(at);
    }

    /** Whether rule {@code at} may match the sentence {@link #begin} read. */
    private boolean mayMatch(int at) {
        for (int i = neededFrom[at]; i < neededFrom[at + 1]; i++) {
            int condition = needed[i];
            if ((present[condition >>> 6] & 1L << condition) == 0) {
                return false;
            }
        }
        if (chains[at] != null) {
            for (Chain chain : chains[at]) {
                if (!meet(chain)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Reads {@code sentence}'s tokens (without whitespace, as LanguageTool matches): for each position
     * the conditions some reading of it meets, before or after disambiguation. False when the two
     * token lists do not line up (no rule is judged then).
     */
    private boolean begin(AnalyzedSentence sentence) {
        AnalyzedTokenReadings[] tokens = sentence.getTokensWithoutWhitespace();
        AnalyzedTokenReadings[] before = sentence.getPreDisambigTokensWithoutWhitespace();
        if (before != null && before.length != tokens.length) {
            return false;
        }
        length = tokens.length;
        int size = length * words;
        if (positionBits.length < size) {
            positionBits = new long[size];
        }
        Arrays.fill(positionBits, 0, size, 0L);
        Arrays.fill(present, 0L);
        for (int position = 0; position < tokens.length; position++) {
            addTags(tokens[position], position);
            if (before != null && before[position] != tokens[position]) {
                addTags(before[position], position);
            }
        }
        for (String form : sentence.getTokenSet()) {
            long[] answer = wordAnswers.get(form);
            List<Integer> offsets = answer == null ? null : sentence.getTokenOffsets(form);
            if (offsets != null) {
                for (int position : offsets) {
                    or(answer, position);
                }
            }
        }
        for (int position = 0; position < tokens.length; position++) {
            for (int word = 0; word < words; word++) {
                present[word] |= positionBits[position * words + word];
            }
        }
        maskWords = Math.max(1, (tokens.length + 63) >>> 6);
        if (masks.length < maskStamps.length * maskWords) {
            masks = new long[maskStamps.length * maskWords];
        }
        stamp++;
        return true;
    }

    private void addTags(AnalyzedTokenReadings token, int position) {
        String last = null;
        for (AnalyzedToken reading : token) {
            String tag = reading.getPOSTag();
            if (tag != null && !tag.equals(last)) {
                or(answers.computeIfAbsent(tag, this::answer), position);
                last = tag;
            }
        }
    }

    private void or(long[] answer, int position) {
        for (int word = 0; word < words; word++) {
            positionBits[position * words + word] |= answer[word];
        }
    }

    /** Whether some position has each condition of {@code chain} at its offset from it. */
    private boolean meet(Chain chain) {
        int[] conditions = chain.conditions();
        int[] offsets = chain.offsets();
        for (int condition : conditions) {
            mask(condition);
        }
        for (int word = 0; word < maskWords; word++) {
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

    /** The positions meeting {@code condition} (a bit each), computed once per sentence. */
    private void mask(int condition) {
        if (maskStamps[condition] == stamp) {
            return;
        }
        int base = condition * maskWords;
        Arrays.fill(masks, base, base + maskWords, 0L);
        for (int position = 0; position < length; position++) {
            if ((positionBits[position * words + (condition >>> 6)] & 1L << condition) != 0) {
                // Shifts count modulo 64: the bit of the position in its word.
                masks[base + (position >>> 6)] |= 1L << position;
            }
        }
        maskStamps[condition] = stamp;
    }

    /** Word {@code word} of the positions of {@code condition}, moved back by {@code offset}. */
    private long shifted(int condition, int offset, int word) {
        int from = word + (offset >>> 6);
        int shift = offset & 63;
        int base = condition * maskWords;
        long value = from < maskWords ? masks[base + from] >>> shift : 0;
        if (shift != 0 && from + 1 < maskWords) {
            value |= masks[base + from + 1] << (64 - shift);
        }
        return value;
    }

    /** Only the tag half of {@code token}, or null when it gives no condition ({@link TagConditions} too). */
    static PatternToken probe(PatternToken token) {
        String tag = token.getPOStag();
        if (tag == null || tag.isEmpty() || token.getPOSNegation()) {
            return null;
        }
        PatternToken probe = copyOf(token);
        probe.setStringElement(null);
        probe.setNegation(false);
        AnalyzedToken untagged = new AnalyzedToken("x", null, "x");
        untagged.setNoPOSTag(true);
        if (matches(probe, untagged) || matches(probe, new AnalyzedToken("x", null, "x"))) {
            return null;
        }
        return probe;
    }

    /** A copy of {@code token} to take a half of: the rule's own token is LanguageTool's, left as it is. */
    private static PatternToken copyOf(PatternToken token) {
        try {
            return (PatternToken) token.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("PatternToken is Cloneable", e);
        }
    }

    /** LanguageTool's test of one reading, with and without a space before (the token may ask). */
    static boolean matches(PatternToken probe, AnalyzedToken reading) {
        if (probe.isMatched(reading)) {
            return true;
        }
        AnalyzedToken spaced = new AnalyzedToken(reading.getToken(), reading.getPOSTag(), reading.getLemma());
        spaced.setNoPOSTag(reading.hasNoTag());
        spaced.setWhitespaceBefore(!reading.isWhitespaceBefore());
        return probe.isMatched(spaced);
    }

    private long[] answer(String tag) {
        AnalyzedToken reading = new AnalyzedToken("x", tag, "x");
        long[] met = new long[words];
        for (int i = 0; i < probes.size(); i++) {
            if (matches(probes.get(i), reading)) {
                met[i >>> 6] |= 1L << i;
            }
        }
        return met;
    }
}
