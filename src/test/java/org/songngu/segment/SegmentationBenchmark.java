package org.songngu.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.loomchild.segment.TextIterator;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.SrxTextIterator;
import net.loomchild.segment.srx.io.Srx2SaxParser;
import org.languagetool.Languages;
import org.languagetool.tokenizers.SRXSentenceTokenizer;
import org.languagetool.tokenizers.SentenceTokenizer;
import org.songngu.corpus.Language;

/**
 * Sentence-boundary benchmark on Universal Dependencies treebanks: Songngu's splitter, ICU4J's
 * sentence BreakIterator (plain, and with its abbreviation suppressions {@code @ss=standard})
 * and LanguageTool's own SRX rules, on the same paragraphs, in one run. Prints precision, recall
 * and F1 of the boundaries inside paragraphs per treebank and per language.
 *
 * <p>Usage: {@code SegmentationBenchmark UD_DIR [test|dev] [errors=N]}; UD_DIR holds the
 * treebanks' repositories (UD_French-GSD, ...). With {@code errors=N}, prints up to N of
 * Songngu's missed and extra boundaries per treebank.
 */
public final class SegmentationBenchmark {

    /** Treebanks without paragraphs are cut into blocks of this many consecutive sentences. */
    static final int BLOCK = 10;

    record Treebank(String repository, String prefix, Language language, boolean tokenised) {}

    static final List<Treebank> TREEBANKS = List.of(
            new Treebank("UD_French-GSD", "fr_gsd-ud", Language.FR, false),
            new Treebank("UD_French-Sequoia", "fr_sequoia-ud", Language.FR, false),
            new Treebank("UD_English-EWT", "en_ewt-ud", Language.EN, false),
            new Treebank("UD_Vietnamese-VTB", "vi_vtb-ud", Language.VI, true));

    /** A language code that LanguageTool's segment.srx maps to its Generic rules. */
    private static final String GENERIC = "sv_two";

    private SegmentationBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SegmentationBenchmark UD_DIR [test|dev] [errors=N]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        String split = args.length > 1 ? args[1] : "test";
        int errors = args.length > 2 && args[2].startsWith("errors=") ? Integer.parseInt(args[2].substring(7)) : 0;

