package org.songngu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.songngu.batch.FrenchCheckConfiguration;
import org.springframework.mock.env.MockEnvironment;
import picocli.CommandLine;

/**
 * The command line's dispatch, in process, with an application starter that records what it was
 * asked to start: help, the version and usage errors start nothing; each command starts only what
 * it needs. {@link CommandLineProcessTest} runs the real thing in child JVMs.
 */
class CommandLineTest {

    static final List<String> COMMANDS = List.of(
            "serve",
            "run",
            "worker",
            "harvest",
            "align",
            "evaluate",
            "check-french",
            "export-tmx",
            "import-tmx",
            "help");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final RecordingStarter starter = new RecordingStarter(new PrintWriter(err));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpListsEveryCommandOnOneLineAndStartsNothing(String help) {
        OptionalInt status = execute(help);

        assertThat(status).hasValue(0);
        assertThat(starter.calls).isEmpty();
        assertThat(commandList(out.toString())).containsExactlyElementsOf(COMMANDS);
        assertThat(out.toString()).startsWith("Usage: songngu ");
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-V", "--version"})
    void theVersionStartsNothing(String version) {
        assertThat(execute(version)).hasValue(0);
        assertThat(out.toString()).startsWith("songngu ").contains("Java ");
        assertThat(starter.calls).isEmpty();
    }

    @Test
    void aBadCommandSaysSoAndListsEveryCommand() {
        assertThat(execute("bogus")).hasValue(2);

        assertThat(err.toString()).startsWith("songngu: unknown command 'bogus'");
        assertThat(commandList(err.toString())).containsExactlyElementsOf(COMMANDS);
        assertThat(out.toString()).isEmpty();
        assertThat(starter.calls).isEmpty();
    }

    @Test
    void aBadOptionBeforeAnyCommandIsAnErrorNotTheWebApplication() {
        assertThat(execute("--bogus")).hasValue(2);
        assertThat(err.toString()).startsWith("songngu: Unknown option: '--bogus'");
        assertThat(starter.calls).isEmpty();
    }

    @Test
    void harvestRunsWithoutStartingTheApplication() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("crawl/site.example.vn/fr"));
        Files.writeString(
                pages.resolve("a.html"),
                "<html><body><article><p>"
                        + "Le comité provincial du Parti a tenu une conférence pour examiner le travail de "
                        + "mobilisation des masses"
                        + " et il a fixé les tâches pour les années à venir dans la "
                        + "province.</p></article></body></html>");
        assertThat(execute(
                        "harvest",
                        "--in",
                        dir.resolve("crawl").toString(),
                        "--out",
                        dir.resolve("out").toString()))
                .hasValue(0);
        assertThat(starter.calls).isEmpty();
        assertThat(out.toString()).contains("read 1 HTML pages", "1 pages unpaired");
        assertThat(Files.readString(dir.resolve("out/.harvest/unpaired.tsv")))
                .contains("https://site.example.vn/fr/a.html\tfr\tno Vietnamese or English counterpart found");
    }

    @Test
    void harvestOfAMissingInputIsOneLine() {
        assertThat(execute(
                        "harvest",
                        "--in",
                        dir.resolve("nowhere").toString(),
                        "--out",
                        dir.resolve("out").toString()))
                .hasValue(2);
        assertThat(err.toString().strip())
                .isEqualTo("songngu harvest: input " + dir.resolve("nowhere") + " does not exist");
        assertThat(starter.calls).isEmpty();
    }

    @Test
    void everyCommandHasItsNeedsDeclared() {
        CommandLine root = new CommandLine(new SongnguCommandLine(), SongnguCommandLine.PARSING);
        assertThat(root.getSubcommands().keySet()).containsExactlyElementsOf(COMMANDS);
        root.getSubcommands().values().stream()
                .filter(command -> !command.getCommandName().equals("help"))
                .forEach(command -> assertThat(SongnguCommandLine.NEEDS)
                        .as(command.getCommandName())
                        .containsKey(command.getCommandSpec().userObject().getClass()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "run", "worker", "align", "evaluate", "check-french", "export-tmx", "import-tmx"})
    void everyCommandsHelpStartsNothingAndSpeaksOneVocabulary(String command) {
        assertThat(execute(command, "--help")).hasValue(0);

        assertThat(out.toString()).startsWith("Usage: songngu " + command + " ");
        assertThat(out.toString())
                .doesNotContainPattern("--[a-z-]+=[A-Z]")
                .doesNotContain("=<")
                .doesNotContain("FOLDER")
                .doesNotContain("<path>");
        assertThat(starter.calls).isEmpty();
    }

    @Test
    void helpForOneCommandThroughTheHelpCommand() {
        assertThat(execute("help", "align")).hasValue(0);
        assertThat(out.toString()).startsWith("Usage: songngu align ").contains("--with-confidence");
    }

    @Test
    void aMissingCorpusIsOneLineBeforeAnythingStarts() {
        assertThat(execute("run", "--corpus", dir.resolve("nowhere").toString()))
                .hasValue(2);

        assertThat(err.toString().lines())
                .containsExactly(
                        "songngu run: corpus folder " + dir.resolve("nowhere")
                                + " does not exist: give --corpus the folder" + " that holds one subfolder per article",
                        "Try 'songngu run --help' for more information.");
        assertThat(starter.calls).isEmpty();
    }

    @Test
    void aMissingRequiredOptionPointsToTheCommandsHelp() {
        assertThat(execute("align", "--in", "x")).hasValue(2);
        assertThat(err.toString())
                .startsWith("songngu align: Missing required options: ")
                .contains("Try 'songngu align --help' for more information.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingFileToCheckIsOneLineBeforeLanguageToolStarts() {
        assertThat(execute("check-french", "--in", dir.resolve("none.txt").toString()))
                .hasValue(2);
        assertThat(err.toString())
                .startsWith("songngu check-french: cannot read " + dir.resolve("none.txt") + ": no such file");
        assertThat(starter.calls).isEmpty();
    }

    @Test
    void alignAndEvaluateStartNoApplication() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.src"), "Le Comité s'est réuni.\nIl a décidé.\n");
        Files.writeString(in.resolve("a.tgt"), "Ủy ban đã họp.\nỦy ban đã quyết định.\n");
        Path outDir = dir.resolve("out");

        assertThat(execute(
                        "align",
                        "--src-lang",
                        "fr",
                        "--tgt-lang",
                        "vi",
                        "--in",
                        in.toString(),
                        "--out",
                        outDir.toString(),
                        "--glossary",
                        Path.of("glossary").toAbsolutePath().toString()))
                .hasValue(0);
        assertThat(out.toString())
                .startsWith("aligned 1 document(s) into " + outDir)
                .containsPattern("glossary: .*glossary, \\d+ terms\\)");
        Files.copy(outDir.resolve("a.align"), in.resolve("a.gold"));
        assertThat(execute("evaluate", "--gold", in.toString(), "--test", outDir.toString(), "--per-doc"))
                .hasValue(0);
        assertThat(out.toString()).contains("a strict: P=1.000 R=1.000 F1=1.000");
        assertThat(starter.calls).isEmpty();
    }

    @Test
    void onlyAPlainCommandNamedFirstGetsTheLeanTree() {
        assertThat(SongnguCommandLine.plainCommand(new String[] {"align", "--in", "x"}))
                .isEqualTo(org.songngu.align.AlignCommand.class);
        assertThat(SongnguCommandLine.plainCommand(new String[] {"--debug", "evaluate"}))
                .isEqualTo(org.songngu.evaluation.EvaluateCommand.class);
        assertThat(SongnguCommandLine.plainCommand(new String[] {"harvest"})).isNotNull();
        // check-french starts no Spring application either: no whole tree before LanguageTool.
        assertThat(SongnguCommandLine.plainCommand(new String[] {"check-french", "--in", "x"}))
                .isEqualTo(org.songngu.quality.CheckFrenchCommand.class);
        for (String[] whole : List.of(
                new String[] {"run", "align"},
                new String[] {"help", "align"},
                new String[] {"--help", "align"},
                new String[] {"-V"},
                new String[] {},
                new String[] {"help", "check-french"},
                new String[] {"bogus"},
                new String[] {"--debug"})) {
            assertThat(SongnguCommandLine.plainCommand(whole))
                    .as(String.join(" ", whole))
                    .isNull();
        }
    }

    @Test
    void theLeanTreeAnswersAsTheWholeOne() {
        // The same help through the whole tree (help align) and the lean one (align --help).
        assertThat(execute("help", "align")).hasValue(0);
        String whole = out.toString();
        out.getBuffer().setLength(0);
        assertThat(execute("align", "--help")).hasValue(0);
        assertThat(out.toString()).isEqualTo(whole);
        out.getBuffer().setLength(0);
        assertThat(execute("--debug", "align", "--version")).hasValue(0);
        assertThat(out.toString()).startsWith("songngu ").contains("Java ");
        assertThat(execute(
                        "--debug",
                        "align",
                        "--bogus",
                        "--src-lang",
                        "fr",
                        "--tgt-lang",
                        "vi",
                        "--in",
                        "a",
                        "--out",
                        "b"))
                .hasValue(2);
        assertThat(err.toString())
                .startsWith("songngu align: Unknown option: '--bogus'")
                .contains("Try 'songngu align --help' for more information.");
        assertThat(starter.calls).isEmpty();
    }

    @Test
    void settingsAreNotOptionsOfCommandsThatStartNoApplication() {
        assertThat(execute(
                        "align",
                        "--src-lang",
                        "fr",
                        "--tgt-lang",
                        "vi",
                        "--in",
                        "a",
                        "--out",
                        "b",
                        "--server.port=9090"))
                .hasValue(2);
        assertThat(err.toString()).startsWith("songngu align: unknown option '--server.port=9090'");
    }

    @Test
    void theWebApplicationStartsWithNoCommandOrServeOnly() {
        assertThat(execute()).isEmpty();
        assertThat(execute("serve", "--server.port=9090")).isEmpty();
        assertThat(execute("--server.port=9091")).isEmpty();

        assertThat(starter.calls).extracting(Call::needs).containsOnly(SongnguCommandLine.Needs.WEB);
        assertThat(starter.calls)
                .extracting(Call::settings)
                .containsExactly(List.of(), List.of("--server.port=9090"), List.of("--server.port=9091"));
        assertThat(starter.calls).allMatch(Call::usesGlossary);
    }

    @Test
    void runStartsTheApplicationWithItsGlossary() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        starter.fail = true;

        assertThat(execute(
                        "run",
                        "--corpus",
                        corpus.toString(),
                        "--glossary",
                        "terms.csv",
                        "--spring.profiles.active=postgres"))
                .hasValue(2);
        assertThat(execute("run", "--corpus", corpus.toString(), "--no-glossary"))
                .hasValue(2);
        assertThat(execute(
                        "check-french",
                        "--in",
                        Files.writeString(dir.resolve("fr.txt"), "Bonjour.").toString()))
                .hasValue(2);
        assertThat(execute(
                        "export-tmx",
                        "--pair",
                        "fr-vi",
                        "--out",
                        dir.resolve("x.tmx").toString()))
                .hasValue(2);

        assertThat(starter.calls)
                .containsExactly(
                        new Call(
                                SongnguCommandLine.Needs.APPLICATION,
                                "songngu run",
                                List.of("--spring.profiles.active=postgres"),
                                Map.of("songngu.glossary", "terms.csv"),
                                true),
                        new Call(
                                SongnguCommandLine.Needs.APPLICATION,
                                "songngu run",
                                List.of(),
                                Map.of("songngu.glossary", ""),
                                true),
                        new Call(SongnguCommandLine.Needs.CHECKER, "songngu check-french", List.of(), Map.of(), true),
                        new Call(
                                SongnguCommandLine.Needs.APPLICATION,
                                "songngu export-tmx",
                                List.of(),
                                Map.of(),
                                false));
    }

    @Test
    void remoteRunsAndWorkersStartTheApplicationWithRemotePartitioning() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        starter.fail = true;

        assertThat(execute("run", "--corpus", corpus.toString(), "--remote", "--min-workers", "3"))
                .hasValue(2);
        assertThat(execute("worker", "--spring.profiles.active=postgres")).hasValue(2);

        assertThat(starter.calls)
                .containsExactly(
                        new Call(
                                SongnguCommandLine.Needs.APPLICATION,
                                "songngu run",
                                List.of(),
                                Map.of("songngu.workers", "remote", "songngu.remote.min-workers", "3"),
                                true),
                        new Call(
                                SongnguCommandLine.Needs.APPLICATION,
                                "songngu worker",
                                List.of("--spring.profiles.active=postgres"),
                                Map.of(
                                        "songngu.workers",
                                        "remote",
                                        "songngu.glossary",
                                        "",
                                        "songngu.quality.warm-up",
                                        "false"),
                                false));
    }

    @Test
    void aRefusedDatabaseConnectionIsOneLineWithWhatToDo() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://localhost:5432/songngu");
        RuntimeException failure = new IllegalStateException(
                "Failed to initialize dependency 'flyway'",
                new RuntimeException(
                        "Unable to obtain connection",
                        new SQLException(
                                "Connection to localhost:5432 refused.",
                                "08001",
                                new ConnectException("Connection refused"))));

        assertThat(ApplicationStarter.describe(failure, environment))
                .isEqualTo("cannot connect to the database at jdbc:postgresql://localhost:5432/songngu: connection "
                        + "refused;"
                        + " start PostgreSQL there, or point SONGNGU_DB_URL (with SONGNGU_DB_USER, "
                        + "SONGNGU_DB_PASSWORD)"
                        + " at a running one");
    }

    @Test
    void aRejectedLoginIsOneLineWithWhatToDo() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/songngu");
        RuntimeException failure = new IllegalStateException(
                "context",
                new SQLException("FATAL: password authentication failed for user \"songngu\"\n  detail", "28P01"));

        assertThat(ApplicationStarter.describe(failure, environment))
                .isEqualTo("cannot connect to the database at jdbc:postgresql://db:5432/songngu: FATAL: password "
                        + "authentication" + " failed for user \"songngu\"; check SONGNGU_DB_URL, SONGNGU_DB_USER and "
                        + "SONGNGU_DB_PASSWORD");
    }

    @Test
    void aMissingGlossaryIsItsOwnMessage() {
        RuntimeException failure = new IllegalStateException(
                "bean", new FrenchCheckConfiguration.MissingGlossaryException(Path.of("/nowhere/glossary")));

        assertThat(ApplicationStarter.describe(failure, new MockEnvironment()))
                .isEqualTo("glossary /nowhere/glossary does not exist: give --glossary PATH (or set songngu.glossary) "
                        + "to the" + " glossary's CSV file or folder, or --no-glossary to run without one");
    }

    @Test
    void anUnknownFailureGivesItsRootCause() {
        RuntimeException failure = new IllegalStateException("outer", new IllegalArgumentException("inner\nmore"));
        assertThat(ApplicationStarter.describe(failure, null)).isEqualTo("could not start: inner");
    }

    private OptionalInt execute(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new SongnguCommandLine(new PrintWriter(out), new PrintWriter(err), starter).execute(args);
    }

    /** The names of the "Commands:" section, each of which must take one line. */
    static List<String> commandList(String usage) {
        List<String> lines = usage.lines().toList();
        int start = lines.indexOf("Commands:");
        assertThat(start).as(usage).isNotNegative();
        List<String> names = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            assertThat(line).as("one line per command").matches("  [a-z-]+ +[A-Z].*");
            names.add(line.strip().split(" +")[0]);
        }
        return names;
    }

    record Call(
            SongnguCommandLine.Needs needs,
            String name,
            List<String> settings,
            Map<String, Object> options,
            boolean usesGlossary) {}

    /** Records what it is asked to start; starts nothing (and fails when told to). */
    static final class RecordingStarter extends ApplicationStarter {

        final List<Call> calls = new ArrayList<>();
        boolean fail;

        RecordingStarter(PrintWriter err) {
            super(err);
        }

        @Override
        void prepareChecker(boolean debug) {
            // Starts no LanguageTool: what is started is recorded by start().
        }

        @Override
        Started start(
                SongnguCommandLine.Needs needs,
                String name,
                List<String> settings,
                Map<String, Object> options,
                boolean usesGlossary,
                boolean debug) {
            calls.add(new Call(needs, name, List.copyOf(settings), Map.copyOf(options), usesGlossary));
            if (fail) {
                return null;
            }
            if (needs == SongnguCommandLine.Needs.WEB) {
                return new Started(null);
            }
            throw new AssertionError("this test starts no application for " + name);
        }
    }
}
