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
import org.languagetool.rules.patterns.PatternRule;
import org.languagetool.rules.patterns.PatternToken;

/**
 * Which pattern rules cannot match a sentence, found from what the sentence's tokens are, before
 * LanguageTool tries them. LanguageTool's own pre-filter (the rule's hint words, looked up in the
 * sentence) knows only fixed words and lemmas; most French rules start from parts of speech ("a
 * determiner, then a feminine noun") or from regular expressions, and LanguageTool tries them
 * token by token on every sentence.
 *
 * <p>Every token of a pattern that must occur (at least once, not negated, not an alternative of
 * an OR group, not a reference to another token) gives the rule necessary conditions: some reading
 * of some token of the sentence has a POS tag the token's tag pattern accepts, and some reading's
 * word (or lemma, for an inflected token) is accepted by the token's string pattern. Each is
 * tested with a copy of LanguageTool's own {@link PatternToken} that keeps only that half ({@link
 * PatternToken#isMatched}, the test LanguageTool's matcher applies to each reading), so the
 * decision is LanguageTool's, not a re-implementation of it. What a token also asks (exceptions,
 * chunks, unification, skipping, the and-group) only narrows what matches, so leaving it out keeps
 * the condition necessary. A rule is skipped only when one of its conditions fails: it could not
 * have matched, so no finding changes.
 *
 * <p>Tag conditions are answered per distinct tag (French has a few hundred, each tested once
 * against every tag pattern, then remembered); string conditions per distinct word, lazily, only
 * for the rules a sentence's tags let through. Only rules of the class {@link PatternRule} itself
 * are judged (a subclass may match otherwise); the sentence's tokens before disambiguation count
 * too, for rules that read those.
 *
 * <p>Not thread-safe: one per {@code JLanguageTool}, like the tool itself.
 */
final class RuleConditions {

    /** Words whose answers are remembered at most; past it the memory starts again. */
    static final int REMEMBERED_WORDS = 50_000;

    private static final int[] NONE = new int[0];

    /** The tag conditions and the string conditions of one rule, indices into the probes. */
    private record Conditions(int[] tags, int[] words) {}

    private final Map<Rule, Conditions> byRule = new IdentityHashMap<>();
    private final List<PatternToken> tagProbes = new ArrayList<>();
    private final List<PatternToken> wordProbes = new ArrayList<>();
    /** Whether each word probe reads the lemma (inflected) rather than the word. */
    private final BitSet lemmaProbes = new BitSet();

    /** For each tag met, the tag conditions it satisfies. */
    private final Map<String, BitSet> tagAnswers = new HashMap<>();
    /** For each word or lemma met, the string conditions asked so far and those it satisfies. */
    private final Map<String, WordAnswers> wordAnswers = new HashMap<>();

    private RuleConditions() {}

    /** The conditions of {@code rules}; the rules not judged are never skipped. */
    static RuleConditions of(List<? extends Rule> rules) {
        RuleConditions conditions = new RuleConditions();
        Map<String, Integer> tagIds = new HashMap<>();
        Map<String, Integer> wordIds = new HashMap<>();
        for (Rule rule : rules) {
            if (rule.getClass() != PatternRule.class) {
                continue;
            }
            Set<Integer> tags = new HashSet<>();
            Set<Integer> words = new HashSet<>();
            for (PatternToken token : ((PatternRule) rule).getPatternTokens()) {
                if (token.getMinOccurrence() < 1 || token.hasOrGroup() || token.isReferenceElement()) {
                    continue;
                }
                PatternToken tagProbe = tagProbe(token);
                if (tagProbe != null) {
                    String key = token.isPOStagRegularExpression() + " " + token.getPOStag();
                    tags.add(tagIds.computeIfAbsent(key, k -> conditions.add(conditions.tagProbes, tagProbe)));
                }
                PatternToken wordProbe = wordProbe(token);
                if (wordProbe != null) {
                    String key = token.isInflected() + " " + token.isRegularExpression() + " " + token.isCaseSensitive()
                            + " " + token.getString();
                    words.add(wordIds.computeIfAbsent(key, k -> {
                        if (token.isInflected()) {
                            conditions.lemmaProbes.set(conditions.wordProbes.size());
                        }
                        return conditions.add(conditions.wordProbes, wordProbe);
                    }));
                }
            }
            if (!tags.isEmpty() || !words.isEmpty()) {
                conditions.byRule.put(rule, new Conditions(sorted(tags), sorted(words)));
            }
        }
        return conditions;
    }

    /** How many rules have conditions (the others always run). */
    int judgedRules() {
        return byRule.size();
    }

    /** {@code candidates} without the rules that cannot match {@code sentence}, in the same order. */
    List<Rule> applicable(List<Rule> candidates, AnalyzedSentence sentence) {
        Summary summary = summarize(sentence);
        List<Rule> kept = new ArrayList<>(candidates.size());
        for (Rule rule : candidates) {
            if (mayMatch(rule, summary)) {
                kept.add(rule);
            }
        }
        return kept;
    }

    /** Whether {@code rule} may match {@code sentence}: false only when it cannot. */
    boolean mayMatch(Rule rule, AnalyzedSentence sentence) {
        return mayMatch(rule, summarize(sentence));
    }

