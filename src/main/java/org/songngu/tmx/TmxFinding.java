package org.songngu.tmx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A French quality finding carried by a unit as {@code <prop type="x-finding">}, so that a memory
 * keeps what LanguageTool said about its source through an export and an import. The value is
 * {@code START-END RULE_ID CATEGORY message ⇒ suggestion|suggestion}: offsets are characters of the
 * unit's French segment, the rule and category hold no space, the last {@code " ⇒"} ends the message
 * (an empty suggestion list leaves it at the end of the value).
 */
public record TmxFinding(int start, int end, String ruleId, String category, String message, List<String> suggestions) {

    public static final String TYPE = "x-finding";
    private static final String ARROW = " \u21d2";

    public TmxFinding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("finding offsets out of order: " + start + "-" + end);
        }
        ruleId = token(ruleId);
        category = token(category);
        message = message == null ? "" : message.strip().replaceAll("\\s+", " ");
        suggestions = suggestions.stream()
                .map(String::strip)
                .filter(text -> !text.isEmpty() && !text.contains("|"))
                .toList();
    }

    /** The property that carries it. */
    public TmxProperty property() {
        String value = start + "-" + end + " " + ruleId + " " + category + " " + message + ARROW;
        return new TmxProperty(TYPE, suggestions.isEmpty() ? value : value + " " + String.join("|", suggestions));
    }

    /** The finding an {@code x-finding} value holds; empty when the value does not have that form. */
    public static Optional<TmxFinding> parse(String value) {
        String[] head = value.strip().split(" ", 4);
        int arrow = value.lastIndexOf(ARROW);
        if (head.length < 4 || arrow < 0) {
            return Optional.empty();
        }
        String[] offsets = head[0].split("-", -1);
        try {
            int start = Integer.parseInt(offsets[0]);
            int end = offsets.length == 2 ? Integer.parseInt(offsets[1]) : -1;
            String rest = value.strip();
            int messageStart = head[0].length() + head[1].length() + head[2].length() + 3;
            int arrowInRest = rest.lastIndexOf(ARROW);
            if (arrowInRest < messageStart - 1) {
                return Optional.empty();
            }
            String message = rest.substring(Math.min(messageStart, arrowInRest), arrowInRest);
            String tail = rest.substring(arrowInRest + ARROW.length()).strip();
            List<String> suggestions = new ArrayList<>(tail.isEmpty() ? List.of() : List.of(tail.split("\\|")));
            return Optional.of(new TmxFinding(start, end, head[1], head[2], message, suggestions));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String token(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a finding needs a rule id and a category");
        }
        return text.strip().replaceAll("\\s+", "_");
    }
}