        Map<String, Map<Language, BoundaryScore>> byLanguage = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        List<String> possibleRows = new ArrayList<>();
        for (Treebank treebank : TREEBANKS) {
            Path file = root.resolve(treebank.repository()).resolve(treebank.prefix() + "-" + split + ".conllu");
            if (!Files.isRegularFile(file)) {
                System.err.println("missing " + file + ": skipped");
                continue;
            }
            UnaryOperator<List<String>> detokeniser =
                    treebank.tokenised() ? VietnameseDetokeniser::paragraph : UnaryOperator.identity();
            UdTreebank gold = UdTreebank.read(file, BLOCK, detokeniser);
            possibleRows.add(possible(treebank, split, gold));
            Map<String, Function<String, List<String>>> splitters = splitters(treebank.language());
            for (Map.Entry<String, Function<String, List<String>>> splitter : splitters.entrySet()) {
                BoundaryScore score = new BoundaryScore();
                int shown = 0;
                for (List<String> paragraph : gold.paragraphs()) {
                    String text = String.join(" ", paragraph);
                    Set<Integer> expected = BoundaryScore.boundaries(paragraph);
                    List<String> pieces = splitter.getValue().apply(text);
                    Set<Integer> found = BoundaryScore.boundaries(pieces);
                    score.add(expected, found);
                    if (errors > 0
                            && splitter.getKey().equals(System.getProperty("errors.splitter", "Songngu"))
                            && shown < errors
                            && !expected.equals(found)) {
                        shown += showErrors(text, expected, found);
                    }
                }
                byLanguage
                        .computeIfAbsent(splitter.getKey(), key -> new LinkedHashMap<>())
                        .computeIfAbsent(treebank.language(), key -> new BoundaryScore())
                        .merge(score);
                rows.add(row(
                        treebank.repository() + " " + split,
                        splitter.getKey(),
                        score,
                        gold.sentences(),
                        gold.paragraphs().size()));
            }
        }
        System.out.println("possible boundaries of Songngu's splitter against the gold (" + split + "):");
        possibleRows.forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "%-26s %-18s %9s %9s %9s %7s %6s %6s%n",
                "treebank",
                "splitter",
                "precision",
                "recall",
                "F1",
                "TP",
                "FP",
                "FN");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%-26s %-18s %9s %9s %9s %7s %6s %6s%n",
                "language (" + split + ")",
                "splitter",
                "precision",
                "recall",
                "F1",
                "TP",
                "FP",
                "FN");
        for (Language language : Language.values()) {
            for (Map.Entry<String, Map<Language, BoundaryScore>> splitter : byLanguage.entrySet()) {
                BoundaryScore score = splitter.getValue().get(language);
                if (score != null) {
                    System.out.println(row(language.code(), splitter.getKey(), score, -1, -1));
                }
            }
        }
    }

    /** How many of the splitter's possible boundaries of each kind are real (gold) boundaries. */
    private static String possible(Treebank treebank, String split, UdTreebank gold) {
        SentenceSplitter splitter = SentenceSplitter.forLanguage(treebank.language());
        int[] real = new int[Piece.Boundary.values().length];
        int[] all = new int[Piece.Boundary.values().length];
        for (List<String> paragraph : gold.paragraphs()) {
            Set<Integer> expected = BoundaryScore.boundaries(paragraph);
            int position = 0;
            for (Piece piece : splitter.splitMarked(String.join(" ", paragraph))) {
                if (position > 0 && piece.before().possible()) {
                    all[piece.before().ordinal()]++;
                    real[piece.before().ordinal()] += expected.contains(position) ? 1 : 0;
                }
                position += BoundaryScore.nonSpace(piece.text(), 0, piece.text().length());
            }
        }
        return String.format(
                Locale.ROOT,
                "  %-26s likely (rules broke): %d of %d real; unlikely (rules did not): %d of %d real",
                treebank.repository() + " " + split,
                real[1],
                all[1],
                real[2],
                all[2]);
    }

    private static String row(String name, String splitter, BoundaryScore score, int sentences, int paragraphs) {
        String row = String.format(
                Locale.ROOT,
                "%-26s %-18s %9.4f %9.4f %9.4f %7d %6d %6d",
                name,
                splitter,
                score.precision(),
                score.recall(),
                score.f1(),
                score.truePositives(),
                score.falsePositives(),
                score.falseNegatives());
        return sentences < 0
                ? row
                : row + String.format(Locale.ROOT, "   (%d sentences, %d paragraphs)", sentences, paragraphs);
    }

    static Map<String, Function<String, List<String>>> splitters(Language language) {
        Map<String, Function<String, List<String>>> splitters = new LinkedHashMap<>();
        SentenceSplitter songngu = SentenceSplitter.forLanguage(language);
        splitters.put("Songngu", songngu::split);
        splitters.put("ICU4J", icu(new ULocale(language.code())));
        splitters.put("ICU4J ss=standard", icu(new ULocale(language.code() + "@ss=standard")));
        splitters.put("LanguageTool SRX", languageTool(language));
        return splitters;
    }

    private static Function<String, List<String>> icu(ULocale locale) {
        // BreakIterator instances are not thread-safe; this benchmark runs on one thread.
        BreakIterator iterator = BreakIterator.getSentenceInstance(locale);
        return text -> {
            iterator.setText(text);
            List<String> pieces = new ArrayList<>();
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                pieces.add(text.substring(start, end));
            }
            return pieces;
        };
    }

    /**
     * LanguageTool's sentence tokenizer for French and English as LanguageTool itself applies it;
     * LanguageTool has no Vietnamese rules (its tokenizer would keep a Vietnamese paragraph whole),
     * so for Vietnamese its segment.srx is applied with its {@code Generic} rules, the ones it
     * maps Swedish, Lithuanian or Tagalog to, with its general and default rules.
     */
    private static Function<String, List<String>> languageTool(Language language) {
        if (language != Language.VI) {
            SentenceTokenizer tokenizer = new SRXSentenceTokenizer(Languages.getLanguageForShortCode(language.code()));
            return tokenizer::tokenize;
        }
        SrxDocument document;
        try (Reader reader = new InputStreamReader(
                SegmentationBenchmark.class.getResourceAsStream(SegmentationRules.LANGUAGETOOL_SRX),
                StandardCharsets.UTF_8)) {
            document = new Srx2SaxParser(Map.of(Srx2SaxParser.VALIDATE_PARAMETER, false)).parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text -> {
            List<String> pieces = new ArrayList<>();
            TextIterator iterator = new SrxTextIterator(document, GENERIC, text);
            while (iterator.hasNext()) {
                pieces.add(iterator.next());
            }
            return pieces;
        };
    }

    private static int showErrors(String text, Set<Integer> expected, Set<Integer> found) {
        int shown = 0;
        Set<Integer> missed = new TreeSet<>(expected);
        missed.removeAll(found);
        Set<Integer> extra = new TreeSet<>(found);
        extra.removeAll(expected);
        for (int boundary : missed) {
            System.out.println("  MISSED  " + around(text, boundary));
            shown++;
        }
        for (int boundary : extra) {
            System.out.println("  EXTRA   " + around(text, boundary));
            shown++;
        }
        return shown;
    }

    private static String around(String text, int nonSpaceOffset) {
        int count = 0;
        int index = 0;
        while (index < text.length() && count < nonSpaceOffset) {
            if (BoundaryScore.nonSpace(text, index, index + 1) == 1) {
                count++;
            }
            index++;
        }
        int from = Math.max(0, index - 60);
        int to = Math.min(text.length(), index + 40);
        return text.substring(from, index).replace('\n', ' ') + " ‖ "
                + text.substring(index, to).replace('\n', ' ');
    }
}
