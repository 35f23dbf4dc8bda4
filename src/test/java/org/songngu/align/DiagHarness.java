package org.songngu.align;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.songngu.evaluation.BeadKey;

/**
 * Error analysis (not a test): aligns a development set as the aligner does (two passes, wide
 * band), then, for each stretch where the best path and the gold differ, prints the cost of each
 * scorer summed over the gold beads and over the test beads of that stretch.
 * {@code java ... DiagHarness SET_DIR [DOC]}
 */
public final class DiagHarness {

    private DiagHarness() {}

    public static void main(String[] args) throws Exception {
        Path set = Path.of(args[0]);
        AlignerSettings settings = DevSetHarness.settings(List.of(args).subList(Math.min(2, args.length), args.length));
        List<DocumentPair> documents = DevSetHarness.documents(set);
        List<PreparedPair> prepared = documents.stream().map(PreparedPair::of).toList();
        CorpusModel model = CorpusModel.initial(settings, List.of(), null);
        List<List<BandedSearch.Step>> paths = null;
        for (int pass = 0; pass < settings.passes(); pass++) {
            if (paths != null) {
                model = model.learn(prepared, paths);
            }
            List<List<BandedSearch.Step>> next = new ArrayList<>();
            for (int d = 0; d < prepared.size(); d++) {
                PreparedPair document = prepared.get(d);
                next.add(search(settings, document, model.scorer(d, document), paths == null ? null : paths.get(d)));
            }
            paths = next;
        }
        for (int d = 0; d < prepared.size(); d++) {
            if (args.length > 1
                    && !args[1].equals("-")
                    && !documents.get(d).id().equals(args[1])) {
                continue;
            }
            DocumentPair document = documents.get(d);
            BeadScorer scorer = model.scorer(d, prepared.get(d));
            Field field = CompositeScorer.class.getDeclaredField("parts");
            field.setAccessible(true);
            BeadScorer[] parts = (BeadScorer[]) field.get(scorer);
            List<int[]> test = new ArrayList<>();
            for (BandedSearch.Step step : paths.get(d)) {
                test.add(new int[] {step.s(), step.a(), step.t(), step.b()});
            }
            List<int[]> gold = new ArrayList<>();
            for (BeadKey key : DevSetHarness.read(set.resolve(document.id() + ".gold"))) {
                int s = key.source().isEmpty() ? -1 : key.source().get(0);
                int t = key.target().isEmpty() ? -1 : key.target().get(0);
                gold.add(new int[] {s, key.source().size(), t, key.target().size()});
            }
            fixStarts(gold);
            if (System.getProperty("out") != null) {
                List<String> lines = new ArrayList<>();
                for (int[] b : test) {
                    lines.add(range(b[0], b[1]) + ":" + range(b[2], b[3]));
                }
                Files.createDirectories(Path.of(System.getProperty("out")));
                Files.write(Path.of(System.getProperty("out"), document.id() + ".align"), lines);
            }
            Set<Long> goldEnds = new HashSet<>();
            for (int[] g : gold) {
                goldEnds.add(((long) (g[0] + g[1]) << 32) | (g[2] + g[3]));
            }
            Set<Long> common = new HashSet<>();
            for (int[] b : test) {
                long end = ((long) (b[0] + b[1]) << 32) | (b[2] + b[3]);
                if (goldEnds.contains(end)) {
                    common.add(end);
                }
            }
            int gi = 0;
            int ti = 0;
            while (gi < gold.size() && ti < test.size()) {
                List<int[]> gs = new ArrayList<>();
                List<int[]> ts = new ArrayList<>();
                do {
                    gs.add(gold.get(gi++));
                } while (!common.contains(end(gs.get(gs.size() - 1))));
                do {
                    ts.add(test.get(ti++));
                } while (!common.contains(end(ts.get(ts.size() - 1))));
                if (gs.size() == 1 && ts.size() == 1 && same(gs.get(0), ts.get(0))) {
                    continue;
                }
                double[] gc = costs(parts, gs);
                double[] tc = costs(parts, ts);
                System.out.printf(
                        Locale.ROOT,
                        "%s gold %s cost %s | test %s cost %s | diff(gold-test) %.2f%n",
                        document.id(),
                        text(gs),
                        text(gc),
                        text(ts),
                        text(tc),
                        gc[gc.length - 1] - tc[tc.length - 1]);
            }
        }
    }

