package org.songngu.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.songngu.align.VecalignFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate --gold DIR --test DIR [--units DIR] [--per-doc]}: pairs every {@code X.gold} with
 * {@code X.align} and prints strict and lax precision, recall and F1 pooled over the documents (the
 * numbers of {@code shared/eval/score.py}), then a calibration table when the test beads carry
 * confidences. With {@code --units}, test beads inside one gold unit (Bible verse) are merged first.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Score X.align against X.gold: strict and lax P/R/F1.",
            "Vecalign's definitions, pooled over the documents; a calibration table when beads carry confidences."
        })
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder holding X.gold")
    private Path gold;

    @Option(names = "--test", required = true, paramLabel = "DIR", description = "folder holding X.align")
    private Path test;

    @Option(
            names = "--units",
            paramLabel = "DIR",
            description =
                    "folder of X.src.vid and X.tgt.vid: merge test beads inside one unit (Bible verse) before scoring")
    private Path units;

    @Option(names = "--per-doc", description = "also print one line per document")
    private boolean perDocument;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<String> names = goldNames();
            AlignmentScorer scorer = new AlignmentScorer();
            Counts total = Counts.ZERO;
            CalibrationTable calibration = CalibrationTable.empty();
            for (String name : names) {
                List<BeadKey> goldBeads = read(gold.resolve(name + ".gold"));
                List<BeadKey> testBeads = read(test.resolve(name + ".align"));
                if (units != null) {
                    testBeads = new UnitMerging()
                            .merge(
                                    testBeads,
                                    lines(units.resolve(name + ".src.vid")),
                                    lines(units.resolve(name + ".tgt.vid")));
                }
                Counts counts = scorer.count(goldBeads, testBeads);
                total = total.plus(counts);
                calibration = calibration.plus(new LinkedHashSet<>(testBeads), goldBeads);
                if (perDocument) {
                    out.println(name + " " + line("strict", counts.strict()) + " | " + line("lax", counts.lax()));
                }
            }
            out.printf(
                    "documents: %d, gold beads: %d, test beads: %d%s%n",
                    names.size(),
                    total.goldBeads(),
                    total.testBeads(),
                    units != null ? " (test beads merged within units)" : "");
            out.println(line("strict", total.strict()));
            out.println(line("lax", total.lax()));
            if (calibration.total() > 0) {
                calibration.lines().forEach(out::println);
            }
            return 0;
        } catch (EvaluationException e) {
            err.println("evaluate: " + e.getMessage());
            return 1;
        }
    }

    static String line(String label, Counts.Score score) {
        return String.format(
                Locale.ROOT, "%s: P=%.3f R=%.3f F1=%.3f", label, score.precision(), score.recall(), score.f1());
    }

    private List<String> goldNames() {
        for (Path folder : List.of(gold, test)) {
            if (!Files.isDirectory(folder)) {
                throw new EvaluationException("folder " + folder + " does not exist or is not a folder");
            }
        }
        List<String> names;
        try (Stream<Path> files = Files.list(gold)) {
            names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".gold"))
                    .map(name -> name.substring(0, name.length() - ".gold".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new EvaluationException("cannot list " + gold + ": " + e.getMessage());
        }
        if (names.isEmpty()) {
            throw new EvaluationException("no .gold files in " + gold);
        }
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!Files.isRegularFile(test.resolve(name + ".align"))) {
                missing.add(test.resolve(name + ".align").toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new EvaluationException("missing test alignment(s): " + String.join(", ", missing));
        }
        return names;
    }

    private static List<BeadKey> read(Path file) {
        try {
            return VecalignFormat.parse(lines(file)).stream()
                    .map(line -> new BeadKey(line.source(), line.target(), line.score()))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new EvaluationException(file + ": " + e.getMessage());
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvaluationException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Bad or missing input, with a message naming the file. */
    static final class EvaluationException extends RuntimeException {
        EvaluationException(String message) {
            super(message);
        }
    }
}
