package org.songngu.align;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.songngu.evaluation.AlignmentScorer;
import org.songngu.evaluation.BeadKey;
import org.songngu.evaluation.CalibrationTable;
import org.songngu.evaluation.Counts;
import org.songngu.evaluation.UnitMerging;

/**
 * In-process harness over the development sets (not a test; run by bench/align/*.sh):
 * {@code accuracy EVAL_DIR [key=value...]} prints strict/lax F1 per set for settings overridden by
 * the arguments; {@code speed EVAL_DIR [ROUNDS]} times alignment after warm-up and prints
 * sentences per second; {@code memory [ROUNDS]} aligns the 20,000-sentence document of the tests
 * (run it with {@code -Xmx}).
 */
public final class DevSetHarness {

    private DevSetHarness() {}

    public static void main(String[] args) throws IOException {
        if (args[0].equals("memory")) {
            memory(args.length > 1 ? Integer.parseInt(args[1]) : 3);
            return;
        }
        Path eval = Path.of(args.length > 1 ? args[1] : "../shared/eval");
        List<Path> sets = sets(eval);
        String only = System.getProperty("sets");
        if (only != null) {
            // -Dsets=textberg,transread: only the sets whose names contain one of these words
            List<String> words = List.of(only.split(","));
            sets = sets.stream()
                    .filter(set -> words.stream().anyMatch(set.getFileName().toString()::contains))
                    .toList();
        }
        if (args[0].equals("speed")) {
            speed(sets, args.length > 2 ? Integer.parseInt(args[2]) : 5);
        } else {
            AlignerSettings settings = settings(List.of(args).subList(Math.min(2, args.length), args.length));
            accuracy(sets, settings);
        }
    }

