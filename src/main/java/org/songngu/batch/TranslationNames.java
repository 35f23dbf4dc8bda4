package org.songngu.batch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proper names written in an article's translations ("Nguyễn Tiến Thành", "Thai Binh"): runs of
 * capitalised words, which the French check then accepts in that article. A capitalised word that
 * opens a sentence alone is not taken, so ordinary first words stay out.
 */
public final class TranslationNames {

    private static final Pattern CAPITALISED_RUN =
            Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)*");

    private TranslationNames() {}

    public static Set<String> in(List<String> sentences) {
        Set<String> names = new LinkedHashSet<>();
        for (String sentence : sentences) {
            Matcher matcher = CAPITALISED_RUN.matcher(sentence);
            while (matcher.find()) {
                String run = matcher.group();
                boolean several = run.indexOf(' ') > 0;
                if (several || matcher.start() > 0) {
                    names.add(run);
                }
            }
        }
        return names;
    }
}
