package org.songngu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No line of Java is over 120 characters. The formatter (spotless with palantir-java-format, run by
 * {@code verify}) keeps code within that width but cannot split string literals, text blocks or comments,
 * so this rule covers what it leaves. Characters are counted as Java counts them (UTF-16 units), so a
 * Vietnamese line is not penalised for its multi-byte encoding.
 */
class LineLengthTest {

    static final int LIMIT = 120;

    @Test
    void noJavaLineIsOverTheLimit() throws IOException {
        List<String> longLines;
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/test/java")))) {
            longLines = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(LineLengthTest::longLinesOf)
                    .toList();
        }
        assertThat(longLines).as("lines over %d characters", LIMIT).isEmpty();
    }

    @Test
    void theRuleCountsCharactersNotBytes() {
        String vietnamese = "ạ".repeat(LIMIT);
        assertThat(longLinesOf(Path.of("x.java"), vietnamese)).isEmpty();
        assertThat(longLinesOf(Path.of("x.java"), vietnamese + "\n" + vietnamese + "ạ"))
                .containsExactly("x.java:2 (121 characters)");
    }

    private static Stream<String> longLinesOf(Path file) {
        try {
            return longLinesOf(file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> longLinesOf(Path file, String text) {
        String[] lines = text.split("\n", -1);
        return IntStream.range(0, lines.length)
                .filter(i -> lines[i].length() > LIMIT)
                .mapToObj(i -> file + ":" + (i + 1) + " (" + lines[i].length() + " characters)");
    }
}