    static List<Path> sets(Path eval) throws IOException {
        try (Stream<Path> dirs = Files.list(eval)) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("LANGS")))
                    .sorted()
                    .toList();
        }
    }

    static List<DocumentPair> documents(Path set) {
        return AlignCommand.documentNames(set).stream()
                .map(name -> new DocumentPair(
                        name,
                        AlignCommand.readLines(set.resolve(name + ".src")),
                        AlignCommand.readLines(set.resolve(name + ".tgt"))))
                .toList();
    }

    private static void accuracy(List<Path> sets, AlignerSettings settings) throws IOException {
        double sum = 0;
        CalibrationTable all = CalibrationTable.empty();
        for (Path set : sets) {
            List<DocumentPair> documents = documents(set);
            List<Alignment> alignments = new Aligner(settings, List.of()).alignAll(documents);
            String dump = System.getProperty("dump");
            if (dump != null) {
                // -Ddump=DIR writes each document's beads (DIR/SET/D.align) for error analysis
                Path out = Path.of(dump).resolve(set.getFileName());
                Files.createDirectories(out);
                for (int d = 0; d < documents.size(); d++) {
                    List<String> lines = alignments.get(d).beads().stream()
                            .map(bead -> bead.source() + ":" + bead.target() + ":" + bead.confidence())
                            .toList();
                    Files.write(out.resolve(documents.get(d).id() + ".align"), lines, StandardCharsets.UTF_8);
                }
            }
            Counts total = Counts.ZERO;
            CalibrationTable calibration = CalibrationTable.empty();
            for (int d = 0; d < documents.size(); d++) {
                String name = documents.get(d).id();
                List<BeadKey> gold = read(set.resolve(name + ".gold"));
                List<BeadKey> test = alignments.get(d).beads().stream()
                        .map(bead -> new BeadKey(bead.source(), bead.target(), bead.confidence()))
                        .toList();
                Path meta = set.resolve("_meta");
                if (Files.isDirectory(meta)) {
                    test = new UnitMerging()
                            .merge(
                                    test,
                                    Files.readAllLines(meta.resolve(name + ".src.vid")),
                                    Files.readAllLines(meta.resolve(name + ".tgt.vid")));
                }
                total = total.plus(new AlignmentScorer().count(gold, test));
                calibration = calibration.plus(new LinkedHashSet<>(test), gold);
            }
            all = merge(all, calibration);
            int[] confident = calibration.atLeast(0.9);
            sum += total.strict().f1();
            System.out.printf(
                    Locale.ROOT,
                    "%-22s strict F1=%.4f lax F1=%.4f  conf>=0.9: %d beads %.1f%%%n",
                    set.getFileName(),
                    total.strict().f1(),
                    total.lax().f1(),
                    confident[0],
                    100.0 * confident[1] / Math.max(1, confident[0]));
        }
        System.out.printf(Locale.ROOT, "mean strict F1=%.4f%n", sum / sets.size());
        all.lines().forEach(System.out::println);
    }

    private static CalibrationTable merge(CalibrationTable a, CalibrationTable b) {
        int[] beads = a.beads().clone();
        int[] right = a.right().clone();
        for (int k = 0; k < beads.length; k++) {
            beads[k] += b.beads()[k];
            right[k] += b.right()[k];
        }
        return new CalibrationTable(a.lowerBounds(), beads, right);
    }

    private static void speed(List<Path> sets, int rounds) {
        List<List<DocumentPair>> batches = new ArrayList<>();
        long sentences = 0;
        long sources = 0;
        for (Path set : sets) {
            List<DocumentPair> documents = documents(set);
            batches.add(documents);
            for (DocumentPair document : documents) {
                sentences += document.source().size() + document.target().size();
                sources += document.source().size();
            }
        }
        Aligner aligner = new Aligner(AlignerSettings.defaults(), List.of());
        for (int warm = 0; warm < 3; warm++) {
            batches.forEach(aligner::alignAll);
        }
        // CPU time of the whole process (all threads): the machine is shared, so wall time alone misleads
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            batches.forEach(aligner::alignAll);
        }
        double seconds = (System.nanoTime() - start) / 1e9 / rounds;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9 / rounds;
        System.out.printf(
                Locale.ROOT,
                "songngu in-process: %d source + %d target sentences in %.3f s "
                        + "(CPU %.3f s): %.0f source sentences/s, %.0f sentences/s (both sides); per CPU second"
                        + " (all threads; what a loaded machine does not distort): %.0f source, %.0f both sides%n",
                sources,
                sentences - sources,
                seconds,
                cpu,
                sources / seconds,
                sentences / seconds,
                sources / cpu,
                sentences / cpu);
    }

    /**
     * Aligns the 20,000-sentence document of {@code AlignerTest} (206 merges on one side) {@code rounds}
     * times; run it with {@code -Xmx...} to find the smallest heap it fits (an OutOfMemoryError ends the run).
     */
    private static void memory(int rounds) {
        List<String> source = AlignerTest.sentences(20_000, 7);
        List<String> target = AlignerTest.mergedEvery97th(source);
        Aligner aligner = new Aligner(AlignerSettings.defaults(), List.of());
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            Alignment alignment = aligner.align(source, target);
            System.out.printf(
                    Locale.ROOT,
                    "20,000 sentences: %d beads in %.1f s, max heap %d MB%n",
                    alignment.beads().size(),
                    (System.nanoTime() - start) / 1e9,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    static List<BeadKey> read(Path file) throws IOException {
        return VecalignFormat.parse(Files.readAllLines(file, StandardCharsets.UTF_8)).stream()
                .map(line -> new BeadKey(line.source(), line.target(), line.score()))
                .toList();
    }

    /** Defaults overridden by {@code name=value} arguments. */
    static AlignerSettings settings(List<String> overrides) {
        AlignerSettings d = AlignerSettings.defaults();
        int maxSide = d.maxSide();
        int band = d.bandWidth();
        double anchor = d.anchorWeight();
        double lexicon = d.lexiconWeight();
        double threshold = d.lexiconThreshold();
        int iterations = d.lexiconIterations();
        double learn = d.learnConfidence();
        int passes = d.passes();
        double temperature = d.temperature();
        int cognate = d.cognateLength();
        double support = d.supportOffset();
        for (String override : overrides) {
            String[] kv = override.split("=", 2);
            switch (kv[0]) {
                case "maxSide" -> maxSide = Integer.parseInt(kv[1]);
                case "band" -> band = Integer.parseInt(kv[1]);
                case "anchor" -> anchor = Double.parseDouble(kv[1]);
                case "lexicon" -> lexicon = Double.parseDouble(kv[1]);
                case "threshold" -> threshold = Double.parseDouble(kv[1]);
                case "iterations" -> iterations = Integer.parseInt(kv[1]);
                case "learn" -> learn = Double.parseDouble(kv[1]);
                case "passes" -> passes = Integer.parseInt(kv[1]);
                case "temperature" -> temperature = Double.parseDouble(kv[1]);
                case "cognate" -> cognate = Integer.parseInt(kv[1]);
                case "support" -> support = Double.parseDouble(kv[1]);
                default -> throw new IllegalArgumentException("unknown setting " + kv[0]);
            }
        }
        return new AlignerSettings(
                maxSide, band, anchor, lexicon, threshold, iterations, learn, passes, temperature, cognate, support);
    }
}
