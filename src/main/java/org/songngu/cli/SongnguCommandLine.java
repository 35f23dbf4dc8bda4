package org.songngu.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.songngu.align.AlignCommand;
import org.songngu.batch.RunCommand;
import org.songngu.batch.WorkerCommand;
import org.songngu.evaluation.EvaluateCommand;
import org.songngu.harvest.HarvestCommand;
import org.songngu.quality.CheckFrenchCommand;
import org.songngu.store.ImportTmxCommand;
import org.songngu.tmx.ExportTmxCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.IParamLabelRenderer;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: parses the arguments first and starts only what the chosen command needs.
 * Help, the version and usage errors answer before anything starts (no Spring, no database, no
 * web server, no file); {@code align} and {@code evaluate} run on the plain-Java core;
 * {@code check-french} starts the settings, the glossary and LanguageTool but no database; the
 * others start the application without its web server; the web application starts only with no
 * command or {@code serve}.
 *
 * <p>Arguments of the form {@code --name.with.dots=value} are Spring settings
 * ({@code --server.port=9090}, {@code --spring.profiles.active=postgres}) and go to the
 * application of the commands that start one. The commands' own options are parsed twice: once
 * here into instances built without their collaborators (help, validation), then, once the
 * application is up, into the instance the application provides, which runs (a command that
 * starts nothing runs in the tree built for the first parse).
 */
@Command(
        name = "songngu",
        mixinStandardHelpOptions = true,
        versionProvider = SongnguCommandLine.Version.class,
        description = {
            "Sentence alignment and translation memory for French, Vietnamese and English.",
            "With no command, starts the web application (as serve)."
        },
        subcommands = {
            ServeCommand.class,
            RunCommand.class,
            WorkerCommand.class,
            HarvestCommand.class,
            AlignCommand.class,
            EvaluateCommand.class,
            CheckFrenchCommand.class,
            ExportTmxCommand.class,
            ImportTmxCommand.class,
            HelpCommand.class
        },
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {
            "Settings like --server.port=9090 or --spring.profiles.active=postgres go to",
            "the application of serve, run, worker, check-french, export-tmx and import-tmx.",
            "Exit status: 0 done; 1 failed (run: an article failed; check-french: found",
            "something); 2 bad usage or input, or the application could not start.",
            "Run 'songngu COMMAND --help' for a command's options; README.md for the rest."
        })
public final class SongnguCommandLine {

    /** The exit status of bad usage, bad input and an application that could not start. */
    static final int USAGE = 2;

    /** What a command needs started before it runs: the one place that decides it. */
    enum Needs {
        /** plain Java: the alignment core on files */
        NOTHING,
        /** the settings, the glossary and LanguageTool, no database */
        CHECKER,
        /** the application without its web server: database, job, glossary, LanguageTool */
        APPLICATION,
        /** the web application */
        WEB
    }

    static final Map<Class<?>, Needs> NEEDS = Map.of(
            ServeCommand.class, Needs.WEB,
            RunCommand.class, Needs.APPLICATION,
            WorkerCommand.class, Needs.APPLICATION,
            HarvestCommand.class, Needs.NOTHING,
            AlignCommand.class, Needs.NOTHING,
            EvaluateCommand.class, Needs.NOTHING,
            CheckFrenchCommand.class, Needs.CHECKER,
            ExportTmxCommand.class, Needs.APPLICATION,
            ImportTmxCommand.class, Needs.APPLICATION);

