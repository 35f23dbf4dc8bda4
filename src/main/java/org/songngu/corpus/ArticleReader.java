package org.songngu.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads an article folder into a {@link RawArticle}: strict UTF-8 (a BOM is dropped), no binary,
 * no empty file, nothing over the size limit; HTML through {@link HtmlTextExtractor}, plain text
 * one paragraph per non-blank line; every paragraph normalised. Any problem becomes an
 * {@link ArticleInputException} naming the article and the file. Thread-safe: it holds only its
 * settings.
 */
public final class ArticleReader {

    /** Bytes looked at to tell a binary file from text. */
    private static final int SNIFF_BYTES = 8192;

    private final IngestSettings settings;

    public ArticleReader(IngestSettings settings) {
        this.settings = settings;
    }

    /** Reads every version and the meta file of {@code folder}. */
    public RawArticle read(ArticleFolder folder) {
        return read(folder.id(), files(folder));
    }

    /**
     * The raw bytes of {@code folder}'s files, checked for size, by file name: French, Vietnamese,
     * English, then {@code meta.properties}. {@link #read(String, Map)} makes of them exactly what
     * {@link #read(ArticleFolder)} makes of the folder, so they can be read elsewhere (a worker
     * process that has the database but not the corpus folder).
     */
    public Map<String, byte[]> files(ArticleFolder folder) {
        CorpusFileCheck.check(folder); // again just before reading: the folder may have changed since the scan
        String id = folder.id();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        folder.files().values().forEach(file -> contents.put(file.getFileName().toString(), bytes(id, file)));
        folder.metaFile().ifPresent(meta -> contents.put(meta.getFileName().toString(), bytes(id, meta)));
        return contents;
    }

    /**
     * Reads an article from its files' bytes as {@link #files} gives them ({@code fr.txt} or
     * {@code fr.html}, ... and {@code meta.properties}); the sizes are checked again.
     */
    public RawArticle read(String id, Map<String, byte[]> files) {
        Map<Language, RawVersion> versions = new EnumMap<>(Language.class);
        ArticleMeta meta = ArticleMeta.NONE;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String fileName = file.getKey();
            if (file.getValue().length > settings.maxFileBytes()) {
                throw tooLarge(id, fileName, file.getValue().length);
            }
            if (fileName.equals(CorpusScanner.META_FILE)) {
                meta = meta(id, fileName, file.getValue());
                continue;
            }
            Language language = languageOf(id, fileName);
            versions.put(language, version(id, fileName, decodeText(id, fileName, file.getValue()), language));
        }
        if (!versions.containsKey(Language.FR)) {
            throw new ArticleInputException(id, null, "no French version (fr.txt or fr.html)");
        }
        return new RawArticle(id, meta, versions, hash(files));
    }

    private static Language languageOf(String id, String fileName) {
        for (Language language : Language.values()) {
            if (fileName.equals(language.code() + ".txt") || fileName.equals(language.code() + ".html")) {
                return language;
            }
        }
        throw new ArticleInputException(id, fileName, "is not an article file (fr, vi or en, .txt or .html)");
    }

    private byte[] bytes(String id, Path file) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > settings.maxFileBytes()) {
                throw tooLarge(id, name, size);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > settings.maxFileBytes()) {
                throw tooLarge(id, name, bytes.length);
            }
            return bytes;
        } catch (IOException e) {
            throw new ArticleInputException(id, name, "cannot be read (" + e + ")", e);
        }
    }

    private ArticleInputException tooLarge(String id, String name, long size) {
        return new ArticleInputException(
                id, name, "file is " + megabytes(size) + ", over the limit of " + megabytes(settings.maxFileBytes()));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A version's text: {@link #decode} and not empty or blank. */
    static String decodeText(String id, String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ArticleInputException(id, name, "file is empty");
        }
        String text = decode(id, name, bytes);
        if (text.codePoints()
                .allMatch(
                        c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF')) {
            throw new ArticleInputException(id, name, "file holds only whitespace");
        }
        return text;
    }

    /** Strict UTF-8 without BOM; rejects UTF-16 and binary content with a reason the user can act on. */
    static String decode(String id, String name, byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ArticleInputException(id, name, "file is UTF-16; save it as UTF-8");
        }
        checkNotBinary(id, name, bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ArticleInputException(id, name, "not valid UTF-8 at byte " + in.position());
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A NUL byte, or many control bytes where text has almost none, means the file is not text. */
    private static void checkNotBinary(String id, String name, byte[] bytes) {
        int controls = 0;
        int sniffed = Math.min(bytes.length, SNIFF_BYTES);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ArticleInputException(id, name, "binary file, not text (NUL byte at byte " + i + ")");
            }
            if (i < sniffed && (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F)) {
                controls++;
            }
        }
        if (controls > sniffed / 20) {
            throw new ArticleInputException(
                    id, name, "binary file, not text (" + controls + " control bytes in the first " + sniffed + ")");
        }
    }

    private static RawVersion version(String id, String name, String text, Language language) {
        if (!name.endsWith(".html")) {
            return new RawVersion(language, name, paragraphs(id, name, List.of(text.split("\\R")), language));
        }
        HtmlTextExtractor.Page page = HtmlTextExtractor.read(text);
        List<MetadataLine> tags = new ArrayList<>();
        page.published().forEach(value -> tags.add(tag(language, MetadataKind.DATE, value)));
        page.authors().forEach(value -> tags.add(tag(language, MetadataKind.AUTHOR, value)));
        tags.removeIf(tag -> tag.text().isEmpty());
        return new RawVersion(language, name, paragraphs(id, name, page.paragraphs(), language), tags);
    }

    private static MetadataLine tag(Language language, MetadataKind kind, String value) {
        return new MetadataLine(
                language, -1, kind, TextNormalizer.normalize(value, language), MetadataLine.DetectedBy.PAGE);
    }

    private static List<String> paragraphs(String id, String name, List<String> raw, Language language) {
        List<String> paragraphs = new ArrayList<>(raw.size());
        for (String paragraph : raw) {
            String normalized = TextNormalizer.normalize(paragraph, language);
            if (!normalized.isEmpty()) {
                paragraphs.add(normalized);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new ArticleInputException(id, name, "no text found in the page");
        }
        return paragraphs;
    }

    private static ArticleMeta meta(String id, String name, byte[] bytes) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(decode(id, name, bytes)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ArticleInputException(id, name, "not a valid properties file (" + e.getMessage() + ")", e);
        }
        String source = properties.getProperty("source", properties.getProperty("url"));
        return new ArticleMeta(clean(properties.getProperty("title")), source, properties.getProperty("date"));
    }

    private static String clean(String value) {
        return value == null ? null : TextNormalizer.normalize(value, Language.FR);
    }

    /** SHA-256 over each file's name, length and bytes, French, Vietnamese, English, then meta. */
    private static String hash(Map<String, byte[]> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> entry : contents.entrySet()) {
                digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(ByteBuffer.allocate(9)
                        .put((byte) 0)
                        .putLong(entry.getValue().length)
                        .array());
                digest.update(entry.getValue());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
