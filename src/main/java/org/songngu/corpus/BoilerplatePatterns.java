package org.songngu.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The hand-written half of boilerplate removal: per-language rules for chrome a single page shows
 * (site title, date line, comment counter, "Source" line, "Même sujet" marker), read from the
 * resource files {@code boilerplate-common.txt} and {@code boilerplate-<code>.txt} next to this
 * class. Each rule is a kind and a regular expression that must match the whole normalised
 * paragraph, case-insensitively. Immutable and thread-safe.
 */
public final class BoilerplatePatterns {

    /** What a matching paragraph means. */
    public enum Kind {
        /** The paragraph is chrome. */
        DROP,
        /** The end-of-article chrome starts here: this paragraph and all after it go. */
        TAIL,
        /** Like {@link #TAIL}, and a short byline line right before it goes too. */
        TAIL_BYLINE
    }

    /** One rule of a pattern file. */
    public record Rule(Kind kind, Pattern pattern) {}

    private final Map<Language, List<Rule>> rules;

    private BoilerplatePatterns(Map<Language, List<Rule>> rules) {
        this.rules = rules;
    }

    /** The rules shipped with Songngu. */
    public static BoilerplatePatterns standard() {
        List<Rule> common = load("boilerplate-common.txt");
        Map<Language, List<Rule>> rules = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<Rule> all = new ArrayList<>(common);
            all.addAll(load("boilerplate-" + language.code() + ".txt"));
            rules.put(language, List.copyOf(all));
        }
        return new BoilerplatePatterns(rules);
    }

    /** The first rule matching {@code paragraph} in {@code language}, if any. */
    public Optional<Rule> match(Language language, String paragraph) {
        for (Rule rule : rules.get(language)) {
            if (rule.pattern().matcher(paragraph).matches()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private static List<Rule> load(String resource) {
        return parse(resource, RuleFile.read(BoilerplatePatterns.class, resource));
    }

    /** Parses a pattern file; a bad line is a packaging bug, reported with its line number. */
    static List<Rule> parse(String name, String content) {
        List<Rule> rules = new ArrayList<>();
        RuleFile.forEachRule(content, (number, line) -> {
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2) {
                throw new IllegalStateException(name + ":" + number + ": expected KIND REGEX");
            }
            rules.add(new Rule(kind(name, number, parts[0]), compile(name, number, parts[1])));
        });
        return List.copyOf(rules);
    }

    private static Kind kind(String name, int number, String word) {
        return switch (word) {
            case "drop" -> Kind.DROP;
            case "tail" -> Kind.TAIL;
            case "tail-byline" -> Kind.TAIL_BYLINE;
            default ->
                throw new IllegalStateException(
                        name + ":" + number + ": unknown kind '" + word + "' (expected drop, tail or tail-byline)");
        };
    }

    private static Pattern compile(String name, int number, String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(name + ":" + number + ": bad regex: " + e.getDescription(), e);
        }
    }
}
