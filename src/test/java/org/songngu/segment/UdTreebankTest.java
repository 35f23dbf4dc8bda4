package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UdTreebankTest {

    @TempDir
    Path folder;

    @Test
    void startsAParagraphAtEachNewdocAndNewpar() throws IOException {
        Path file = write("""
                # newdoc id = a
                # newpar
                # sent_id = 1
                # text = First one.
                1	First	first	ADJ	_	_	0	root	_	_

                # sent_id = 2
                # text = Second one.
                1	Second	second	ADJ	_	_	0	root	_	_

                # newpar
                # sent_id = 3
                # text = Third one.
                1	Third	third	ADJ	_	_	0	root	_	_

                """);
        UdTreebank treebank = UdTreebank.read(file, 2, UnaryOperator.identity());
        assertThat(treebank.paragraphs()).containsExactly(List.of("First one.", "Second one."), List.of("Third one."));
        assertThat(treebank.sentences()).isEqualTo(3);
    }

    @Test
    void cutsATreebankWithoutParagraphsIntoBlocksAndReadsTextWithoutASpace() throws IOException {
        Path file = write("# text =Một .\n\n# text = Hai .\n\n# text = Ba .\n\n");
        UdTreebank treebank = UdTreebank.read(file, 2, VietnameseDetokeniser::paragraph);
        assertThat(treebank.paragraphs()).containsExactly(List.of("Một.", "Hai."), List.of("Ba."));
    }

    @Test
    void scoresBoundariesByNonSpaceOffsets() {
        BoundaryScore score = new BoundaryScore();
        List<String> gold = List.of("A b.", "C d.", "E f.");
        score.add(BoundaryScore.boundaries(gold), BoundaryScore.boundaries(List.of("A b. ", " C d. E f.")));
        score.add(BoundaryScore.boundaries(gold), BoundaryScore.boundaries(List.of("A b.", "C", "d. E f.")));
        // first: 1 right, 1 missed; second: 1 right, 1 extra, 1 missed
        assertThat(score.truePositives()).isEqualTo(2);
        assertThat(score.falsePositives()).isEqualTo(1);
        assertThat(score.falseNegatives()).isEqualTo(2);
        assertThat(score.precision()).isEqualTo(2.0 / 3);
        assertThat(score.recall()).isEqualTo(0.5);
    }

    private Path write(String content) throws IOException {
        Path file = folder.resolve("x-ud-test.conllu");
        Files.writeString(file, content);
        return file;
    }
}
