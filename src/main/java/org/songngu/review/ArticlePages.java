package org.songngu.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.songngu.corpus.Language;
import org.songngu.corpus.LanguagePair;
import org.songngu.glossary.Term;
import org.songngu.glossary.TermCoverage;
import org.songngu.glossary.TermMatch;
import org.songngu.store.Bead;
import org.songngu.store.BeadStore;
import org.springframework.stereotype.Service;

/** Builds what the pages and the API show: filtered article lists, search hits, the article view. */
@Service
public class ArticlePages {

    private static final int MAP_SIZE = 220;

    private final ReviewQueries queries;
    private final BeadStore store;
    private final TermCheck terms;
    private final ReviewProperties properties;

    ArticlePages(ReviewQueries queries, BeadStore store, TermCheck terms, ReviewProperties properties) {
        this.queries = queries;
        this.store = store;
        this.terms = terms;
        this.properties = properties;
    }

    /** A page of the articles that pass {@code filter}, from their stored summaries. */
    public Page<ArticleSummary> articles(ArticleFilter filter, PageRequest page) {
        return queries.articles(filter, page);
    }

    public ArticleSummary article(String id) {
        return queries.article(id).orElseThrow(() -> new NotFoundException("There is no article " + id + "."));
    }

    /**
     * A page of the sentences that hold the query at a word start, accents, case and punctuation
     * aside ("Thai Binh" finds "Thái Bình"), each with what it is aligned with (a concordance).
     */
    public Page<SearchHit> search(String query, PageRequest page) {
        Page<SearchHit> hits = queries.search(query, page);
        Map<String, List<Bead>> beads = new HashMap<>();
        for (SearchHit hit : hits.items()) {
            beads.computeIfAbsent(hit.articleId(), id -> {
                List<Bead> both = new ArrayList<>();
                for (LanguagePair pair : LanguagePair.values()) {
                    both.addAll(store.beads(id, pair));
                }
                return both;
            });
        }
        return hits.map(hit -> hit.withAligned(
                Concordance.aligned(Language.fromCode(hit.language()), hit.sentence(), beads.get(hit.articleId()))));
    }

    /** A page of a pair's beads in order. */
    public Page<Bead> beads(String articleId, LanguagePair pair, PageRequest page) {
        article(articleId);
        return store.beads(articleId, pair, page);
    }

    public ArticleView view(String articleId) {
        ArticleSummary article = article(articleId);
        List<String> french = store.sentences(articleId, Language.FR);
        Map<LanguagePair, List<Bead>> pairs = new EnumMap<>(LanguagePair.class);
        Map<LanguagePair, Integer> targetCounts = new EnumMap<>(LanguagePair.class);
        Map<LanguagePair, List<String>> targets = new EnumMap<>(LanguagePair.class);
        for (LanguagePair pair : LanguagePair.values()) {
            List<Bead> beads = store.beads(articleId, pair);
            if (!beads.isEmpty()) {
                pairs.put(pair, beads);
                targets.put(pair, store.sentences(articleId, pair.target()));
                targetCounts.put(pair, targets.get(pair).size());
            }
        }
        Map<Integer, List<Finding>> findings = new HashMap<>();
        queries.findings(articleId)
                .forEach(finding -> findings.computeIfAbsent(finding.sentence(), index -> new ArrayList<>())
                        .add(finding));
        Map<Integer, Double> scores = queries.frenchScores(articleId);

        List<ArticleView.Row> rows = new ArrayList<>();
        for (AlignmentTable.Block block : AlignmentTable.blocks(french.size(), pairs)) {
            List<ArticleView.Sentence> sentences = new ArrayList<>();
            for (int i = block.srcStart(); i < block.srcEnd(); i++) {
                sentences.add(frenchSentence(
                        i, french.get(i), findings.getOrDefault(i, List.of()), scores.get(i), block, pairs));
            }
            rows.add(new ArticleView.Row(
                    rows.size() + 1,
                    block.srcStart(),
                    block.srcEnd(),
                    sentences,
                    cells(block.of(LanguagePair.FR_VI), french, targets.get(LanguagePair.FR_VI), findings),
                    cells(block.of(LanguagePair.FR_EN), french, targets.get(LanguagePair.FR_EN), findings)));
        }
        List<ArticleView.MapView> maps = pairs.entrySet().stream()
                .map(entry -> map(entry.getKey(), entry.getValue(), french.size(), targetCounts.get(entry.getKey())))
                .toList();
        return new ArticleView(article, List.copyOf(pairs.keySet()), rows, maps);
    }

