package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguagePairTest {

    @Test
    void eachPairReadsBackFromTheCodeItIsStoredAndSentAs() {
        for (LanguagePair pair : LanguagePair.values()) {
            assertThat(LanguagePair.fromCode(pair.code())).isSameAs(pair);
            assertThat(LanguagePair.fromCode(pair.code().toUpperCase())).isSameAs(pair);
            assertThat(pair.toString()).isEqualTo(pair.code());
            assertThat(pair.source()).isEqualTo(Language.FR);
            assertThat(LanguagePair.to(pair.target())).isSameAs(pair);
            assertThat(pair.other()).isNotSameAs(pair);
            assertThat(pair.other().other()).isSameAs(pair);
        }
        // the values every table, URL, tuid and TMX already holds
        assertThat(LanguagePair.FR_VI.code()).isEqualTo("fr-vi");
        assertThat(LanguagePair.FR_EN.code()).isEqualTo("fr-en");
        assertThat(LanguagePair.FR_VI.arrow()).isEqualTo("fr → vi");
    }

    @Test
    void anythingElseIsRefusedWithTheValueAndTheCodesItTakes() {
        assertThatThrownBy(() -> LanguagePair.fromCode("vi-en"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown pair 'vi-en' (expected fr-vi or fr-en)");
        assertThatThrownBy(() -> LanguagePair.fromCode("fr")).hasMessage("unknown pair 'fr' (expected fr-vi or fr-en)");
        assertThatThrownBy(() -> LanguagePair.fromCode(null))
                .hasMessage("unknown pair 'null' (expected fr-vi or fr-en)");
        assertThatThrownBy(() -> LanguagePair.to(Language.FR)).hasMessage("no pair translates French into fr");
    }
}