    /** {@code --name.with.dots=value}: a Spring setting, not an option of a command. */
    private static final Pattern SETTING =
            Pattern.compile("--[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_\\[\\]-]+)+=.*", Pattern.DOTALL);

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "on errors, print stack traces; show the framework's log")
    boolean debug;

    private final PrintWriter out;
    private final PrintWriter err;
    private final ApplicationStarter starter;

    /** Only for picocli, which builds the root of the command tree. */
    SongnguCommandLine() {
        this(null, null, null);
    }

    SongnguCommandLine(PrintWriter out, PrintWriter err, ApplicationStarter starter) {
        this.out = out;
        this.err = err;
        this.starter = starter;
    }

    /** The command line on the process's standard output and error. */
    public static SongnguCommandLine standard() {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return new SongnguCommandLine(out, err, new ApplicationStarter(err));
    }

    /**
     * Runs the command line.
     *
     * @return the exit status, or empty when the web application is running (the JVM then lives on)
     */
    public OptionalInt execute(String... args) {
        List<String> settings = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        split(args, settings, arguments);
        String[] commandArgs = arguments.toArray(String[]::new);

        Class<?> plain = plainCommand(commandArgs);
        if (plain != null && NEEDS.get(plain) == Needs.CHECKER && !asksForHelp(commandArgs)) {
            // LanguageTool's start is most of a short check: it begins on another thread before parsing.
            starter.prepareChecker(Arrays.asList(commandArgs).contains("--debug"));
        }
        CommandLine parser = commandLine(PARSING, plain);
        ParseResult parsed;
        try {
            parsed = parser.parseArgs(commandArgs);
        } catch (ParameterException e) {
            return OptionalInt.of(usageError(e));
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return OptionalInt.of(0);
        }
        boolean debug = matched(parsed, "--debug");
        ParseResult command = parsed.subcommand();
        Class<?> type = command == null
                ? ServeCommand.class
                : command.commandSpec().userObject().getClass();
        String name = command == null ? "songngu serve" : command.commandSpec().qualifiedName();
        Needs needs = NEEDS.get(type);
        if (needs == Needs.NOTHING) {
            if (!settings.isEmpty()) {
                err.println(name + ": unknown option '" + settings.get(0) + "' (settings go to the commands that start"
                        + " the application; " + name.substring("songngu ".length()) + " does not)");
                err.println("Try '" + name + " --help' for more information.");
                return OptionalInt.of(USAGE);
            }
            // nothing to start: the commands run as parsed for the check, built once (the model is
            // most of a short command's start-up)
            return OptionalInt.of(run(parser, commandArgs, debug));
        }
        boolean usesGlossary =
                needs == Needs.WEB || command.commandSpec().optionsMap().containsKey("--glossary");
        ApplicationStarter.Started application =
                starter.start(needs, name, settings, settingsOf(command), usesGlossary, debug);
        if (application == null) {
            return OptionalInt.of(USAGE);
        }
        if (needs == Needs.WEB) {
            return OptionalInt.empty();
        }
        try (application) {
            return OptionalInt.of(run(runner(type, application, plain), commandArgs, debug));
        } catch (RuntimeException e) {
            // The application builds its beans lazily: the command's own may fail only now.
            ApplicationStarter.report(err, name, application.describe(e), e, debug);
            return OptionalInt.of(USAGE);
        }
    }

    /** Splits off the Spring settings, up to a {@code --} that ends the options. */
    static void split(String[] args, List<String> settings, List<String> arguments) {
        boolean options = true;
        for (String arg : args) {
            if (arg.equals("--")) {
                options = false;
            }
            (options && SETTING.matcher(arg).matches() ? settings : arguments).add(arg);
        }
    }

    /**
     * The command options that are settings of the application the command runs in: the glossary
     * is loaded while the application starts, so {@code --glossary} must reach it before.
     */
    static Map<String, Object> settingsOf(ParseResult command) {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (command == null) {
            return settings;
        }
        if (command.hasMatchedOption("--glossary")) {
            settings.put(
                    "songngu.glossary",
                    command.matchedOption("--glossary").getValue().toString());
        }
        if (command.hasMatchedOption("--no-glossary")
                && Boolean.TRUE.equals(command.matchedOptionValue("--no-glossary", false))) {
            settings.put("songngu.glossary", "");
        }
        // Remote partitioning builds the job's steps differently: the manager (run --remote) and the workers.
        if (command.commandSpec().userObject() instanceof WorkerCommand) {
            settings.put("songngu.workers", "remote");
            // A worker uses each run's glossary as its manager staged it, not a file of its own; it
            // starts LanguageTool for the first run it works for.
            settings.put("songngu.glossary", "");
            settings.put("songngu.quality.warm-up", "false");
        }
        if (command.hasMatchedOption("--remote")
                && Boolean.TRUE.equals(command.matchedOptionValue("--remote", false))) {
            settings.put("songngu.workers", "remote");
        }
        if (command.hasMatchedOption("--min-workers")) {
            settings.put(
                    "songngu.remote.min-workers",
                    command.matchedOption("--min-workers").getValue().toString());
        }
        return settings;
    }

    /** The command tree whose instance of {@code type} is the application's bean. */
    private CommandLine runner(Class<?> type, ApplicationStarter.Started application, Class<?> plain) {
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == type ? application.bean(cls) : PARSING.create(cls);
            }
        };
        return commandLine(factory, plain);
    }

    /** Parses again into {@code runner}'s instances and runs the command. */
    private int run(CommandLine runner, String[] args, boolean debug) {
        runner.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            err.println(commandLine.getCommandSpec().qualifiedName() + ": " + ApplicationStarter.oneLine(exception)
                    + (debug ? "" : " (--debug for the stack trace)"));
            if (debug) {
                exception.printStackTrace(err);
            }
            return 1;
        });
        runner.setParameterExceptionHandler((exception, arguments) -> usageError(exception));
        int status = runner.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * The command tree: the whole of it, or, for a plain-Java command named first ({@code plain}),
     * a root holding that command alone. Building the whole tree makes picocli reflect over every
     * command, and those of the application reach Spring, the database and LanguageTool classes:
     * about half of the start-up of {@code align} (CPU, measured by {@code bench/align/compare.sh}).
     */
    private CommandLine commandLine(IFactory factory, Class<?> plain) {
        if (plain != null) {
            CommandLine root = new CommandLine(new PlainRoot(), factory);
            root.addSubcommand(plain);
            return configure(root);
        }
        return configure(new CommandLine(new SongnguCommandLine(out, err, starter), factory));
    }

    private CommandLine configure(CommandLine commandLine) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setHelpFactory(SpacedLabelsHelp::new);
        commandLine
                .getSubcommands()
                .values()
                .forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        return commandLine;
    }

    /**
     * The command that starts no Spring application (a plain-Java one, or {@code check-french})
     * that the arguments name, when only {@code --debug} comes before it: its tree is then built
     * alone. Anything else (help, the version, an unknown command, another command) gets the whole
     * tree.
     */
    static Class<?> plainCommand(String[] args) {
        for (String arg : args) {
            if (arg.equals("--debug")) {
                continue;
            }
            for (Map.Entry<Class<?>, Needs> entry : NEEDS.entrySet()) {
                if ((entry.getValue() == Needs.NOTHING || entry.getValue() == Needs.CHECKER)
                        && entry.getKey().getAnnotation(Command.class).name().equals(arg)) {
                    return entry.getKey();
                }
            }
            return null;
        }
        return null;
    }

    /** Whether the command line asks for help or the version, which need nothing started. */
    private static boolean asksForHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    /** The root of a plain command's tree: the same name, version and inherited {@code --debug} as the whole one. */
    @Command(name = "songngu", mixinStandardHelpOptions = true, versionProvider = SongnguCommandLine.Version.class)
    static final class PlainRoot {
        @Option(
                names = "--debug",
                scope = ScopeType.INHERIT,
                description = "on errors, print stack traces; show the framework's log")
        boolean debug;
    }

    /** One line saying what is wrong; the command list after an unknown command, a pointer to help otherwise. */
    private int usageError(ParameterException e) {
        CommandLine failed = e.getCommandLine();
        String name = failed.getCommandSpec().qualifiedName();
        boolean root = failed.getCommandSpec().parent() == null;
        if (root
                && e instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            err.println(name + ": unknown command '" + unmatched.getUnmatched().get(0) + "'");
        } else {
            err.println(name + ": " + e.getMessage());
        }
        UnmatchedArgumentException.printSuggestions(e, err);
        if (root) {
            err.println();
            failed.usage(err);
        } else {
            err.println("Try '" + name + " --help' for more information.");
        }
        err.flush();
        return USAGE;
    }

    private static boolean matched(ParseResult result, String option) {
        for (ParseResult level = result; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(option)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds commands for parsing and help, before any application exists: with their no-argument
     * constructor, or else with the fewest-argument one given nulls (a command's constructor only
     * keeps its collaborators; {@code CommandLineTest} checks every command's help this way).
     */
    static final IFactory PARSING = new IFactory() {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return CommandLine.defaultFactory().create(cls);
            } catch (Exception noDefaultConstructor) {
                Constructor<?> constructor = Arrays.stream(cls.getDeclaredConstructors())
                        .min(Comparator.comparingInt(Constructor::getParameterCount))
                        .orElseThrow(() -> noDefaultConstructor);
                constructor.setAccessible(true);
                Object[] nulls = Arrays.stream(constructor.getParameterTypes())
                        .map(SongnguCommandLine::empty)
                        .toArray();
                return cls.cast(constructor.newInstance(nulls));
            }
        }
    };

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        return type == boolean.class
                ? false
                : type == char.class
                        ? '\0'
                        : type == long.class
                                ? 0L
                                : type == double.class
                                        ? 0.0
                                        : type == float.class
                                                ? 0.0f
                                                : type == int.class ? 0 : type == short.class ? (short) 0 : (byte) 0;
    }

    /**
     * Help that writes {@code --in FILE}, as README.md does, where picocli writes {@code --in=FILE}
     * (both are accepted).
     */
    static final class SpacedLabelsHelp extends Help {

        SpacedLabelsHelp(CommandSpec spec, ColorScheme colorScheme) {
            super(spec, colorScheme);
        }

        @Override
        public IParamLabelRenderer parameterLabelRenderer() {
            IParamLabelRenderer standard = super.parameterLabelRenderer();
            return new IParamLabelRenderer() {
                @Override
                public Text renderParameterLabel(ArgSpec argSpec, Ansi ansi, List<Ansi.IStyle> styles) {
                    Text label = standard.renderParameterLabel(argSpec, ansi, styles);
                    String plain = label.plainString();
                    return plain.startsWith(standard.separator())
                            ? ansi
                            .new Text(" " + plain.substring(standard.separator().length()), colorScheme())
                            : label;
                }

                @Override
                public String separator() {
                    return " ";
                }
            };
        }
    }

    /** The version of the jar (its manifest), or a note that this is not a packaged build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SongnguCommandLine.class.getPackage().getImplementationVersion();
            return new String[] {
                "songngu " + (version == null ? "(not packaged: built from source)" : version),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
