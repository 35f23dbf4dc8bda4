package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceTest {

    @Test
    void keepsParagraphAndText() {
        Sentence sentence = new Sentence(3, "Délégués participant à la conférence.");

        assertThat(sentence.paragraph()).isEqualTo(3);
        assertThat(sentence.text()).isEqualTo("Délégués participant à la conférence.");
    }

    @Test
    void rejectsANegativeParagraph() {
        assertThatThrownBy(() -> new Sentence(-1, "Une phrase."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "\u202F\t"})
    void rejectsBlankText(String text) {
        assertThatThrownBy(() -> new Sentence(0, text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void rejectsNullText() {
        assertThatThrownBy(() -> new Sentence(0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
    }

    @ParameterizedTest
    @ValueSource(strings = {" Une phrase.", "Une phrase. ", "Une phrase.\u00A0"})
    void rejectsUntrimmedText(String text) {
        assertThatThrownBy(() -> new Sentence(0, text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trimmed");
    }
}
