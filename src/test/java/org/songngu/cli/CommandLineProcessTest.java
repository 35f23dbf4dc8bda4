package org.songngu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line as a new user meets it: the main class in a child JVM with the runtime class
 * path, in an empty working directory. The JVM's class-loading log shows what each command
 * started; the working directory shows what it created. A web server never exits by itself, so a
 * command that returns proves that none was left running.
 */
class CommandLineProcessTest {

    /** Classes that only a started application, a database or a web server would load. */
    private static final List<String> APPLICATION = List.of(
            "org.springframework.boot.SpringApplication",
            "org.springframework.context.support.AbstractApplicationContext");

    private static final List<String> DATABASE =
            List.of("org.h2.", "org.flywaydb.", "com.zaxxer.hikari.", "org.postgresql.");
    private static final List<String> WEB_SERVER = List.of("org.apache.catalina.", "org.apache.tomcat.");
    /**
     * A non-web application loads a few Tomcat classes while it evaluates its configuration's
     * conditions; only a server being built loads these.
     */
    private static final List<String> SERVER_STARTED =
            List.of("org.apache.catalina.core.StandardServer", "org.apache.coyote.http11.");

    private static final Path GLOSSARY = Path.of("glossary").toAbsolutePath();

    @TempDir
    Path work;

    @TempDir
    Path files;

