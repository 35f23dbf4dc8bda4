package org.songngu.quality;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;

/**
 * What LanguageTool's French start-up computes that the next run can read instead, in one file of
 * the user's cache folder ({@code $XDG_CACHE_HOME/songngu}, else {@code ~/.cache/songngu}): the
 * tokens of the speller's word lists ({@link TokenizerMemo}) and the speller's dictionaries built
 * from them ({@link SpellerDictionaries}). The file is named after a key of everything they depend
 * on (LanguageTool's version and build, the jars of its French word lists and dictionary, this
 * file's format), so that another LanguageTool never reads it.
 *
 * <p>A cache, never a source of truth: a file that is missing, too large, not the user's own or
 * writable by others, cut short, or whose checksum (SHA-256 of the rest, at its end) does not match
 * is ignored (and written again once the run has started); a folder that cannot be written leaves
 * the next run to compute everything again. None of that is reported above the debug level: the
 * check is the same, only its start-up slower. Files and folder are the owner's only
 * ({@code rw-------}, {@code rwx------}); a file is written whole under another name and moved into
 * place, and the files of other keys (an older LanguageTool) are removed, so the folder holds one.
 */
final class LanguageToolCacheFile {

    static final int MAGIC = 0x534e544b;
    static final int FORMAT = 1;

    /** Largest file read: the French word lists' tokens and dictionary make about 3 MB. */
    static final long MAX_BYTES = 32L << 20;

    /** Dictionaries kept at most (French has one). */
    static final int MAX_DICTIONARIES = 16;

    private static final String PREFIX = "languagetool-";
    private static final String SUFFIX = ".bin";

    /** Where the jar keeps the file the build made, beside this class ({@link ShippedStartUpCache}). */
    static final String SHIPPED = "start-up/";

    private static final int DIGEST = 32;
    private static final System.Logger LOG = System.getLogger(LanguageToolCacheFile.class.getName());
    private static final Pattern JAR = Pattern.compile("([^/!]+\\.jar)!/");

    private final Path folder;
    private final String key;

    LanguageToolCacheFile(Path folder, String key) {
        this.folder = folder;
        this.key = key;
    }

