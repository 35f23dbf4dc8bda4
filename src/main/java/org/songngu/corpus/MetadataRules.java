package org.songngu.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The hand-written half of metadata detection: per-language rules for the lines every news site
 * has (dates and times with their verbs, counters, credits, authors and agencies), read from
 * {@code metadata-common.txt} and {@code metadata-<code>.txt} next to this class. A line is
 * metadata when one rule matches it whole, or when it is cut by separators (" – ", " | ", " · ")
 * into parts that each match a rule: "Mis à jour le 12/03/2024 à 08:45 – Lecture 3 min" is a date
 * part and a counter part. Immutable and thread-safe.
 */
public final class MetadataRules {

    /** Longer lines are never metadata: a date inside a real sentence keeps the sentence. */
    public static final int MAX_CHARS = 200;

    /** Separators between the parts of a composite line; spaces around dashes, so "chính trị - xã hội" needs them. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[–—-]\\s+|\\s*[|·•]\\s*");

    private static final Pattern DEFINE = Pattern.compile("define\\s+([A-Z_]+)\\s+(.+)");
    /** {@code {NAME}}, but not the {@code {L}} of {@code \p{L}}. */
    private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z_]+)}");

    /** One rule of a rule file. */
    public record Rule(MetadataKind kind, Pattern pattern) {}

    private final Map<Language, List<Rule>> rules;

    private MetadataRules(Map<Language, List<Rule>> rules) {
        this.rules = rules;
    }

    /** The rules shipped with Songngu. */
    public static MetadataRules standard() {
        String common = RuleFile.read(MetadataRules.class, "metadata-common.txt");
        Map<Language, List<Rule>> rules = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String file = "metadata-" + language.code() + ".txt";
            rules.put(language, parse(file, common + "\n" + RuleFile.read(MetadataRules.class, file)));
        }
        return new MetadataRules(rules);
    }

    /** What {@code line} is in {@code language}, when a rule (or a rule per part) says it is metadata. */
    public Optional<MetadataKind> match(Language language, String line) {
        if (line.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Optional<MetadataKind> whole = matchPart(language, line);
        if (whole.isPresent()) {
            return whole;
        }
        String[] parts = SEPARATOR.split(line);
        if (parts.length < 2) {
            return Optional.empty();
        }
        MetadataKind first = null;
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            Optional<MetadataKind> kind = matchPart(language, part.strip());
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            if (first == null) {
                first = kind.get();
            }
        }
        return Optional.ofNullable(first);
    }

    private Optional<MetadataKind> matchPart(Language language, String part) {
        for (Rule rule : rules.get(language)) {
            if (rule.pattern().matcher(part).matches()) {
                return Optional.of(rule.kind());
            }
        }
        return Optional.empty();
    }

    /** How many rules apply to {@code language}. */
    public int size(Language language) {
        return rules.get(language).size();
    }

    /** Parses a rule file; a bad line is a packaging bug, reported with its file and line number. */
    static List<Rule> parse(String name, String content) {
        Map<String, String> macros = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        RuleFile.forEachRule(content, (number, line) -> {
            Matcher define = DEFINE.matcher(line);
            if (define.matches()) {
                macros.put(define.group(1), expand(name, number, define.group(2).strip(), macros));
                return;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2) {
                throw new IllegalStateException(name + ":" + number + ": expected KIND REGEX");
            }
            MetadataKind kind;
            try {
                kind = MetadataKind.of(parts[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        name + ":" + number + ": unknown kind '" + parts[0]
                                + "' (expected date, counter, credit, author or define)",
                        e);
            }
            rules.add(new Rule(kind, compile(name, number, expand(name, number, parts[1], macros))));
        });
        return List.copyOf(rules);
    }

    private static String expand(String name, int number, String regex, Map<String, String> macros) {
        Matcher macro = MACRO.matcher(regex);
        StringBuilder expanded = new StringBuilder();
        while (macro.find()) {
            String value = macros.get(macro.group(1));
            if (value == null) {
                throw new IllegalStateException(name + ":" + number + ": unknown macro {" + macro.group(1) + "}");
            }
            macro.appendReplacement(expanded, Matcher.quoteReplacement(value));
        }
        macro.appendTail(expanded);
        return expanded.toString();
    }

    private static Pattern compile(String name, int number, String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(name + ":" + number + ": bad regex: " + e.getDescription(), e);
        }
    }
}
