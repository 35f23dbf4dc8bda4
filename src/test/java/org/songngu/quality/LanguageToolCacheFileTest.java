package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import morfologik.fsa.CFSA2;
import morfologik.fsa.FSA;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.fsa.builders.FSABuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.tokenizers.Tokenizer;

class LanguageToolCacheFileTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final Map<String, List<String>> TOKENS = Map.of(
            "porte-avions",
            List.of("porte-avions"),
            "Comité provincial",
            List.of("Comité", " ", "provincial"),
            "aujourd'hui",
            List.of("aujourd'hui"));
    private static final Map<String, byte[]> DICTIONARIES =
            Map.of("[/fr/words.txt]|/fr/french.info", new byte[] {1, 2, 3});

    @TempDir
    Path home;

    private LanguageToolCacheFile cache() {
        return new LanguageToolCacheFile(home.resolve("cache/songngu"), KEY);
    }

    @Test
    void keepsTokensAndDictionariesForTheOwnerOnly() throws IOException {
        LanguageToolCacheFile cache = cache();

        assertThat(cache.read().problem()).startsWith("no file");
        assertThat(cache.write(new LanguageToolCacheFile.Contents(TOKENS, DICTIONARIES)))
                .isNull();
        LanguageToolCacheFile.Loaded loaded = cache.read();

        assertThat(loaded.problem()).isNull();
        assertThat(loaded.contents().tokens()).isEqualTo(TOKENS);
        assertThat(loaded.contents().dictionaries()).containsOnlyKeys(DICTIONARIES.keySet());
        assertThat(loaded.contents().dictionaries().values().iterator().next()).containsExactly(1, 2, 3);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.file())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(cache.file().getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void theFileABuildShipsIsCheckedAsAUsersIs() throws IOException {
        LanguageToolCacheFile built = cache();
        built.write(new LanguageToolCacheFile.Contents(TOKENS, DICTIONARIES));
        byte[] bytes = Files.readAllBytes(built.file());
        byte[] damaged = bytes.clone();
        damaged[20] ^= 1;

        LanguageToolCacheFile.Loaded shipped =
                LanguageToolCacheFile.shipped("shipped", KEY, new ByteArrayInputStream(bytes));
        assertThat(shipped.problem()).isNull();
        assertThat(shipped.contents().tokens()).isEqualTo(TOKENS);
        assertThat(shipped.contents().dictionaries()).containsOnlyKeys(DICTIONARIES.keySet());
        // made with another LanguageTool: its key is not this one's
        assertThat(LanguageToolCacheFile.shipped(
                                "shipped", "fedcba9876543210fedcba9876543210", new ByteArrayInputStream(bytes))
                        .problem())
                .isEqualTo("another format or LanguageTool");
        assertThat(LanguageToolCacheFile.shipped("shipped", KEY, new ByteArrayInputStream(damaged))
                        .problem())
                .isEqualTo("checksum does not match");
        assertThat(LanguageToolCacheFile.shipped("shipped", KEY, null).problem())
                .isEqualTo("no resource shipped");
        // a jar without one for this key (a build that skipped it): the run computes everything
        assertThat(LanguageToolCacheFile.shipped(KEY).problem()).startsWith("no resource");
    }

    @Test
    void aDamagedFileIsIgnoredAndReplacedByTheNextWrite() throws IOException {
        LanguageToolCacheFile cache = cache();
        cache.write(new LanguageToolCacheFile.Contents(TOKENS, DICTIONARIES));
        byte[] bytes = Files.readAllBytes(cache.file());
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(cache.file(), bytes);

        assertThat(cache.read().problem()).isEqualTo("checksum does not match");
        assertThat(cache.read().contents().tokens()).isEmpty();

        Files.write(cache.file(), Arrays.copyOf(bytes, 10));
        assertThat(cache.read().problem()).isEqualTo("checksum does not match");
        Files.write(cache.file(), new byte[0]);
        assertThat(cache.read().problem()).isEqualTo("checksum does not match");

        assertThat(cache.write(new LanguageToolCacheFile.Contents(TOKENS, Map.of())))
                .isNull();
        assertThat(cache.read().contents().tokens()).isEqualTo(TOKENS);
    }

    @Test
    void aFileOfAnotherLanguageToolOrWritableByOthersIsNotRead() throws IOException {
        LanguageToolCacheFile cache = cache();
        cache.write(new LanguageToolCacheFile.Contents(TOKENS, DICTIONARIES));
        // Another key under this key's name (a file copied by hand): its content says whose it is.
        LanguageToolCacheFile other =
                new LanguageToolCacheFile(home.resolve("cache/songngu"), "0123456789abcdef" + "ffffffffffffffff");
        Files.copy(cache.file(), home.resolve("copy"));
        other.write(new LanguageToolCacheFile.Contents(TOKENS, DICTIONARIES));
        assertThat(other.file()).isEqualTo(cache.file());
        assertThat(cache.read().problem()).isEqualTo("another format or LanguageTool");

        Files.copy(home.resolve("copy"), cache.file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(cache.read().problem()).isNull();
        Files.setPosixFilePermissions(cache.file(), PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThat(cache.read().problem()).isEqualTo("writable by others");
    }

    @Test
    void aLargerFileThanAnyCacheIsNotRead() throws IOException {
        LanguageToolCacheFile cache = cache();
        cache.write(new LanguageToolCacheFile.Contents(TOKENS, DICTIONARIES));
        try (var file = new java.io.RandomAccessFile(cache.file().toFile(), "rw")) {
            file.setLength(LanguageToolCacheFile.MAX_BYTES + 1);
        }

        assertThat(cache.read().problem()).startsWith("larger than");
    }

    @Test
    void aFolderThatCannotBeMadeLeavesTheRunWithoutCache() throws IOException {
        Path notAFolder = Files.writeString(home.resolve("file"), "x");
        LanguageToolCacheFile cache = new LanguageToolCacheFile(notAFolder.resolve("songngu"), KEY);

        assertThat(cache.write(new LanguageToolCacheFile.Contents(TOKENS, DICTIONARIES)))
                .isNotNull();
        assertThat(cache.read().contents().tokens()).isEmpty();
    }

    @Test
    void aWriteRemovesTheFilesOfOtherKeysAndOldLeftovers() throws IOException {
        LanguageToolCacheFile older =
                new LanguageToolCacheFile(home.resolve("cache/songngu"), "fedcba9876543210fedcba9876543210");
        older.write(new LanguageToolCacheFile.Contents(TOKENS, DICTIONARIES));
        Path leftover = Files.writeString(home.resolve("cache/songngu/languagetool-123.tmp"), "cut short");
        Files.setLastModifiedTime(leftover, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path unrelated = Files.writeString(home.resolve("cache/songngu/notes.txt"), "mine");

        cache().write(new LanguageToolCacheFile.Contents(TOKENS, DICTIONARIES));

        try (var files = Files.list(home.resolve("cache/songngu"))) {
            assertThat(files.map(path -> path.getFileName().toString()).sorted())
                    .containsExactly(cache().file().getFileName().toString(), "notes.txt");
        }
        assertThat(unrelated).exists();
    }

    @Test
    void theFolderFollowsTheXdgSpecification() {
        assertThat(LanguageToolCacheFile.userFolder("/var/cache/me", "/home/me"))
                .isEqualTo(Path.of("/var/cache/me/songngu"));
        assertThat(LanguageToolCacheFile.userFolder("relative", "/home/me"))
                .isEqualTo(Path.of("/home/me/.cache/songngu"));
        assertThat(LanguageToolCacheFile.userFolder(null, "/home/me")).isEqualTo(Path.of("/home/me/.cache/songngu"));
        assertThat(LanguageToolCacheFile.userFolder("", "?")).isNull();
    }

    @Test
    void theKeyNamesTheJarsNotWhereTheyLie() {
        assertThat(LanguageToolCacheFile.jarsOf("jar:nested:/opt/app/songngu.jar/!BOOT-INF/lib/language-fr-6.6.jar!"
                        + "/org/languagetool/resource/fr/x.txt"))
                .isEqualTo("language-fr-6.6.jar");
        assertThat(LanguageToolCacheFile.jarsOf(
                        "jar:file:/m2/french-pos-dict-0.7.jar!/org/languagetool/resource/fr/french.dict"))
                .isEqualTo("french-pos-dict-0.7.jar");
        assertThat(LanguageToolCacheFile.languageToolKey())
                .hasSize(64)
                .isEqualTo(LanguageToolCacheFile.languageToolKey());
    }

    @Test
    void theMemoAnswersWhatTheTokenizerSaidAndRemembersOnlyWhileRecording() {
        List<String> calls = new ArrayList<>();
        Tokenizer tokenizer = text -> {
            calls.add(text);
            return new ArrayList<>(List.of(text.split(" ")));
        };
        TokenizerMemo memo = new TokenizerMemo(tokenizer, Map.of("a b", List.of("a", "b")));

        assertThat(memo.tokenize("a b")).containsExactly("a", "b");
        assertThat(memo.tokenize("c d")).containsExactly("c", "d");
        assertThat(memo.grew()).isFalse();
        TokenizerMemo.record(() -> memo.tokenize("e f"));
        memo.tokenize("e f");
        List<String> answer = memo.tokenize("a b");
        answer.add("changed by a caller");

        assertThat(calls).containsExactly("c d", "e f");
        assertThat(memo.grew()).isTrue();
        assertThat(memo.remembered()).containsOnlyKeys("a b", "e f");
        assertThat(memo.tokenize("a b")).containsExactly("a", "b");
    }

    @Test
    void aRestoredDictionaryHasTheBytesLanguageToolBuilt() throws IOException {
        List<byte[]> words = new ArrayList<>();
        for (String word : List.of("abricot", "abri", "Hanoï", "porte-avions", "zèbre")) {
            words.add(word.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        words.sort(FSABuilder.LEXICAL_ORDERING);
        // What MorfologikMultiSpeller does with a word list.
        byte[] built = new CFSA2Serializer()
                .serialize(FSABuilder.build(words), new ByteArrayOutputStream())
                .toByteArray();
        CFSA2 automaton = (CFSA2) FSA.read(new java.io.ByteArrayInputStream(built));

        assertThat(SpellerDictionaries.serialize(automaton)).isEqualTo(built);
    }

    @Test
    void theFrenchDictionaryRoundTripsThroughTheCache() throws IOException {
        // The process's own dictionaries, built by LanguageTool for the shared checker.
        FrenchChecker.sharedFrench().getDefaultSpellingRule().isMisspelled("préchargement");
        Map<String, byte[]> saved = new LinkedHashMap<>(SpellerDictionaries.saved());

        assertThat(saved).isNotEmpty();
        assertThat(saved.keySet()).allMatch(key -> key.contains("spelling.txt") && key.endsWith(".info"));
        assertThat(SpellerDictionaries.restore(saved))
                .as("LanguageTool holds them already")
                .isZero();
        for (byte[] bytes : saved.values()) {
            CFSA2 automaton = (CFSA2) FSA.read(new java.io.ByteArrayInputStream(bytes));
            assertThat(SpellerDictionaries.serialize(automaton)).isEqualTo(bytes);
        }

        // As in a new process: LanguageTool's map without it, then restored from the saved bytes.
        Map<String, morfologik.stemming.Dictionary> built = languageToolsDictionaries();
        String key = saved.keySet().iterator().next();
        morfologik.stemming.Dictionary original = built.remove(key);
        try {
            assertThat(SpellerDictionaries.restore(saved)).isEqualTo(1);
            morfologik.stemming.Dictionary restored = built.get(key);
            assertThat(restored).isNotSameAs(original);
            assertThat(((CFSA2) restored.fsa).arcs).isEqualTo(((CFSA2) original.fsa).arcs);
            assertThat(restored.metadata.getEncoding()).isEqualTo(original.metadata.getEncoding());
            assertThat(restored.metadata.getSeparator()).isEqualTo(original.metadata.getSeparator());
        } finally {
            built.put(key, original);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, morfologik.stemming.Dictionary> languageToolsDictionaries() {
        try {
            java.lang.reflect.Field field =
                    org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller.class.getDeclaredField(
                            "dicPathToDict");
            field.setAccessible(true);
            return (Map<String, morfologik.stemming.Dictionary>) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
