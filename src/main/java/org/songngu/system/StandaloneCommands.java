package org.songngu.system;

import java.util.Set;

/** The commands that run without Spring: the alignment core on pre-split files. */
public final class StandaloneCommands {

    private static final Set<String> NAMES = Set.of();

    private StandaloneCommands() {
    }

    public static boolean handles(String command) {
        return NAMES.contains(command);
    }

    public static int execute(String[] args) {
        throw new IllegalArgumentException("no standalone command " + args[0]);
    }
}
