package org.songngu.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vecalign bead format, one bead a line: {@code [0]:[0]}, {@code [1, 2]:[1]}, {@code [3]:[]},
 * {@code []:[2]}, optionally followed by {@code :SCORE} (here the confidence). Blank lines and lines
 * starting with {@code #} are skipped when reading. Stateless and thread-safe.
 */
public final class VecalignFormat {

    private static final Pattern BEAD =
            Pattern.compile("^\\s*\\[([^\\]]*)\\]\\s*:\\s*\\[([^\\]]*)\\](?:\\s*:\\s*(\\S+))?");

    private VecalignFormat() {}

    /**
     * A bead as read: sentence indices of each side (as written, not necessarily contiguous) and its score, NaN if
     * none.
     */
    public record Line(List<Integer> source, List<Integer> target, double score) {

        public Line {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }
    }

    /** One line for {@code bead}, with {@code :confidence} appended when asked. */
    public static String format(Bead bead, boolean withConfidence) {
        String line = bead.source() + ":" + bead.target();
        return withConfidence ? line + String.format(Locale.ROOT, ":%.4f", bead.confidence()) : line;
    }

    /**
     * Parses the lines of a bead file.
     *
     * @throws IllegalArgumentException naming the 1-based line that is not a bead
     */
    public static List<Line> parse(List<String> lines) {
        List<Line> beads = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher matcher = BEAD.matcher(line);
            if (!matcher.find()) {
                throw new IllegalArgumentException("line " + number + " is not a bead: " + line);
            }
            double score = Double.NaN;
            if (matcher.group(3) != null) {
                try {
                    score = Double.parseDouble(matcher.group(3));
                } catch (NumberFormatException e) {
                    score = Double.NaN;
                }
            }
            beads.add(new Line(indices(matcher.group(1), number), indices(matcher.group(2), number), score));
        }
        return beads;
    }

    private static List<Integer> indices(String text, int number) {
        List<Integer> indices = new ArrayList<>();
        if (text.isBlank()) {
            return indices;
        }
        for (String token : text.split(",")) {
            String trimmed = token.strip();
            if (!trimmed.matches("\\d+")) {
                throw new IllegalArgumentException("line " + number + ": bad sentence index '" + trimmed + "'");
            }
            indices.add(Integer.parseInt(trimmed));
        }
        return indices;
    }
}
