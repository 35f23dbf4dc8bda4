package org.songngu.quality;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code check-french --in FILE}: checks every non-blank line of a UTF-8 file as the job checks a
 * French sentence (same settings, names and glossary terms accepted) and prints one line per
 * finding, {@code LINE:COLUMN RULE_ID message (suggestions: "a", "b")} (1-based, in the file;
 * LanguageTool's first suggestions when it has any), then a summary line. Exit status as linters
 * have it: 0 when the text is clean, 1 when something was found, 2 when the file cannot be read or
 * checked or the options are wrong.
 */
@Command(
        name = "check-french",
        mixinStandardHelpOptions = true,
        description = {
            "Check a French text with the job's LanguageTool settings.",
            "One line per finding, LINE:COLUMN RULE_ID message (suggestions), then a summary."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no finding", "1:findings", "2:the file cannot be read or checked, or bad options"})
public final class CheckFrenchCommand implements Callable<Integer> {

    /** Suggestions printed per finding: LanguageTool's best few, as an editor would offer them. */
    static final int SUGGESTIONS = 3;

    /** Lines per call to the checker, so that the per-article time-out applies to a block. */
    static final int BLOCK = 200;

    private final FrenchChecker checker;

    @Spec
    private CommandSpec spec;

    private Path in;

    // Read by the command line before it builds the checker (songngu.glossary); declared here for
    // parsing and help.
    @Option(
            names = "--glossary",
            paramLabel = "PATH",
            description =
                    "glossary whose French terms are accepted (default: songngu.glossary, glossary/ in the working "
                            + "directory)")
    private Path glossary;

    @Option(names = "--no-glossary", description = "check without a glossary")
    private boolean noGlossary;

    public CheckFrenchCommand(FrenchChecker checker) {
        this.checker = checker;
    }

    /** Checked while parsing, so that a wrong path is reported before LanguageTool loads. */
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "UTF-8 text, one sentence a line")
    void in(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "cannot read " + file + ": "
                            + (!Files.exists(file)
                                    ? "no such file"
                                    : Files.isDirectory(file) ? "a folder, not a file" : "not readable"));
        }
        this.in = file;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> lines;
        try {
            lines = Files.readAllLines(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("check-french: cannot read " + in + ": " + describe(e));
            return 2;
        }
        int findings = 0;
        int checked = 0;
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int from = 0; from < lines.size(); from += BLOCK) {
            if (from > 0) {
                // A long file takes minutes: say how far it is, on standard error (standard output is the report).
                double seconds = (System.nanoTime() - start) / 1e9;
                spec.commandLine()
                        .getErr()
                        .printf(
                                java.util.Locale.ROOT,
                                "check-french: %d of %d lines checked, %.0f lines/s, about %.0f s left%n",
                                from,
                                lines.size(),
                                from / seconds,
                                (lines.size() - from) * seconds / from);
                spec.commandLine().getErr().flush();
            }
            List<String> block = lines.subList(from, Math.min(lines.size(), from + BLOCK));
            ArticleCheck result = checker.check(block, List.of());
            if (result.isFailed()) {
                failures.add("lines " + (from + 1) + "-" + (from + block.size()) + ": " + result.failure());
                continue;
            }
            for (QualityFinding finding : result.findings()) {
                out.println((from + finding.sentence() + 1) + ":" + (finding.start() + 1) + " " + finding.ruleId() + " "
                        + finding.message() + suggestions(finding));
            }
            findings += result.summary().findings();
            checked += (int) block.stream().filter(line -> !line.isBlank()).count();
        }
        failures.forEach(failure -> spec.commandLine().getErr().println("check-french: check failed for " + failure));
        out.println(checked + " lines checked, " + findings + " findings"
                + (failures.isEmpty() ? "" : ", " + failures.size() + " blocks failed"));
        out.flush();
        return !failures.isEmpty() ? 2 : findings > 0 ? 1 : 0;
    }

    private static String suggestions(QualityFinding finding) {
        List<String> first = finding.suggestions().stream().limit(SUGGESTIONS).toList();
        return first.isEmpty()
                ? ""
                : first.stream()
                        .map(s -> "\"" + s + "\"")
                        .collect(java.util.stream.Collectors.joining(", ", " (suggestions: ", ")"));
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException
                ? "no such file"
                : e instanceof java.nio.charset.MalformedInputException
                        ? "not valid UTF-8"
                        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