    private ArticleView.Sentence frenchSentence(
            int index,
            String text,
            List<Finding> findings,
            Double score,
            AlignmentTable.Block block,
            Map<LanguagePair, List<Bead>> pairs) {
        List<Markup.Span> spans = new ArrayList<>();
        for (Finding finding : findings) {
            String suggestions =
                    finding.suggestions() == null || finding.suggestions().isBlank()
                            ? ""
                            : "\nSuggestions: " + finding.suggestions().replace("|", ", ");
            spans.add(new Markup.Span(
                    finding.start(),
                    finding.end(),
                    "finding",
                    finding.message() + suggestions + " [" + finding.ruleId() + "]"));
        }
        // One rule for the flag and for the bead's "glossary" line: TermCoverage.missing on the bead.
        Map<LanguagePair, Set<Term>> missingByPair = new EnumMap<>(LanguagePair.class);
        Map<LanguagePair, Bead> coveringByPair = new EnumMap<>(LanguagePair.class);
        for (LanguagePair pair : pairs.keySet()) {
            Bead covering = covering(block.of(pair), index);
            if (covering != null) {
                coveringByPair.put(pair, covering);
                missingByPair.put(
                        pair,
                        terms.missing(covering.srcText(), pair.target(), covering.tgtText()).stream()
                                .map(TermCoverage.Missing::term)
                                .collect(Collectors.toSet()));
            }
        }
        for (TermMatch match : terms.find(Language.FR, text)) {
            spans.add(new Markup.Span(match.start(), match.end(), "term", glossaryTitle(match)));
            for (LanguagePair pair : coveringByPair.keySet()) {
                Bead covering = coveringByPair.get(pair);
                Language target = pair.target();
                if (missingByPair.get(pair).contains(match.term())) {
                    spans.add(new Markup.Span(
                            match.start(),
                            match.end(),
                            "term-missing term-missing-" + target.code(),
                            "Missing from the " + target.englishName() + " of bead " + covering.label() + ": "
                                    + String.join(" | ", match.term().in(target))));
                }
            }
        }
        return new ArticleView.Sentence(index, Markup.pieces(text, spans), findings.size(), score);
    }

    private List<ArticleView.Cell> cells(
            List<Bead> beads, List<String> french, List<String> targetSentences, Map<Integer, List<Finding>> findings) {
        List<ArticleView.Cell> cells = new ArrayList<>();
        for (Bead bead : beads) {
            Language target = bead.pair().target();
            List<TermMatch> inside = terms.findAll(target, bead.tgtText());
            List<Piece> targetPieces = Markup.pieces(
                    bead.tgtText(),
                    terms.find(target, bead.tgtText()).stream()
                            .map(match -> new Markup.Span(
                                    match.start(),
                                    match.end(),
                                    "term",
                                    glossaryTitle(match) + alsoFor(match, target) + holds(match, inside)))
                            .toList());
            List<Piece> editedSource = !bead.srcEdited()
                    ? List.of()
                    : Markup.pieces(
                            bead.srcText(),
                            terms.find(Language.FR, bead.srcText()).stream()
                                    .map(match ->
                                            new Markup.Span(match.start(), match.end(), "term", glossaryTitle(match)))
                                    .toList());
            List<String> missing = terms.missing(bead.srcText(), target, bead.tgtText()).stream()
                    .map(TermCoverage.Missing::describe)
                    .toList();
            List<ArticleView.FindingNote> notes = new ArrayList<>();
            for (int i = bead.srcStart(); i < bead.srcEnd() && i < french.size(); i++) {
                for (Finding finding : findings.getOrDefault(i, List.of())) {
                    notes.add(new ArticleView.FindingNote(
                            finding.id(),
                            i + 1,
                            finding.flagged(french.get(i)),
                            finding.message(),
                            finding.suggestions() == null
                                    ? ""
                                    : finding.suggestions().replace("|", ", "),
                            finding.ruleId()));
                }
            }
            cells.add(new ArticleView.Cell(
                    bead,
                    properties.band(bead.confidence()),
                    targetPieces,
                    editedSource,
                    missing,
                    slice(french, bead.srcStart(), bead.srcEnd()),
                    slice(targetSentences, bead.tgtStart(), bead.tgtEnd()),
                    notes));
        }
        return cells;
    }