    /**
     * As Aligner.search before its first pass went around the path by lengths, with the widths overridable:
     * -Dfull=1 searches the whole table, -Dw2=N pass 2's width.
     */
    private static List<BandedSearch.Step> search(
            AlignerSettings settings, PreparedPair document, BeadScorer scorer, List<BandedSearch.Step> previous) {
        int n = document.source().size();
        int m = document.target().size();
        if (Boolean.getBoolean("full")) {
            return new BandedSearch(
                            Band.diagonal(n, m, Math.max(n, m)), scorer, settings.fanOut(), settings.maxSide(), 1)
                    .run(1, false)
                    .steps();
        }
        int width = previous == null
                ? Aligner.startWidth(settings, n, m)
                : Integer.getInteger("w2", Math.max(settings.bandWidth() / 2, settings.maxSide() + 1));
        while (true) {
            List<int[]> ends = new ArrayList<>();
            if (previous != null) {
                for (BandedSearch.Step step : previous) {
                    ends.add(new int[] {step.s() + step.a(), step.t() + step.b()});
                }
            }
            Band band = previous == null ? Band.diagonal(n, m, width) : Band.around(ends, n, m, width);
            int margin = Math.max(settings.maxSide() + 1, width / 4);
            BandedSearch.Result result =
                    new BandedSearch(band, scorer, settings.fanOut(), settings.maxSide(), 1).run(margin, false);
            if (!result.nearEdge() || width >= Math.max(n, m)) {
                System.err.println("pass width " + width);
                return result.steps();
            }
            width *= 2;
        }
    }

    private static String range(int start, int count) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < count; k++) {
            sb.append(k == 0 ? "" : ", ").append(start + k);
        }
        return sb.append(']').toString();
    }

    private static long end(int[] b) {
        return ((long) (b[0] + b[1]) << 32) | (b[2] + b[3]);
    }

    private static boolean same(int[] a, int[] b) {
        return a[0] == b[0] && a[1] == b[1] && a[2] == b[2] && a[3] == b[3];
    }

    /** Gold deletions carry -1 as the start of their empty side: take it from the previous bead. */
    private static void fixStarts(List<int[]> gold) {
        int s = 0;
        int t = 0;
        for (int[] g : gold) {
            g[0] = s;
            g[2] = t;
            s += g[1];
            t += g[3];
        }
    }

    private static double[] costs(BeadScorer[] parts, List<int[]> beads) {
        double[] out = new double[parts.length + 1];
        for (int[] b : beads) {
            for (int p = 0; p < parts.length; p++) {
                double c;
                try {
                    c = parts[p].cost(b[0], b[1], b[2], b[3]);
                } catch (IllegalArgumentException tooLarge) {
                    c = Double.POSITIVE_INFINITY; // a gold bead larger than the search allows
                }
                out[p] += c;
                out[parts.length] += c;
            }
        }
        return out;
    }

    private static String text(List<int[]> beads) {
        StringBuilder sb = new StringBuilder();
        for (int[] b : beads) {
            sb.append(b[0])
                    .append('+')
                    .append(b[1])
                    .append(':')
                    .append(b[2])
                    .append('+')
                    .append(b[3])
                    .append(' ');
        }
        return sb.toString().trim();
    }

    private static String text(double[] costs) {
        StringBuilder sb = new StringBuilder("[");
        for (double c : costs) {
            sb.append(String.format(Locale.ROOT, "%.1f ", c));
        }
        return sb.toString().trim() + "]";
    }
}
