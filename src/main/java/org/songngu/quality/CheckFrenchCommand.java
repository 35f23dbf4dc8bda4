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
import picocli.CommandLine.Spec;

/**
 * {@code check-french --in FILE}: checks every non-blank line of a UTF-8 file as the job checks a
 * French sentence (same settings, names and glossary terms accepted) and prints one line per
 * finding, {@code LINE:COLUMN RULE_ID message} (1-based, in the file), then a summary line.
 * Exit status 0, or 1 when the file cannot be read.
 */
@Command(name = "check-french", mixinStandardHelpOptions = true,
        description = "Check the French text of FILE with the job's LanguageTool settings.")
public final class CheckFrenchCommand implements Callable<Integer> {

    /** Lines per call to the checker, so that the per-article time-out applies to a block. */
    static final int BLOCK = 200;

    private final FrenchChecker checker;

    @Spec
    private CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "UTF-8 text, one sentence a line")
    private Path in;

    public CheckFrenchCommand(FrenchChecker checker) {
        this.checker = checker;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> lines;
        try {
            lines = Files.readAllLines(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("check-french: cannot read " + in + ": " + describe(e));
            return 1;
        }
        int findings = 0;
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += BLOCK) {
            List<String> block = lines.subList(from, Math.min(lines.size(), from + BLOCK));
            ArticleCheck result = checker.check(block, List.of());
            if (result.isFailed()) {
                failures.add("lines " + (from + 1) + "-" + (from + block.size()) + ": " + result.failure());
                continue;
            }
            for (QualityFinding finding : result.findings()) {
                out.println((from + finding.sentence() + 1) + ":" + (finding.start() + 1) + " " + finding.ruleId()
                        + " " + finding.message());
            }
            findings += result.summary().findings();
            checked += (int) block.stream().filter(line -> !line.isBlank()).count();
        }
        failures.forEach(failure -> out.println("check failed for " + failure));
        out.println(checked + " lines checked, " + findings + " findings"
                + (failures.isEmpty() ? "" : ", " + failures.size() + " blocks failed"));
        out.flush();
        return 0;
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.charset.MalformedInputException ? "not valid UTF-8"
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
