package org.songngu.system;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import org.songngu.align.AlignCommand;
import org.songngu.evaluation.EvaluateCommand;

import picocli.CommandLine;

/** The commands that run without Spring: the alignment core on pre-split files. */
public final class StandaloneCommands {

    private static final Map<String, Supplier<Object>> COMMANDS = Map.of(
            "align", AlignCommand::new,
            "evaluate", EvaluateCommand::new);

    private StandaloneCommands() {
    }

    public static boolean handles(String command) {
        return COMMANDS.containsKey(command);
    }

    /** Runs {@code args[0]} with the remaining arguments; returns the exit status. */
    public static int execute(String[] args) {
        Supplier<Object> command = COMMANDS.get(args[0]);
        if (command == null) {
            throw new IllegalArgumentException("no standalone command " + args[0]);
        }
        return new CommandLine(command.get()).execute(Arrays.copyOfRange(args, 1, args.length));
    }
}
