package org.songngu.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a short line once what changes from article to article is masked: dates become
 * {@code <date>}, times {@code <time>}, month names {@code <month>}, numbers {@code #}, runs of
 * capitalised words (names, agencies) {@code N}; the rest is lower-cased.
 * "Mis à jour le 12/03/2024 à 08:45 – Lecture 3 min" and "Mis à jour le 02/04/2024 à 17:10 –
 * Lecture 5 min" have one shape, {@code mis à jour le <date> à <time> – N # min}. The first word of
 * the line keeps its word unless a capitalised word follows it ("Minh Châu" is a name, "Mis à" is
 * not). Stateless.
 */
public final class LineShape {

    /** Only lines this short are shapes worth learning: metadata lines are short. */
    public static final int MAX_CHARS = 160;

    public static final int MAX_WORDS = 12;
    /** A line ending like a sentence, with this many words or more, is a sentence: never a template. */
    public static final int SENTENCE_WORDS = 6;

    private static final char DATE = '\uE000';
    private static final char TIME = '\uE001';
    private static final char NUMBER = '\uE002';
    private static final char MONTH = '\uE003';

    private static final Pattern DATES =
            Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b|\\d{4}-\\d{1,2}-\\d{1,2}(?:T[\\d:.+Z-]*)?");
    private static final Pattern TIMES = Pattern.compile("\\b\\d{1,2}\\s?[:h]\\s?\\d{2}(?::\\d{2})?\\b");
    private static final Pattern NUMBERS = Pattern.compile("\\d+(?:[ .,\\u00A0\\u202F]\\d+)*");
    private static final Pattern MONTHS = Pattern.compile("(?iu)\\b(?:janvier|février|mars|avril|mai|juin|juillet|"
            + "août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|"
            + "september|october|november|december)\\b");
    private static final Pattern TOKENS = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\d'’-]*|[\\uE000-\\uE003]|\\S");

    private LineShape() {}

    /** The shape of {@code line}. */
    public static String of(String line) {
        String masked = DATES.matcher(line).replaceAll(String.valueOf(DATE));
        masked = TIMES.matcher(masked).replaceAll(String.valueOf(TIME));
        masked = MONTHS.matcher(masked).replaceAll(String.valueOf(MONTH));
        masked = NUMBERS.matcher(masked).replaceAll(String.valueOf(NUMBER));
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(masked);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        List<String> shape = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String masks = switch (token.charAt(0)) {
                case DATE -> "<date>";
                case TIME -> "<time>";
                case NUMBER -> "#";
                case MONTH -> "<month>";
                default -> null;
            };
            if (masks != null) {
                shape.add(masks);
            } else if (isCapitalised(token) && (i > 0 || i + 1 < tokens.size() && isCapitalised(tokens.get(i + 1)))) {
                if (shape.isEmpty() || !shape.get(shape.size() - 1).equals("N")) {
                    shape.add("N");
                }
            } else {
                shape.add(token.toLowerCase(Locale.ROOT));
            }
        }
        return String.join(" ", shape);
    }

    /**
     * Whether a line of this shape could be learned as a site's metadata template: short, with
     * something masked (a date, time, number or name), and with some fixed word or a date, time or
     * number besides names: a shape of names alone ("N", "N : N") is what title-cased headlines
     * look like, not metadata; and not a sentence (six words or more and a final full stop): two
     * sentences that differ only in their numbers are still content.
     */
    public static boolean learnable(String line, String shape) {
        if (line.length() > MAX_CHARS) {
            return false;
        }
        String[] tokens = shape.split(" ");
        int words = 0;
        boolean masked = false;
        boolean fixed = false;
        for (String token : tokens) {
            boolean slot =
                    token.equals("<date>") || token.equals("<time>") || token.equals("#") || token.equals("<month>");
            boolean word = Character.isLetter(token.codePointAt(0)) && !token.equals("N");
            if (slot || word || token.equals("N")) {
                words++;
            }
            masked |= slot || token.equals("N");
            fixed |= slot || word;
        }
        boolean sentence = words >= SENTENCE_WORDS
                && line.strip().matches("(?s).*[.!?…»\"”)]$")
                && !line.strip().matches("(?s).*\\b\\p{Lu}{1,5}\\.$");
        return masked && fixed && words <= MAX_WORDS && !sentence;
    }

    /** Whether the shape holds a date or a time. */
    static boolean dated(String shape) {
        return shape.contains("<date>") || shape.contains("<time>");
    }

    private static boolean isCapitalised(String token) {
        return Character.isUpperCase(token.codePointAt(0));
    }
}
