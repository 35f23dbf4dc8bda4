package org.songngu.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The line format shared by the corpus package's rule files (boilerplate patterns, metadata rules):
 * UTF-8 resources, one rule a line, blank lines and lines starting with {@code #} ignored. What a
 * rule line means is the caller's; a bad one is a packaging bug, reported with file and line number.
 */
final class RuleFile {

    /** One rule line, stripped, with its 1-based line number. */
    interface LineHandler {
        void accept(int number, String line);
    }

    private RuleFile() {}

    /** The content of the class-path resource {@code name}, relative to {@code owner}. */
    static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** Hands every rule line of {@code content} to {@code handler}, in order. */
    static void forEachRule(String content, LineHandler handler) {
        try (BufferedReader lines = new BufferedReader(new StringReader(content))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    handler.accept(number, trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