    /** The child's per-user cache folder ({@code XDG_CACHE_HOME}), not the tester's. */
    @TempDir
    Path userCache;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--help              | 0 | Usage: songngu ",
                "-h                  | 0 | Usage: songngu ",
                "help                | 0 | Usage: songngu ",
                "-V                  | 0 | songngu ",
                "--version           | 0 | songngu ",
                "bogus               | 2 | ",
                "run --help          | 0 | Usage: songngu run ",
                "check-french --help | 0 | Usage: songngu check-french ",
                "export-tmx --help   | 0 | Usage: songngu export-tmx ",
                "serve --help        | 0 | Usage: songngu serve ",
            })
    void helpVersionAndABadCommandStartNothingAndCreateNothing(String args, int status, String output)
            throws Exception {
        Ran ran = launch(args.split(" "));

        assertThat(ran.status()).as(ran.toString()).isEqualTo(status);
        if (output != null) {
            assertThat(ran.out()).startsWith(output);
        } else {
            assertThat(ran.err()).startsWith("songngu: unknown command 'bogus'").contains("check-french");
        }
        assertThat(filesIn(work)).as("files created in the working directory").isEmpty();
        assertNoneLoaded(ran, APPLICATION);
        assertNoneLoaded(ran, DATABASE);
        assertNoneLoaded(ran, WEB_SERVER);
    }

    @Test
    void alignAndEvaluateStartNoApplicationAndNoDatabase() throws Exception {
        Files.writeString(files.resolve("a.src"), "Le Comité s'est réuni.\nIl a décidé.\n");
        Files.writeString(files.resolve("a.tgt"), "Ủy ban đã họp.\nỦy ban đã quyết định.\n");
        Files.writeString(files.resolve("a.gold"), "[0]:[0]\n[1]:[1]\n");

        Ran align = launch(
                "align",
                "--src-lang",
                "fr",
                "--tgt-lang",
                "vi",
                "--in",
                files.toString(),
                "--out",
                files.toString(),
                "--with-confidence");
        Ran evaluate = launch("evaluate", "--gold", files.toString(), "--test", files.toString());

        assertThat(align.status()).as(align.toString()).isZero();
        assertThat(align.out()).isEqualTo("aligned 1 document(s) into " + files + " (glossary: none)\n");
        assertThat(evaluate.status()).as(evaluate.toString()).isZero();
        assertThat(evaluate.out()).contains("strict: P=1.000 R=1.000 F1=1.000");
        assertThat(filesIn(work)).isEmpty();
        for (Ran ran : List.of(align, evaluate)) {
            assertNoneLoaded(ran, APPLICATION);
            assertNoneLoaded(ran, DATABASE);
        }
    }

    @Test
    void checkFrenchTouchesNoDatabaseExitsOneOnFindingsAndKeepsLogsOffStandardOutput() throws Exception {
        Path text = Files.writeString(files.resolve("fr.txt"), """
                Le Comité provincial s'est réuni hiier.
                Il a mangé des pomme.
                """);

        // A setting reaches the check (the spelling rule off) although no application starts.
        Ran ran = launch(
                "check-french",
                "--in",
                text.toString(),
                "--glossary",
                GLOSSARY.toString(),
                "--songngu.quality.disabled-rules=FR_SPELLING_RULE,FRENCH_WHITESPACE");

        assertThat(ran.status()).as(ran.toString()).isEqualTo(1);
        assertThat(ran.out().lines())
                .containsExactly(
                        "2:12 D_N Le déterminant s'accorde avec le nom \"pomme\". (suggestions: \"de la pomme\", "
                                + "\"des pommes\")",
                        "2 lines checked, 1 findings");
        assertThat(ran.err()).isEmpty();
        assertThat(filesIn(work)).isEmpty();
        assertNoneLoaded(ran, APPLICATION);
        assertNoneLoaded(ran, DATABASE);
        assertNoneLoaded(ran, SERVER_STARTED);
        assertThat(ran.classes()).anyMatch(name -> name.startsWith("org.languagetool."));

        // LanguageTool's start-up work was kept for the next run, for this user only; a damaged
        // file is ignored (the same report, nothing said) and written again.
        Path cache;
        try (Stream<Path> kept = Files.list(userCache.resolve("songngu"))) {
            cache = kept.collect(Collectors.toList()).stream()
                    .reduce((a, b) -> {
                        throw new AssertionError("more than one file: " + a + ", " + b);
                    })
                    .orElseThrow();
        }
        assertThat(cache.getFileName().toString()).startsWith("languagetool-").endsWith(".bin");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)))
                .isEqualTo("rw-------");
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 3] ^= 0x20;
        Files.write(cache, bytes);

        Ran again = launch(
                "check-french",
                "--in",
                text.toString(),
                "--glossary",
                GLOSSARY.toString(),
                "--songngu.quality.disabled-rules=FR_SPELLING_RULE,FRENCH_WHITESPACE");

        assertThat(again.status()).as(again.toString()).isEqualTo(1);
        assertThat(again.out()).isEqualTo(ran.out());
        assertThat(again.err()).isEmpty();
        assertThat(Files.readAllBytes(cache))
                .as("written again whole")
                .hasSize(bytes.length)
                .isNotEqualTo(bytes);
    }

    @Test
    void checkFrenchReportsABadSettingInOneLine() throws Exception {
        Path text = Files.writeString(files.resolve("fr.txt"), "Le Comité provincial s'est réuni.\n");

        Ran ran = launch("check-french", "--in", text.toString(), "--no-glossary", "--songngu.quality.threads=many");

        assertThat(ran.status()).as(ran.toString()).isEqualTo(2);
        assertThat(ran.out()).isEmpty();
        assertThat(ran.err().lines())
                .hasSize(1)
                .allMatch(line -> line.startsWith("songngu check-french: invalid setting songngu.quality.threads: "));
        assertThat(filesIn(work)).isEmpty();
    }

    @Test
    void anUnreachableDatabaseIsOneLineWithWhatToDo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + closedPort + "/songngu";

        Ran ran = launch(
                "run",
                "--corpus",
                files.toString(),
                "--glossary",
                GLOSSARY.toString(),
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url);

        assertThat(ran.status()).as(ran.toString()).isEqualTo(2);
        assertThat(ran.out()).isEmpty();
        assertThat(ran.err().lines())
                .containsExactly("songngu run: cannot connect to the database at " + url
                        + ": connection refused; start PostgreSQL there, or point SONGNGU_DB_URL (with SONGNGU_DB_USER,"
                        + " SONGNGU_DB_PASSWORD) at a running one");
        assertThat(filesIn(work)).isEmpty();
    }

    @Test
    void theStackTraceComesOnlyWithDebug() throws Exception {
        Ran ran = launch(
                "run",
                "--corpus",
                files.toString(),
                "--glossary",
                GLOSSARY.toString(),
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://localhost:1/songngu",
                "--debug");

        assertThat(ran.status()).isEqualTo(2);
        assertThat(ran.err())
                .contains("songngu run: cannot connect to the database at")
                .contains("\tat ");
    }

    @Test
    void aGlossaryMissingFromTheWorkingDirectoryIsAnErrorBeforeTheDatabaseOpens() throws Exception {
        Ran ran = launch("run", "--corpus", files.toString());

        assertThat(ran.status()).isEqualTo(2);
        assertThat(ran.out()).isEmpty();
        assertThat(ran.err().lines())
                .containsExactly("songngu run: glossary " + work.toRealPath().resolve("glossary")
                        + " does not exist: give --glossary PATH (or set songngu.glossary) to the glossary's CSV "
                        + "file or"
                        + " folder, or --no-glossary to run without one");
        assertThat(filesIn(work)).as("no database created").isEmpty();
        assertNoneLoaded(ran, DATABASE);
    }

    @Test
    void runPrintsOneLinePerArticleAndItsSummaryOnStandardOutputAndNothingElse() throws Exception {
        Path article = Files.createDirectories(files.resolve("corpus/ha-noi-hop"));
        Files.writeString(article.resolve("fr.txt"), """
                Le Comité populaire provincial a tenu une réunion le 5 juillet 2023 pour examiner la réforme des \
                procédures administratives.

                Les délégués ont discuté des résultats obtenus dans le cadre du guichet unique et des services publics \
                en ligne.
                """);
        Files.writeString(article.resolve("vi.txt"), """
                Ngày 5/7/2023, Ủy ban nhân dân tỉnh tổ chức cuộc họp để xem xét công tác cải cách thủ tục hành chính.

                Các đại biểu đã thảo luận về kết quả đạt được trong việc thực hiện cơ chế một cửa và dịch vụ công trực \
                tuyến.
                """);

        Ran ran = launch("run", "--corpus", files.resolve("corpus").toString(), "--glossary", GLOSSARY.toString());

        assertThat(ran.status()).as(ran.toString()).isZero();
        assertThat(ran.out().lines())
                .as(ran.toString())
                .allMatch(line -> line.matches(
                        "(processed|unchanged|failed) .+|(glossary|time|throughput|memory|metadata|metadata "
                                + "template): .+|run \\d+ [a-z]+: .+"));
        assertThat(ran.out())
                .contains("processed ha-noi-hop\n")
                .contains("glossary: " + GLOSSARY + " (")
                .contains(": 1 processed, 0 unchanged, 0 failed");
        assertThat(ran.err()).doesNotContain("Flyway").doesNotContain("\tat ");
        assertThat(filesIn(work)).containsExactly("data");
        assertNoneLoaded(ran, SERVER_STARTED);
    }

    private record Ran(int status, String out, String err, Set<String> classes) {
        @Override
        public String toString() {
            return "status " + status + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    private Ran launch(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("songngu-classes", ".log");
        Path out = Files.createTempFile("songngu-out", ".txt");
        Path err = Files.createTempFile("songngu-err", ".txt");
        try {
            String classpath = Path.of("target/classes").toAbsolutePath()
                    + File.pathSeparator
                    + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info:file=" + log,
                    "-Xmx512m",
                    "-cp",
                    classpath,
                    "org.songngu.SongnguApplication"));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().put("XDG_CACHE_HOME", userCache.toString());
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(
                        "still running after 10 minutes (a server left running?): " + String.join(" ", args));
            }
            return new Ran(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8),
                    loadedClasses(log));
        } finally {
            Files.deleteIfExists(log);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Set<String> loadedClasses(Path log) throws IOException {
        Pattern loaded = Pattern.compile("\\] (\\S+) source: ");
        try (Stream<String> lines = Files.lines(log)) {
            return lines.map(loaded::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .collect(Collectors.toSet());
        }
    }

    private static void assertNoneLoaded(Ran ran, List<String> prefixes) {
        assertThat(ran.classes())
                .as("classes loaded")
                .isNotEmpty()
                .noneMatch(name -> prefixes.stream().anyMatch(name::startsWith));
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
