package org.songngu.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web application as started from the README, in its own JVM and working folder: the only
 * socket it listens on beyond the web port is the loopback one through which a {@code run} command
 * from the same folder shares the embedded database, and that command works while the web
 * application runs. The database folder and files are the owner's alone and need the password.
 */
@EnabledOnOs(OS.LINUX)
class EmbeddedDatabaseSharingTest {

    private static final Duration LIMIT = Duration.ofMinutes(10);
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @TempDir
    Path work;

    private Process web;
    private Process run;

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : new Process[] {run, web}) {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }

    @Test
    void theWebApplicationListensOnlyOnItsPortAndOnLoopbackForARunFromTheSameFolder() throws Exception {
        Path corpus = oneArticleCorpus();
        web = java("web.log", "--server.port=0", "--songngu.run-on-startup=false", "--songngu.schedule.cron=");
        int webPort = webPort(web, work.resolve("web.log"));

        List<Listener> listeners = listeners(web.pid());
        assertThat(listeners)
                .as("sockets the web application listens on")
                .anySatisfy(l -> assertThat(l.port()).isEqualTo(webPort));
        assertThat(listeners)
                .filteredOn(l -> l.port() != webPort)
                .as("every other listening socket is on loopback (found %s)", listeners)
                .allSatisfy(l -> assertThat(l.loopback()).as(l.toString()).isTrue());

        Path data = work.resolve("data");
        assertThat(mode(data)).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.toList()) {
                assertThat(mode(file)).as(file.getFileName().toString()).isEqualTo("rw-------");
            }
        }
        String shared = "jdbc:h2:file:" + data.resolve("songngu") + ";AUTO_SERVER=TRUE";
        assertThatThrownBy(() -> DriverManager.getConnection(shared, "sa", "").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Wrong user name or password");

        run = java("run.log", "run", "--corpus", corpus.toString());
        assertThat(run.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS))
                .as("run finished")
                .isTrue();
        String output = Files.readString(work.resolve("run.log"));
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output).contains("processed hung-yen-tiep-cong-dan").contains("1 processed");
        assertThat(web.isAlive()).as("the web application still runs").isTrue();
    }

    private Path oneArticleCorpus() throws IOException {
        Path article = Files.createDirectories(work.resolve("corpus/hung-yen-tiep-cong-dan"));
        try (Stream<Path> files = Files.list(Path.of("corpus/hung-yen-tiep-cong-dan"))) {
            for (Path file : files.toList()) {
                Files.copy(file, article.resolve(file.getFileName()));
            }
        }
        return work.resolve("corpus");
    }

    private Process java(String log, String... args) throws IOException {
        String classpath = Path.of("target/classes").toAbsolutePath()
                + java.io.File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).strip();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-Dsongngu.glossary=" + Path.of("glossary").toAbsolutePath(),
                "-cp",
                classpath,
                "org.songngu.SongnguApplication"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(log).toFile())
                .start();
    }

    private static int webPort(Process process, Path log) throws Exception {
        Instant deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            String output = Files.readString(log);
            Matcher port = PORT.matcher(output);
            if (port.find() && output.contains("Started SongnguApplication")) {
                return Integer.parseInt(port.group(1));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the web application did not start:\n" + Files.readString(log));
    }

    record Listener(String address, int port, boolean loopback) {}

    /** The process's listening TCP sockets, from /proc (its socket inodes matched against the tables). */
    static List<Listener> listeners(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        List<Listener> listeners = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc", Long.toString(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line :
                    Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] fields = line.trim().split("\\s+");
                if (!fields[3].equals("0A") || !inodes.contains(fields[9])) {
                    continue;
                }
                String[] local = fields[1].split(":");
                listeners.add(new Listener(local[0], Integer.parseInt(local[1], 16), loopback(local[0])));
            }
        }
        return listeners;
    }

    /** /proc's hex address: IPv4 as one little-endian word, IPv6 as four. */
    private static boolean loopback(String hex) {
        if (hex.length() == 8) {
            return hex.endsWith("7F");
        }
        return hex.equals("00000000000000000000000001000000") // ::1
                || hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F"); // ::ffff:127.x.x.x
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
