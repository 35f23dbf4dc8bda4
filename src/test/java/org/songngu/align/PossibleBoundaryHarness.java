package org.songngu.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.songngu.corpus.Language;
import org.songngu.evaluation.AlignmentScorer;
import org.songngu.evaluation.BeadKey;
import org.songngu.evaluation.Counts;
import org.songngu.evaluation.UnitMerging;
import org.songngu.segment.Piece;
import org.songngu.segment.SentenceSplitter;

/**
 * Possible boundaries on the development sets (not a test; run by bench/align/possible.sh). Each
 * gold sentence of a French, English or Vietnamese side is cut further at the splitter's possible
 * boundaries (never at a certain one: the gold says the line is one sentence); the aligner aligns
 * the pieces, taking or leaving each possible boundary, and its beads are mapped back onto the
 * gold lines (beads sharing a line merged, as for verse-level gold). Prints per set how many
 * possible boundaries there were, how many the aligner took and left, and strict F1 with and
 * without the pieces. Every boundary taken inside a gold line is an error by construction, so
 * the figures say what deciding by the translation costs where the right answer is "leave it".
 * Arguments: {@code EVAL_DIR [LIKELY UNLIKELY]} (the priors of {@link Piece.Boundary} by default);
 * {@code -Dshow} prints the beads next to each possible boundary, {@code -Ddiff} the beads that
 * differ from the alignment of the whole lines.
 */
public final class PossibleBoundaryHarness {

    private PossibleBoundaryHarness() {}

    record Side(List<String> pieces, Map<Integer, Double> possible, List<String> lineOfPiece) {}

    public static void main(String[] args) throws IOException {
        Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        double likely = args.length > 1 ? Double.parseDouble(args[1]) : Piece.Boundary.LIKELY.prior();
        double unlikely = args.length > 2 ? Double.parseDouble(args[2]) : Piece.Boundary.UNLIKELY.prior();
        System.out.printf(
                Locale.ROOT,
                "%-22s %9s %6s %6s %14s %14s%n",
                "set",
                "possible",
                "taken",
                "left",
                "strict F1 lines",
                "strict F1 pieces");
        for (Path set : DevSetHarness.sets(eval)) {
            String[] langs = Files.readString(set.resolve("LANGS")).trim().split("\\s+");
            List<DocumentPair> lines = DevSetHarness.documents(set);
            List<DocumentPair> pieces = new ArrayList<>();
            List<Side[]> sides = new ArrayList<>();
            for (DocumentPair document : lines) {
                Side source = cut(document.source(), langs[0], likely, unlikely);
                Side target = cut(document.target(), langs[1], likely, unlikely);
                sides.add(new Side[] {source, target});
                pieces.add(new DocumentPair(
                        document.id(), source.pieces(), target.pieces(), source.possible(), target.possible()));
            }
            Aligner aligner = new Aligner(AlignerSettings.defaults(), List.of());
            List<Alignment> byLines = aligner.alignAll(lines);
            List<Alignment> byPieces = aligner.alignAll(pieces);
            Counts before = Counts.ZERO;
            Counts after = Counts.ZERO;
            BoundaryChoices choices = BoundaryChoices.NONE;
            for (int d = 0; d < lines.size(); d++) {
                String name = lines.get(d).id();
                List<BeadKey> gold = DevSetHarness.read(set.resolve(name + ".gold"));
                choices = choices.plus(BoundaryChoices.of(pieces.get(d), byPieces.get(d)));
                if (System.getProperty("show") != null) {
                    show(pieces.get(d), byPieces.get(d));
                }
                List<BeadKey> onPieces = keys(byPieces.get(d));
                Side[] side = sides.get(d);
                List<BeadKey> onLines =
                        mergeSharedLines(toLines(onPieces, side[0].lineOfPiece(), side[1].lineOfPiece()));
                before = before.plus(new AlignmentScorer().count(gold, verses(set, name, keys(byLines.get(d)))));
                if (System.getProperty("diff") != null) {
                    Set<List<List<Integer>>> a = new LinkedHashSet<>();
                    keys(byLines.get(d)).forEach(k -> a.add(List.of(k.source(), k.target())));
                    Set<List<List<Integer>>> b = new LinkedHashSet<>();
                    onLines.forEach(k -> b.add(List.of(k.source(), k.target())));
                    Set<List<List<Integer>>> g = new LinkedHashSet<>();
                    gold.forEach(k -> g.add(List.of(k.source(), k.target())));
                    for (List<List<Integer>> bead : a) {
                        if (!b.contains(bead)) {
                            System.out.println("  lines only " + bead + (g.contains(bead) ? " GOLD" : ""));
                        }
                    }
                    for (List<List<Integer>> bead : b) {
                        if (!a.contains(bead)) {
                            System.out.println("  pieces only " + bead + (g.contains(bead) ? " GOLD" : ""));
                        }
                    }
                }
                after = after.plus(new AlignmentScorer().count(gold, verses(set, name, onLines)));
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-22s %9d %6d %6d %14.4f %14.4f%n",
                    set.getFileName(),
                    choices.taken() + choices.left(),
                    choices.taken(),
                    choices.left(),
                    before.strict().f1(),
                    after.strict().f1());
        }
    }

