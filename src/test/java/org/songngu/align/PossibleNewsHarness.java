package org.songngu.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.songngu.corpus.ArticleIngestor;
import org.songngu.corpus.ArticleInputException;
import org.songngu.corpus.ArticleText;
import org.songngu.corpus.CorpusScanner;
import org.songngu.corpus.IngestResult;
import org.songngu.corpus.IngestSettings;
import org.songngu.corpus.IngestedArticle;
import org.songngu.corpus.Language;
import org.songngu.glossary.Glossary;
import org.songngu.glossary.GlossaryCsvReader;
import org.songngu.segment.MarkedSentence;
import org.songngu.segment.Piece;
import org.songngu.segment.SentenceSplitter;

/**
 * Possible boundaries on news articles as the job meets them (not a test; run by
 * bench/align/possible-news.sh): each corpus folder given is ingested, segmented into pieces
 * ({@link SentenceSplitter#segmentMarked}) and aligned fr→vi and fr→en with the glossary, as the
 * align step does (without a stored corpus model). Prints, per folder, pair and side, the possible
 * boundaries (likely: the rules broke there; unlikely: they did not), how many the aligner took
 * and left; where the folder has a {@code truth.tsv} (article, language, start of the piece after
 * the boundary, real|none), how many of its decisions were right, beside the rules' own (take the
 * likely, leave the unlikely). {@code -Dshow} prints each decision.
 */
public final class PossibleNewsHarness {

    private PossibleNewsHarness() {}

    record Truth(String article, String language, String start, boolean real) {}

    /** Counts of one folder, pair and side. */
    static final class Tally {
        int likely;
        int unlikely;
        int taken;
        int judged;
        int alignerRight;
        int rulesRight;

        void add(Tally other) {
            likely += other.likely;
            unlikely += other.unlikely;
            taken += other.taken;
            judged += other.judged;
            alignerRight += other.alignerRight;
            rulesRight += other.rulesRight;
        }
    }

    public static void main(String[] args) throws IOException {
        Glossary glossary = new GlossaryCsvReader().read(Path.of("glossary"));
        boolean show = System.getProperty("show") != null;
        System.out.printf(
                Locale.ROOT,
                "%-28s %-6s %-5s %8s %6s %8s %6s %6s %14s %14s%n",
                "folder",
                "pair",
                "side",
                "possible",
                "likely",
                "unlikely",
                "taken",
                "left",
                "aligner right",
                "rules right");
        for (String arg : args) {
            Path folder = Path.of(arg);
            List<Truth> truths = truths(folder.resolve("truth.tsv"));
            Set<Truth> used = new HashSet<>();
            IngestResult ingested = ArticleIngestor.ingestAll(CorpusScanner.scan(folder), IngestSettings.defaults());
            for (ArticleInputException failure : ingested.failures()) {
                System.out.println("  not read: " + failure.getMessage());
            }
            Map<String, Tally> tallies = new TreeMap<>();
            for (IngestedArticle article : ingested.articles()) {
                List<MarkedSentence> french = pieces(article, Language.FR);
                for (Language target : List.of(Language.VI, Language.EN)) {
                    List<MarkedSentence> translation = pieces(article, target);
                    if (translation.isEmpty()) {
                        continue;
                    }
                    DocumentPair document = new DocumentPair(
                            article.id(), texts(french), texts(translation), possible(french), possible(translation));
                    Aligner aligner = new Aligner(AlignerSettings.defaults(), glossary.pairs("fr", target.code()));
                    Alignment alignment = aligner.align(document, null);
                    Set<Integer> sourceStarts = new HashSet<>();
                    Set<Integer> targetStarts = new HashSet<>();
                    for (Bead bead : alignment.beads()) {
                        if (!bead.source().isEmpty()) {
                            sourceStarts.add(bead.source().get(0));
                        }
                        if (!bead.target().isEmpty()) {
                            targetStarts.add(bead.target().get(0));
                        }
                    }
                    String pair = "fr-" + target.code();
                    tally(
                            tallies.computeIfAbsent(pair + " fr", key -> new Tally()),
                            article.id(),
                            "fr",
                            french,
                            sourceStarts,
                            truths,
                            used,
                            show,
                            pair);
                    tally(
                            tallies.computeIfAbsent(pair + " " + target.code(), key -> new Tally()),
                            article.id(),
                            target.code(),
                            translation,
                            targetStarts,
                            truths,
                            used,
                            show,
                            pair);
                }
            }
            Tally all = new Tally();
            tallies.forEach((key, tally) -> {
                all.add(tally);
                print(folder.getFileName().toString(), key.split(" ")[0], key.split(" ")[1], tally);
            });
            print(folder.getFileName().toString(), "all", "all", all);
            truths.stream()
                    .filter(truth -> !used.contains(truth))
                    .forEach(truth -> System.out.println("  truth line matched no possible boundary: " + truth));
        }
    }