    /**
     * Only the tag half of {@code token}, or null when it gives no condition: no tag, a negated
     * tag, or a tag pattern that also accepts untagged tokens (LanguageTool's {@code UNKNOWN}).
     */
    private static PatternToken tagProbe(PatternToken token) {
        String tag = token.getPOStag();
        if (tag == null || tag.isEmpty() || token.getPOSNegation()) {
            return null;
        }
        PatternToken probe = copy(token);
        probe.setStringElement(null);
        probe.setNegation(false);
        AnalyzedToken untagged = new AnalyzedToken("x", null, "x");
        untagged.setNoPOSTag(true);
        if (matches(probe, untagged) || matches(probe, new AnalyzedToken("x", null, "x"))) {
            return null;
        }
        return probe;
    }

    /** Only the string half of {@code token}, or null when it gives no condition (none, negated). */
    private static PatternToken wordProbe(PatternToken token) {
        String string = token.getString();
        if (string == null || string.isEmpty() || token.getNegation()) {
            return null;
        }
        PatternToken probe = copy(token);
        probe.setPosToken(null);
        return probe;
    }

    private static PatternToken copy(PatternToken token) {
        try {
            return (PatternToken) token.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("PatternToken is Cloneable", e);
        }
    }

    /** LanguageTool's test of one reading, with and without a space before (the probe may ask). */
    private static boolean matches(PatternToken probe, AnalyzedToken reading) {
        return probe.isMatched(reading) || probe.isMatched(spaced(reading));
    }

    private static boolean matches(PatternToken probe, AnalyzedToken reading, AnalyzedToken spaced) {
        return probe.isMatched(reading) || probe.isMatched(spaced);
    }

    /** The same reading with the space before it the other way round. */
    private static AnalyzedToken spaced(AnalyzedToken reading) {
        AnalyzedToken spaced = new AnalyzedToken(reading.getToken(), reading.getPOSTag(), reading.getLemma());
        spaced.setNoPOSTag(reading.hasNoTag());
        spaced.setWhitespaceBefore(!reading.isWhitespaceBefore());
        return spaced;
    }

    private int add(List<PatternToken> probes, PatternToken probe) {
        probes.add(probe);
        return probes.size() - 1;
    }

    private static int[] sorted(Set<Integer> ids) {
        return ids.isEmpty()
                ? NONE
                : ids.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** What the conditions read of one sentence, and the string conditions answered for it. */
    private static final class Summary {
        final BitSet tags = new BitSet();
        final List<WordAnswers> words = new ArrayList<>();
        final List<WordAnswers> lemmas = new ArrayList<>();
        final BitSet asked = new BitSet();
        final BitSet satisfied = new BitSet();
    }

    private Summary summarize(AnalyzedSentence sentence) {
        Summary summary = new Summary();
        Set<String> tags = new HashSet<>();
        Set<String> words = new HashSet<>();
        Set<String> lemmas = new HashSet<>();
        for (AnalyzedTokenReadings[] tokens : List.of(sentence.getTokens(), sentence.getPreDisambigTokens())) {
            for (AnalyzedTokenReadings token : tokens) {
                for (AnalyzedToken reading : token) {
                    if (reading.getPOSTag() != null) {
                        tags.add(reading.getPOSTag());
                    }
                    words.add(reading.getToken());
                    // What an inflected pattern token reads: the lemma, or the word when there is none.
                    lemmas.add(reading.getLemma() != null ? reading.getLemma() : reading.getToken());
                }
            }
        }
        for (String tag : tags) {
            summary.tags.or(tagAnswers.computeIfAbsent(tag, this::tagAnswer));
        }
        if (wordAnswers.size() + words.size() + lemmas.size() > REMEMBERED_WORDS) {
            wordAnswers.clear();
        }
        words.forEach(word -> summary.words.add(wordAnswers.computeIfAbsent(word, WordAnswers::new)));
        lemmas.forEach(lemma -> summary.lemmas.add(wordAnswers.computeIfAbsent(lemma, WordAnswers::new)));
        return summary;
    }

    private BitSet tagAnswer(String tag) {
        BitSet answer = new BitSet(tagProbes.size());
        AnalyzedToken reading = new AnalyzedToken("x", tag, "x");
        AnalyzedToken spaced = spaced(reading);
        for (int i = 0; i < tagProbes.size(); i++) {
            if (matches(tagProbes.get(i), reading, spaced)) {
                answer.set(i);
            }
        }
        return answer;
    }

    private boolean mayMatch(Rule rule, Summary summary) {
        Conditions conditions = byRule.get(rule);
        if (conditions == null) {
            return true;
        }
        for (int tag : conditions.tags) {
            if (!summary.tags.get(tag)) {
                return false;
            }
        }
        for (int word : conditions.words) {
            if (!satisfied(word, summary)) {
                return false;
            }
        }
        return true;
    }

    private boolean satisfied(int condition, Summary summary) {
        if (summary.asked.get(condition)) {
            return summary.satisfied.get(condition);
        }
        boolean found = false;
        for (WordAnswers word : lemmaProbes.get(condition) ? summary.lemmas : summary.words) {
            if (word.answer(condition, wordProbes.get(condition))) {
                found = true;
                break;
            }
        }
        summary.asked.set(condition);
        summary.satisfied.set(condition, found);
        return found;
    }

    /** What the string conditions asked so far answered for one word (or lemma). */
    private static final class WordAnswers {
        final AnalyzedToken reading;
        final AnalyzedToken spaced;
        final BitSet asked = new BitSet();
        final BitSet satisfied = new BitSet();

        WordAnswers(String word) {
            reading = new AnalyzedToken(word, null, word);
            spaced = spaced(reading);
        }

        boolean answer(int condition, PatternToken probe) {
            if (!asked.get(condition)) {
                asked.set(condition);
                satisfied.set(condition, matches(probe, reading, spaced));
            }
            return satisfied.get(condition);
        }
    }
}
