package org.songngu.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the tokenised text of the Vietnamese VTB treebank ({@code Thanh nói : " Tôi quen ? " .})
 * back into running text as a news site prints it ({@code Thanh nói: "Tôi quen?".}): no space
 * before closing punctuation, none after an opening bracket or quote; the treebank's bracket
 * tokens {@code LBKT} and {@code RBKT} become brackets. Straight double quotes alternate between
 * opening and closing across the sentences of one paragraph, since a quotation may span
 * sentences; a quote right before a punctuation mark always closes.
 */
final class VietnameseDetokeniser {

    private static final String NO_SPACE_BEFORE = ".,;:!?…%)]}”’»";
    private static final String NO_SPACE_AFTER = "([{“‘«";

    private VietnameseDetokeniser() {}

    static List<String> paragraph(List<String> sentences) {
        List<String> out = new ArrayList<>(sentences.size());
        boolean quoteOpen = false;
        for (String sentence : sentences) {
            String[] tokens = sentence.trim().split("\\s+");
            StringBuilder text = new StringBuilder();
            boolean glueNext = false;
            for (int i = 0; i < tokens.length; i++) {
                String token = switch (tokens[i]) {
                    case "LBKT" -> "(";
                    case "RBKT" -> ")";
                    default -> tokens[i];
                };
                if (token.isEmpty()) {
                    continue;
                }
                boolean glue = glueNext;
                glueNext = false;
                if (token.equals("\"")) {
                    boolean closing = quoteOpen || i + 1 < tokens.length && closesBefore(tokens[i + 1]);
                    if (closing) {
                        glue = true;
                    } else {
                        glueNext = true;
                    }
                    quoteOpen = !closing;
                } else if (closesBefore(token)) {
                    glue = true;
                } else if (token.length() == 1 && NO_SPACE_AFTER.indexOf(token.charAt(0)) >= 0) {
                    glueNext = true;
                }
                if (!glue && text.length() > 0) {
                    text.append(' ');
                }
                text.append(token);
            }
            out.add(text.toString());
        }
        return out;
    }

    private static boolean closesBefore(String token) {
        return token.equals("...")
                || token.equals("RBKT")
                || token.length() == 1 && NO_SPACE_BEFORE.indexOf(token.charAt(0)) >= 0;
    }
}