    private static void print(String folder, String pair, String side, Tally tally) {
        int possible = tally.likely + tally.unlikely;
        System.out.printf(
                Locale.ROOT,
                "%-28s %-6s %-5s %8d %6d %8d %6d %6d %14s %14s%n",
                folder,
                pair,
                side,
                possible,
                tally.likely,
                tally.unlikely,
                tally.taken,
                possible - tally.taken,
                tally.judged == 0 ? "-" : tally.alignerRight + "/" + tally.judged,
                tally.judged == 0 ? "-" : tally.rulesRight + "/" + tally.judged);
    }

    private static void tally(
            Tally tally,
            String article,
            String language,
            List<MarkedSentence> pieces,
            Set<Integer> starts,
            List<Truth> truths,
            Set<Truth> used,
            boolean show,
            String pair) {
        for (int i = 1; i < pieces.size(); i++) {
            MarkedSentence piece = pieces.get(i);
            if (!piece.before().possible()) {
                continue;
            }
            boolean likely = piece.before() == Piece.Boundary.LIKELY;
            boolean taken = starts.contains(i);
            if (likely) {
                tally.likely++;
            } else {
                tally.unlikely++;
            }
            if (taken) {
                tally.taken++;
            }
            String verdict = "";
            for (Truth truth : truths) {
                if (truth.article().equals(article)
                        && truth.language().equals(language)
                        && piece.text().startsWith(truth.start())) {
                    used.add(truth);
                    tally.judged++;
                    tally.alignerRight += taken == truth.real() ? 1 : 0;
                    tally.rulesRight += likely == truth.real() ? 1 : 0;
                    verdict = truth.real() ? " (real)" : " (none)";
                    break;
                }
            }
            if (show) {
                System.out.printf(
                        Locale.ROOT,
                        "  %s %s %s %s: %s | %s%s%n",
                        article,
                        pair,
                        language,
                        taken ? "taken" : "left",
                        pieces.get(i - 1).text(),
                        piece.text(),
                        verdict);
            }
        }
    }

    private static List<MarkedSentence> pieces(IngestedArticle article, Language language) {
        ArticleText text = article.versions().get(language);
        return text == null ? List.of() : SentenceSplitter.forLanguage(language).segmentMarked(text.paragraphs());
    }

    private static List<String> texts(List<MarkedSentence> pieces) {
        return pieces.stream().map(MarkedSentence::text).toList();
    }

    private static Map<Integer, Double> possible(List<MarkedSentence> pieces) {
        Map<Integer, Double> possible = new TreeMap<>();
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).possiblePrior() != null) {
                possible.put(i, pieces.get(i).possiblePrior());
            }
        }
        return possible;
    }

    private static List<Truth> truths(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Truth> truths = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            truths.add(new Truth(fields[0], fields[1], fields[2], fields[3].equals("real")));
        }
        return truths;
    }
}