    /** The file for this LanguageTool in the user's cache folder; null when the user has no home. */
    static LanguageToolCacheFile forUser() {
        Path folder = userFolder(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
        return folder == null ? null : new LanguageToolCacheFile(folder, languageToolKey());
    }

    /**
     * {@code $XDG_CACHE_HOME/songngu} when it is an absolute path (as the XDG specification wants), else {@code
     * HOME/.cache/songngu}.
     */
    static Path userFolder(String xdgCacheHome, String home) {
        if (xdgCacheHome != null
                && !xdgCacheHome.isBlank()
                && Path.of(xdgCacheHome).isAbsolute()) {
            return Path.of(xdgCacheHome, "songngu");
        }
        if (home == null || home.isBlank() || home.equals("?")) {
            return null;
        }
        return Path.of(home, ".cache", "songngu");
    }

    /**
     * What the French tokens depend on: LanguageTool's version and build and the jars of its word lists and dictionary.
     */
    static String languageToolKey() {
        StringBuilder parts = new StringBuilder("format ")
                .append(FORMAT)
                .append('\n')
                .append(JLanguageTool.VERSION)
                .append(' ')
                .append(JLanguageTool.BUILD_DATE)
                .append('\n');
        for (String resource : List.of("/fr/hunspell/spelling.txt", "/fr/french.dict")) {
            URL url = JLanguageTool.getDataBroker().getFromResourceDirAsUrl(resource);
            parts.append(resource)
                    .append(' ')
                    .append(url == null ? "none" : jarsOf(url.toString()))
                    .append('\n');
        }
        return HexFormat.of().formatHex(sha256(parts.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The names of the jars in a resource's URL ({@code language-fr-6.6.jar}), not where they lie. */
    static String jarsOf(String url) {
        Matcher jars = JAR.matcher(url);
        List<String> names = new ArrayList<>();
        while (jars.find()) {
            names.add(jars.group(1));
        }
        return names.isEmpty() ? url : String.join(" ", names);
    }

    /** What the file's contents depend on ({@link #languageToolKey}). */
    String key() {
        return key;
    }

    Path file() {
        return folder.resolve(fileName(key));
    }

    private static String fileName(String key) {
        return PREFIX + key.substring(0, 16) + SUFFIX;
    }

    /**
     * What a run keeps.
     *
     * @param tokens       texts and their tokens ({@link TokenizerMemo#remembered()})
     * @param dictionaries serialized speller dictionaries by LanguageTool's key ({@link SpellerDictionaries#saved()})
     */
    record Contents(Map<String, List<String>> tokens, Map<String, byte[]> dictionaries) {

        static final Contents EMPTY = new Contents(Map.of(), Map.of());
    }

    /** What was read, or nothing and why not. */
    record Loaded(Contents contents, String problem) {

        static Loaded none(String problem) {
            return new Loaded(Contents.EMPTY, problem);
        }
    }

    /** What the file holds; nothing (with the reason) when it is missing or cannot be trusted. */
    Loaded read() {
        Path file = file();
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Loaded.none("no file " + file);
            }
            String unsafe = unsafe(file);
            if (unsafe != null) {
                return ignored(file, unsafe);
            }
            if (Files.size(file) > MAX_BYTES) {
                return ignored(file, "larger than " + MAX_BYTES + " bytes");
            }
            return verified(file.toString(), key, Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return ignored(file.toString(), e.toString());
        }
    }

    /**
     * The file the build made for this key and put in the jar ({@link ShippedStartUpCache}), read
     * and checked as a user's file is (the key inside, the checksum, the size); nothing when the
     * jar has none for this LanguageTool (a build that skipped it, another LanguageTool on the class
     * path).
     */
    static Loaded shipped(String key) {
        String name = SHIPPED + fileName(key);
        try (InputStream in = LanguageToolCacheFile.class.getResourceAsStream(name)) {
            return shipped(name, key, in);
        } catch (IOException | RuntimeException e) {
            return ignored(name, e.toString());
        }
    }

    static Loaded shipped(String name, String key, InputStream in) throws IOException {
        if (in == null) {
            return Loaded.none("no resource " + name);
        }
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return ignored(name, "larger than " + MAX_BYTES + " bytes");
        }
        return verified(name, key, bytes);
    }

    private static Loaded verified(String name, String key, byte[] bytes) throws IOException {
        if (bytes.length < DIGEST
                || !Arrays.equals(
                        sha256(Arrays.copyOf(bytes, bytes.length - DIGEST)),
                        Arrays.copyOfRange(bytes, bytes.length - DIGEST, bytes.length))) {
            return ignored(name, "checksum does not match");
        }
        return parse(name, key, new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - DIGEST)));
    }

