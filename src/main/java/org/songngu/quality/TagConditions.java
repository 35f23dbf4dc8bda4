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
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

/**
 * Which disambiguation rules cannot match a sentence, found from the POS tags present anywhere in it
 * ({@link NarrowedFrenchDisambiguator}). Each required, tagged token of a rule's pattern gives the
 * rule a condition: some reading of the sentence has a tag the token's tag pattern accepts, decided
 * by LanguageTool's own {@link PatternToken} test reduced to the tag ({@link RuleConditions#probe},
 * the same reduction the grammar rules' conditions use; why it is necessary is said there).
 *
 * <p>Unlike {@link RuleConditions}, the conditions do not say where: disambiguation rules change
 * readings as they run, and the disambiguator adds, rule by rule, every tag an earlier rule may have
 * written ({@link #satisfiedBy}) to the tags the sentence started with ({@link #satisfied}), which a
 * set of tags can hold and a set of positions could not. Only rules of the class {@link
 * DisambiguationPatternRule} itself are judged (a subclass may match otherwise); the sentence's
 * readings before disambiguation count too.
 *
 * <p>Not thread-safe: one per disambiguator, used by one checking thread.
 */
final class TagConditions {

    private final Map<Rule, int[]> byRule = new IdentityHashMap<>();
    private final List<PatternToken> probes = new ArrayList<>();
    /** For each tag met, the conditions it satisfies. */
    private final Map<String, BitSet> answers = new HashMap<>();

    private TagConditions() {}

    /** The conditions of {@code rules}; the rules not judged are never skipped. */
    static TagConditions of(List<? extends Rule> rules) {
        TagConditions conditions = new TagConditions();
        Map<String, Integer> ids = new HashMap<>();
        for (Rule rule : rules) {
            if (rule.getClass() != DisambiguationPatternRule.class) {
                continue;
            }
            Set<Integer> needed = new HashSet<>();
            for (PatternToken token : ((DisambiguationPatternRule) rule).getPatternTokens()) {
                if (token.getMinOccurrence() < 1 || token.hasOrGroup() || token.isReferenceElement()) {
                    continue;
                }
                PatternToken probe = RuleConditions.probe(token);
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
            if (RuleConditions.matches(probes.get(i), reading)) {
                answer.set(i);
            }
        }
        return answer;
    }
}
