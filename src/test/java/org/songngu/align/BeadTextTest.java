package org.songngu.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeadTextTest {

    private static final List<String> SENTENCES = List.of("Un.", "Deux.", "Trois.");

    @Test
    void aBeadsTextIsItsSentencesJoinedWithOneSpace() {
        assertThat(BeadText.of(SENTENCES, 0, 3)).isEqualTo("Un. Deux. Trois.");
        assertThat(BeadText.of(SENTENCES, 1, 2)).isEqualTo("Deux.");
        assertThat(BeadText.of(SENTENCES, 2, 2)).isEmpty();
    }

    @Test
    void concatenatingTwoBeadsTextsIsTheJoinOfTheirSentences() {
        assertThat(BeadText.concat(BeadText.of(SENTENCES, 0, 1), BeadText.of(SENTENCES, 1, 3)))
                .isEqualTo(BeadText.of(SENTENCES, 0, 3));
        assertThat(BeadText.concat("", "Deux.")).isEqualTo("Deux.");
        assertThat(BeadText.concat("Un.", "")).isEqualTo("Un.");
    }

    @Test
    void theOneRangeRuleRefusesReversedNegativeAndEmptyBeads() {
        Bead.checkRanges(0, 1, 0, 0);
        Bead.checkRanges(2, 2, 3, 5);
        assertThatThrownBy(() -> Bead.checkRanges(1, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bead.checkRanges(-1, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bead.checkRanges(1, 1, 2, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one side");
        assertThatThrownBy(() -> new org.songngu.store.BeadRow(0, 1, 1, 2, 2, "", "", 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one side");
        assertThatThrownBy(() -> Bead.of(0, 0, 0, 0, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one side");
    }
}