    private ArticleView.MapView map(LanguagePair pair, List<Bead> beads, int frenchCount, int targetCount) {
        double scaleX = (double) MAP_SIZE / Math.max(1, frenchCount);
        double scaleY = (double) MAP_SIZE / Math.max(1, targetCount);
        List<ArticleView.MapBead> points = new ArrayList<>();
        for (Bead bead : beads) {
            // A bead without sentences on one side still gets a sliver, so that it can be seen and clicked.
            double w = Math.max(2, (bead.srcEnd() - bead.srcStart()) * scaleX);
            double h = Math.max(2, (bead.tgtEnd() - bead.tgtStart()) * scaleY);
            String title =
                    "Bead " + bead.label() + " · French " + Bead.sentences(bead.srcStart(), bead.srcEnd()) + " ↔ "
                            + pair.target().englishName() + " "
                            + Bead.sentences(bead.tgtStart(), bead.tgtEnd()) + " · confidence "
                            + String.format(Locale.ROOT, "%.2f", bead.confidence()) + " · "
                            + bead.status().name().toLowerCase();
            points.add(new ArticleView.MapBead(
                    bead.id(),
                    bead.index(),
                    round(bead.srcStart() * scaleX),
                    round(bead.tgtStart() * scaleY),
                    round(w),
                    round(h),
                    properties.band(bead.confidence()),
                    title));
        }
        return new ArticleView.MapView(pair, MAP_SIZE, MAP_SIZE, frenchCount, targetCount, points);
    }

    private static List<String> slice(List<String> sentences, int start, int end) {
        return sentences.subList(Math.min(start, sentences.size()), Math.min(end, sentences.size()));
    }

    private static Bead covering(List<Bead> beads, int french) {
        return beads.stream()
                .filter(bead -> bead.srcStart() <= french && french < bead.srcEnd())
                .findFirst()
                .orElse(null);
    }

    private static String glossaryTitle(TermMatch match) {
        List<String> parts = new ArrayList<>();
        for (Language language : Language.values()) {
            if (!match.term().in(language).isEmpty()) {
                parts.add(
                        language.code() + ": " + String.join(" | ", match.term().in(language)));
            }
        }
        String note = match.term().note().isBlank() ? "" : "\n" + match.term().note();
        return "Glossary — " + String.join(" · ", parts) + note;
    }

    // The highlight names the shorter terms a longer one holds: the missing-term check counts them as present.
    private static String holds(TermMatch match, List<TermMatch> all) {
        List<String> nested = all.stream()
                .filter(other -> other.start() >= match.start()
                        && other.end() <= match.end()
                        && !other.term().equals(match.term()))
                .map(other -> other.variant()
                        + (other.term().in(Language.FR).isEmpty()
                                ? ""
                                : " (" + other.term().in(Language.FR).get(0) + ")"))
                .distinct()
                .toList();
        return nested.isEmpty() ? "" : "\nHolds: " + String.join("; ", nested);
    }

    // The highlight says which other terms the word translates: the missing-term check counts them as present.
    private String alsoFor(TermMatch match, Language target) {
        Set<Term> others = terms.sharingVariants(match.term(), target);
        if (others.isEmpty()) {
            return "";
        }
        return "\nAlso the " + target.englishName() + " of: "
                + others.stream()
                        .map(term -> String.join(" | ", term.in(Language.FR)))
                        .filter(text -> !text.isEmpty())
                        .collect(Collectors.joining("; "));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
