package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final String FRENCH = "Titre\nLe Comité provincial du Parti a tenu une conférence.\n";

    @TempDir
    Path corpus;

    private final ArticleReader reader = new ArticleReader(IngestSettings.defaults());

    @Test
    void emptyFileIsRejected() throws IOException {
        article("a", "fr.txt", new byte[0]);
        assertThatThrownBy(() -> read("a"))
                .isInstanceOf(ArticleInputException.class)
                .hasMessage("article a, fr.txt: file is empty");
    }

    @Test
    void whitespaceOnlyFileIsRejected() throws IOException {
        article("a", "fr.txt", " \r\n\t\u00A0\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read("a")).hasMessage("article a, fr.txt: file holds only whitespace");
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffset() throws IOException {
        byte[] prefix = "Titre\nLe Comité".getBytes(StandardCharsets.UTF_8); // é takes two bytes
        byte[] bytes = Arrays.copyOf(prefix, prefix.length + 3);
        bytes[prefix.length] = ' ';
        bytes[prefix.length + 1] = (byte) 0xE9; // "é" in Latin-1
        bytes[prefix.length + 2] = 't';
        article("a", "fr.txt", FRENCH.getBytes(StandardCharsets.UTF_8));
        article("a", "vi.txt", bytes);
        assertThatThrownBy(() -> read("a"))
                .isInstanceOf(ArticleInputException.class)
                .hasMessage("article a, vi.txt: not valid UTF-8 at byte " + (prefix.length + 1))
                .satisfies(e -> assertThat(((ArticleInputException) e).file()).isEqualTo("vi.txt"));
    }

    @Test
    void binaryFileWithNulBytesIsRejected() throws IOException {
        article("a", "fr.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 8, 0});
        assertThatThrownBy(() -> read("a")).hasMessage("article a, fr.txt: binary file, not text (NUL byte at byte 4)");
    }

    @Test
    void binaryFileOfControlBytesIsRejected() throws IOException {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x01 + i % 7);
        }
        article("a", "fr.txt", bytes);
        assertThatThrownBy(() -> read("a"))
                .hasMessageStartingWith("article a, fr.txt: binary file, not text (100 control bytes");
    }

    @Test
    void utf16FileGetsAnActionableMessage() throws IOException {
        article("a", "fr.txt", "\uFEFFTitre".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> read("a")).hasMessage("article a, fr.txt: file is UTF-16; save it as UTF-8");
    }

    @Test
    void fileOverTheSizeLimitIsRejected() throws IOException {
        byte[] big = new byte[(int) IngestSettings.DEFAULT_MAX_FILE_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        article("a", "fr.txt", big);
        assertThatThrownBy(() -> read("a")).hasMessage("article a, fr.txt: file is 5.0 MB, over the limit of 5.0 MB");
    }

    @Test
    void sizeLimitIsConfigurable() throws IOException {
        article("a", "fr.txt", FRENCH.getBytes(StandardCharsets.UTF_8));
        ArticleReader strict = new ArticleReader(IngestSettings.defaults().withMaxFileBytes(10));
        assertThatThrownBy(() -> strict.read(folder("a")))
                .hasMessage("article a, fr.txt: file is 0.0 MB, over the limit of 0.0 MB");
        assertThat(reader.read(folder("a")).versions()).containsKey(Language.FR);
    }

    @Test
    void bomIsDroppedAndCrLfLinesAreParagraphs() throws IOException {
        article(
                "a",
                "fr.txt",
                "\uFEFFTitre\r\n\r\nPremier paragraphe.\r\n  \r\nSecond.\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read("a").versions().get(Language.FR).paragraphs())
                .containsExactly("Titre", "Premier paragraphe.", "Second.");
    }

    @Test
    void vietnameseIsNormalisedWhenRead() throws IOException {
        article("a", "fr.txt", FRENCH.getBytes(StandardCharsets.UTF_8));
        article("a", "vi.txt", "Uỷ ban nhân dân\u00A0tỉnh\nsức khoẻ".getBytes(StandardCharsets.UTF_8));
        assertThat(read("a").versions().get(Language.VI).paragraphs())
                .containsExactly("Ủy ban nhân dân tỉnh", "sức khỏe");
    }

    @Test
    void metaPropertiesAreReadAsUtf8() throws IOException {
        article("a", "fr.txt", FRENCH.getBytes(StandardCharsets.UTF_8));
        article(
                "a",
                "meta.properties",
                "title=Améliorer la qualité\nsource=https://example.org/a\ndate=2023-12-21\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(read("a").meta())
                .isEqualTo(new ArticleMeta("Améliorer la qualité", "https://example.org/a", "2023-12-21"));
    }

    @Test
    void metaWithInvalidUtf8IsRejected() throws IOException {
        article("a", "fr.txt", FRENCH.getBytes(StandardCharsets.UTF_8));
        article("a", "meta.properties", new byte[] {'t', '=', (byte) 0xC3, '('});
        assertThatThrownBy(() -> read("a")).hasMessage("article a, meta.properties: not valid UTF-8 at byte 2");
    }

    @Test
    void contentHashChangesWithAnyFileAndOnlyThen() throws IOException {
        article("a", "fr.txt", FRENCH.getBytes(StandardCharsets.UTF_8));
        article("a", "en.txt", "Title".getBytes(StandardCharsets.UTF_8));
        String first = read("a").contentHash();
        assertThat(first).matches("[0-9a-f]{64}");
        assertThat(read("a").contentHash()).isEqualTo(first);

        article("a", "en.txt", "Title.".getBytes(StandardCharsets.UTF_8));
        String changedVersion = read("a").contentHash();
        assertThat(changedVersion).isNotEqualTo(first);

        article("a", "meta.properties", "date=2023-12-21".getBytes(StandardCharsets.UTF_8));
        assertThat(read("a").contentHash()).isNotEqualTo(changedVersion);
    }

    @Test
    void hashTellsWhichFileHoldsWhichBytes() throws IOException {
        article("a", "fr.txt", "Un\n".getBytes(StandardCharsets.UTF_8));
        article("a", "en.txt", "Deux\n".getBytes(StandardCharsets.UTF_8));
        article("b", "fr.txt", "Un\nDeux\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read("a").contentHash()).isNotEqualTo(read("b").contentHash());
    }

    private RawArticle read(String id) {
        return reader.read(folder(id));
    }

    private ArticleFolder folder(String id) {
        return CorpusScanner.readFolder(corpus.resolve(id));
    }

    private void article(String id, String file, byte[] content) throws IOException {
        Files.createDirectories(corpus.resolve(id));
        Files.write(corpus.resolve(id).resolve(file), content);
    }
}