    private static Loaded parse(String file, String key, DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(key)) {
            return ignored(file, "another format or LanguageTool");
        }
        int count = in.readInt();
        if (count < 0 || count > TokenizerMemo.LIMIT) {
            return ignored(file, "bad entry count " + count);
        }
        Map<String, List<String>> tokens = new LinkedHashMap<>(count * 4 / 3 + 1);
        for (int i = 0; i < count; i++) {
            String text = in.readUTF();
            int size = in.readUnsignedShort();
            List<String> list = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                list.add(in.readUTF());
            }
            tokens.put(text, List.copyOf(list));
        }
        int dictionaryCount = in.readInt();
        if (dictionaryCount < 0 || dictionaryCount > MAX_DICTIONARIES) {
            return ignored(file, "bad dictionary count " + dictionaryCount);
        }
        Map<String, byte[]> dictionaries = new LinkedHashMap<>();
        for (int i = 0; i < dictionaryCount; i++) {
            String name = in.readUTF();
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                return ignored(file, "bad dictionary length " + length);
            }
            dictionaries.put(name, in.readNBytes(length));
        }
        if (in.available() != 0) {
            return ignored(file, "data after the last entry");
        }
        return new Loaded(new Contents(tokens, dictionaries), null);
    }

    private static Loaded ignored(Path file, String why) {
        return ignored(file.toString(), why);
    }

    private static Loaded ignored(String file, String why) {
        LOG.log(System.Logger.Level.DEBUG, "ignoring the LanguageTool cache " + file + ": " + why);
        return Loaded.none(why);
    }

    /**
     * Why a file must not be read although it exists (not a plain file, another user's, writable by others); null when
     * fine.
     */
    private static String unsafe(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "not a regular file";
        }
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return null;
        }
        String owner = Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName();
        if (!owner.equals(System.getProperty("user.name"))) {
            return "owned by " + owner;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        if (permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            return "writable by others";
        }
        return null;
    }

    /**
     * Writes {@code contents} (at most {@link TokenizerMemo#LIMIT} texts of at most
     * {@link TokenizerMemo#LONGEST} characters, {@link #MAX_DICTIONARIES} dictionaries) and removes
     * the files of other keys.
     *
     * @return null when written, else why not
     */
    String write(Contents contents) {
        Path temporary = null;
        try {
            createFolder();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            List<Map.Entry<String, List<String>>> kept = contents.tokens().entrySet().stream()
                    .filter(entry -> entry.getKey().length() <= TokenizerMemo.LONGEST
                            && entry.getValue().size() <= 0xffff
                            && entry.getValue().stream().allMatch(token -> token.length() <= TokenizerMemo.LONGEST))
                    .limit(TokenizerMemo.LIMIT)
                    .toList();
            out.writeInt(kept.size());
            for (Map.Entry<String, List<String>> entry : kept) {
                out.writeUTF(entry.getKey());
                out.writeShort(entry.getValue().size());
                for (String token : entry.getValue()) {
                    out.writeUTF(token);
                }
            }
            List<Map.Entry<String, byte[]>> dictionaries = contents.dictionaries().entrySet().stream()
                    .limit(MAX_DICTIONARIES)
                    .toList();
            out.writeInt(dictionaries.size());
            for (Map.Entry<String, byte[]> dictionary : dictionaries) {
                out.writeUTF(dictionary.getKey());
                out.writeInt(dictionary.getValue().length);
                out.write(dictionary.getValue());
            }
            out.flush();
            if (bytes.size() > MAX_BYTES - DIGEST) {
                return "larger than " + MAX_BYTES + " bytes";
            }
            bytes.write(sha256(bytes.toByteArray()));
            temporary = Files.createTempFile(folder, PREFIX, ".tmp", ownerOnly("rw-------"));
            Files.write(temporary, bytes.toByteArray());
            Files.move(temporary, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            removeOthers();
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot write the LanguageTool cache " + file() + ": " + e);
            return e.toString();
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // Left behind: the next write's removeOthers takes it.
                }
            }
        }
    }

    private void createFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, ownerOnly("rwx------"));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Another run made it meanwhile.
            }
        }
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(String permissions) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[0];
        }
        return new java.nio.file.attribute.FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        };
    }

    /**
     * Removes the files of other keys, and temporary files an interrupted write left (older than a
     * minute: a younger one may be another run's, being written).
     */
    private void removeOthers() throws IOException {
        long aMinuteAgo = System.currentTimeMillis() - 60_000;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path other : files) {
                boolean temporary = other.getFileName().toString().endsWith(".tmp");
                if (!other.equals(file())
                        && (!temporary
                                || Files.getLastModifiedTime(other, LinkOption.NOFOLLOW_LINKS)
                                                .toMillis()
                                        < aMinuteAgo)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
