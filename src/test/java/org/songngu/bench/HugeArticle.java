package org.songngu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.songngu.corpus.ArticleIngestor;
import org.songngu.corpus.CorpusScanner;
import org.songngu.corpus.IngestSettings;
import org.songngu.corpus.IngestedArticle;
import org.songngu.corpus.Language;
import org.songngu.segment.SentenceSplitter;

/**
 * Builds a corpus of one article of N short paragraphs (issue 15: a scrape of 100,000 paragraphs)
 * from the sentences of the project's corpus: paragraph k of each language is the start (about 20
 * characters) of the (k mod n)-th sentence of that language, marked with k so that no two
 * paragraphs are equal: about 3.5 MB a language for 100,000 paragraphs, like the 9 MB scrape.
 *
 * <p>Usage: {@code HugeArticle SOURCE_CORPUS TARGET_CORPUS PARAGRAPHS}
 */
public final class HugeArticle {

    private HugeArticle() {}

    /** The first words of a sentence, up to about 20 characters, and a full stop: a short paragraph. */
    static String shortened(String sentence) {
        int end = sentence.indexOf(' ', Math.min(sentence.length(), 20));
        String start = end < 0 ? sentence : sentence.substring(0, end);
        return start.replaceAll("[\\p{Punct}«»“”…\\s]+$", "") + ".";
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: HugeArticle SOURCE_CORPUS TARGET_CORPUS PARAGRAPHS");
            System.exit(2);
        }
        int paragraphs = Integer.parseInt(args[2]);
        Map<Language, List<String>> sentences = new EnumMap<>(Language.class);
        for (IngestedArticle article : ArticleIngestor.ingestAll(
                        CorpusScanner.scan(Path.of(args[0])), IngestSettings.defaults())
                .articles()) {
            article.versions()
                    .forEach((language, text) -> text.paragraphs()
                            .forEach(paragraph -> sentences
                                    .computeIfAbsent(language, k -> new ArrayList<>())
                                    .addAll(SentenceSplitter.forLanguage(language)
                                            .split(paragraph))));
        }
        Path folder = Path.of(args[1]).resolve("huge-article");
        Files.createDirectories(folder);
        Files.writeString(
                folder.resolve("meta.properties"),
                "title=Un article de " + paragraphs + " paragraphes\n",
                StandardCharsets.UTF_8);
        for (Language language : Language.values()) {
            List<String> pool = sentences.get(language);
            try (BufferedWriter out =
                    Files.newBufferedWriter(folder.resolve(language.code() + ".txt"), StandardCharsets.UTF_8)) {
                for (int k = 0; k < paragraphs; k++) {
                    out.write(CorpusMultiplier.mark(shortened(pool.get(k % pool.size())), language, k));
                    out.write("\n\n");
                }
            }
        }
        System.out.printf("one article of %d paragraphs written to %s%n", paragraphs, folder);
    }
}