    /** A side's lines cut at their possible boundaries; a language without rules is not cut. */
    static Side cut(List<String> lines, String code, double likely, double unlikely) {
        Language language = java.util.Arrays.stream(Language.values())
                .filter(candidate -> candidate.code().equals(code))
                .findFirst()
                .orElse(null);
        List<String> pieces = new ArrayList<>();
        Map<Integer, Double> possible = new HashMap<>();
        List<String> lineOfPiece = new ArrayList<>();
        for (int line = 0; line < lines.size(); line++) {
            List<String> texts = new ArrayList<>();
            List<Double> priors = new ArrayList<>();
            if (language == null || lines.get(line).isBlank()) {
                texts.add(lines.get(line));
            } else {
                for (Piece piece : SentenceSplitter.forLanguage(language).splitMarked(lines.get(line))) {
                    if (!texts.isEmpty() && !piece.before().possible()) {
                        // a certain boundary inside a gold line: the gold says it is none
                        int last = texts.size() - 1;
                        texts.set(last, texts.get(last) + " " + piece.text());
                    } else {
                        texts.add(piece.text());
                        priors.add(piece.before() == Piece.Boundary.LIKELY ? likely : unlikely);
                    }
                }
                if (texts.isEmpty()) {
                    texts.add(lines.get(line));
                }
            }
            for (int k = 0; k < texts.size(); k++) {
                if (k > 0) {
                    possible.put(pieces.size(), priors.get(k - 1));
                }
                pieces.add(texts.get(k));
                lineOfPiece.add(Integer.toString(line));
            }
        }
        return new Side(pieces, possible, lineOfPiece);
    }

    /** Prints the beads next to each possible boundary, with their texts. */
    private static void show(DocumentPair document, Alignment alignment) {
        List<Bead> beads = alignment.beads();
        for (int k = 0; k < beads.size(); k++) {
            Bead bead = beads.get(k);
            boolean near = bead.source().stream()
                            .anyMatch(i -> document.sourcePossible().containsKey(i)
                                    || document.sourcePossible().containsKey(i + 1))
                    || bead.target().stream()
                            .anyMatch(i -> document.targetPossible().containsKey(i)
                                    || document.targetPossible().containsKey(i + 1));
            if (near) {
                System.out.println("  " + bead.source() + ":" + bead.target() + " "
                        + bead.source().stream()
                                .map(i -> (document.sourcePossible().containsKey(i) ? "?|" : "||")
                                        + document.source().get(i))
                                .toList()
                        + " <-> "
                        + bead.target().stream()
                                .map(i -> (document.targetPossible().containsKey(i) ? "?|" : "||")
                                        + document.target().get(i))
                                .toList());
            }
        }
    }

    private static List<BeadKey> keys(Alignment alignment) {
        return alignment.beads().stream()
                .map(bead -> new BeadKey(bead.source(), bead.target(), bead.confidence()))
                .toList();
    }

    /** Consecutive beads that share a line on either side (a possible boundary taken inside it) made one. */
    static List<BeadKey> mergeSharedLines(List<BeadKey> beads) {
        List<BeadKey> merged = new ArrayList<>();
        for (BeadKey bead : beads) {
            BeadKey previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null
                    && (shares(previous.source(), bead.source()) || shares(previous.target(), bead.target()))) {
                Set<Integer> source = new java.util.TreeSet<>(previous.source());
                source.addAll(bead.source());
                Set<Integer> target = new java.util.TreeSet<>(previous.target());
                target.addAll(bead.target());
                merged.set(
                        merged.size() - 1,
                        new BeadKey(
                                List.copyOf(source),
                                List.copyOf(target),
                                Math.min(previous.confidence(), bead.confidence())));
            } else {
                merged.add(bead);
            }
        }
        return merged;
    }

    private static boolean shares(List<Integer> a, List<Integer> b) {
        return !a.isEmpty() && !b.isEmpty() && a.get(a.size() - 1).equals(b.get(0));
    }

    /** Beads over pieces as beads over the lines of their pieces. */
    private static List<BeadKey> toLines(List<BeadKey> merged, List<String> sourceLines, List<String> targetLines) {
        return merged.stream()
                .map(bead -> new BeadKey(
                        lineIndices(bead.source(), sourceLines),
                        lineIndices(bead.target(), targetLines),
                        bead.confidence()))
                .toList();
    }

    private static List<Integer> lineIndices(List<Integer> pieces, List<String> lineOfPiece) {
        Set<Integer> lines = new LinkedHashSet<>();
        for (int piece : pieces) {
            lines.add(Integer.parseInt(lineOfPiece.get(piece)));
        }
        return List.copyOf(lines);
    }

    private static List<BeadKey> verses(Path set, String name, List<BeadKey> test) throws IOException {
        Path meta = set.resolve("_meta");
        if (!Files.isDirectory(meta)) {
            return test;
        }
        return new UnitMerging()
                .merge(
                        test,
                        Files.readAllLines(meta.resolve(name + ".src.vid")),
                        Files.readAllLines(meta.resolve(name + ".tgt.vid")));
    }
}
