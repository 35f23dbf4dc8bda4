package org.songngu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.songngu.corpus.ArticleIngestor;
import org.songngu.corpus.CorpusScanner;
import org.songngu.corpus.IngestSettings;
import org.songngu.corpus.IngestedArticle;
import org.songngu.corpus.Language;
import org.songngu.corpus.TextNormalizer;
import org.songngu.segment.SentenceSplitter;

/**
 * Builds a benchmark corpus of N articles from the project's corpus: copies with distinct ids in
 * which every sentence carries the copy's number, so that no sentence of one copy equals a sentence
 * of another and nothing is answered from a cache. The number goes in as a reference in each
 * language ("(réf. 17)", "(số 17)", "(No. 17)") before the sentence's final punctuation. Only the
 * article text is marked: the site chrome stays as it is, so that the cleaner still learns it.
 *
 * <p>Usage: {@code CorpusMultiplier SOURCE_CORPUS TARGET_CORPUS N}
 */
public final class CorpusMultiplier {

    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("([.!?…»\"”)\\s]*)$");

    private CorpusMultiplier() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CorpusMultiplier SOURCE_CORPUS TARGET_CORPUS N");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        List<Path> articles;
        try (Stream<Path> folders = Files.list(source)) {
            articles = folders.filter(Files::isDirectory).sorted().toList();
        }
        Map<String, Map<Language, Set<String>>> body = new HashMap<>();
        for (IngestedArticle article : ArticleIngestor.ingestAll(CorpusScanner.scan(source), IngestSettings.defaults())
                .articles()) {
            Map<Language, Set<String>> kept = new EnumMap<>(Language.class);
            article.versions().forEach((language, text) -> kept.put(language, Set.copyOf(text.paragraphs())));
            body.put(article.id(), kept);
        }
        for (int k = 0; k < copies; k++) {
            Path article = articles.get(k % articles.size());
            Map<Language, Set<String>> kept =
                    body.getOrDefault(article.getFileName().toString(), Map.of());
            Path copy = target.resolve(String.format("%05d-%s", k, article.getFileName()));
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.list(article)) {
                for (Path file : files.toList()) {
                    Files.writeString(
                            copy.resolve(file.getFileName()), transform(file, k, kept), StandardCharsets.UTF_8);
                }
            }
        }
        System.out.printf("%d articles written to %s%n", copies, target);
    }

    private static String transform(Path file, int copy, Map<Language, Set<String>> kept) throws IOException {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (name.equals("meta.properties")) {
            return text.replaceFirst("(?m)^title=(.*)$", "title=$1 (" + copy + ")");
        }
        Language language = Language.fromCode(name.substring(0, 2));
        if (name.endsWith(".html")) {
            Document page = Jsoup.parse(text);
            for (Element block : page.select("article p, article h1, article figcaption")) {
                block.text(mark(block.text(), language, copy));
            }
            return page.outerHtml();
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            boolean isBody =
                    kept.getOrDefault(language, Set.of()).contains(TextNormalizer.normalize(line.strip(), language));
            lines.add(isBody ? mark(line, language, copy) : line);
        }
        return String.join("\n", lines);
    }

    /** Puts the copy's reference into every sentence of a paragraph. */
    static String mark(String paragraph, Language language, int copy) {
        String reference = switch (language) {
            case FR -> " (réf. " + copy + ")";
            case VI -> " (số " + copy + ")";
            case EN -> " (No. " + copy + ")";
        };
        List<String> marked = new ArrayList<>();
        for (String sentence : SentenceSplitter.forLanguage(language).split(paragraph)) {
            Matcher end = FINAL_PUNCTUATION.matcher(sentence);
            end.find();
            marked.add(sentence.substring(0, end.start()) + reference + end.group(1));
        }
        return String.join(" ", marked);
    }
}
