package org.songngu.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.songngu.corpus.Language;

class TmxValuesTest {

    private static final List<TmxVariant> PAIR = List.of(new TmxVariant("fr", "Oui."), new TmxVariant("vi", "Vâng."));

    @ParameterizedTest
    @ValueSource(strings = {"fr", "fr-FR", "FR-fr", "vi-VN", "en-US", "zh-Hant-TW", "fil"})
    void acceptsLanguageTags(String code) {
        assertThat(new TmxVariant(code, "x").language()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "f", "fr_FR", "fr-", "fr--FR", "-fr", "frFR", "fr-123456789", "français", "fr FR", "*all*"})
    void rejectsWhatIsNotALanguageTag(String code) {
        assertThatThrownBy(() -> new TmxVariant(code, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a language code");
        assertThatThrownBy(() -> new TmxLanguageCodes(code, "vi", "en")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVariantNeedsText() {
        assertThatThrownBy(() -> new TmxVariant("fr", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fr");
    }

    @Test
    void languageCodesMapEachLanguage() {
        assertThat(TmxLanguageCodes.plain().variant(Language.VI, "Vâng.")).isEqualTo(new TmxVariant("vi", "Vâng."));
        TmxLanguageCodes regional = TmxLanguageCodes.regional();
        assertThat(List.of(Language.FR, Language.VI, Language.EN))
                .extracting(regional::code)
                .containsExactly("fr-FR", "vi-VN", "en-US");
    }

    @Test
    void customPropertiesMustStartWithX() {
        assertThatThrownBy(() -> new TmxProperty("document", "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x-");
        assertThatThrownBy(() -> new TmxProperty("x-", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TmxProperty("x-my prop", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TmxProperty("x-reviewer-note", "").value()).isEmpty();
    }

    @Test
    void standardPropertiesAreFormattedForCatTools() {
        assertThat(TmxProperty.document("art-1", "https://x.org/a"))
                .isEqualTo(new TmxProperty("x-document", "art-1 https://x.org/a"));
        assertThat(TmxProperty.document("art-1", null).value()).isEqualTo("art-1");
        assertThat(TmxProperty.document("art-1", " ").value()).isEqualTo("art-1");
        assertThat(TmxProperty.confidence(0.5).value()).isEqualTo("0.500");
        assertThat(TmxProperty.confidence(1).value()).isEqualTo("1.000");
        assertThat(TmxProperty.status(" Approved ").value()).isEqualTo("approved");
        assertThatThrownBy(() -> TmxProperty.confidence(1.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TmxProperty.document("", "u")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TmxProperty.status(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitNeedsATuidAndTwoVariantsInDistinctLanguages() {
        assertThat(new TranslationUnit("t", null, null, null, null, List.of(), PAIR).variants())
                .hasSize(2);
        assertThatThrownBy(() -> new TranslationUnit("", null, null, null, null, List.of(), PAIR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TranslationUnit("t", null, null, null, null, List.of(), PAIR.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two variants");
        assertThatThrownBy(() -> new TranslationUnit(
                        "t",
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(new TmxVariant("fr", "a"), new TmxVariant("FR", "b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two variants in FR");
    }

    @Test
    void pairsHaveNamesLanguagesAndStableTuids() {
        assertThat(TmxPair.fromName("fr-vi-en")).isEqualTo(TmxPair.FR_VI_EN);
        assertThat(TmxPair.fromName("FR-EN")).isEqualTo(TmxPair.FR_EN);
        assertThat(TmxPair.FR_VI_EN.languages()).containsExactly(Language.FR, Language.VI, Language.EN);
        assertThat(TmxPair.FR_VI.tuid("thai-binh-dan-van", 12)).isEqualTo("thai-binh-dan-van/fr-vi/12");
        assertThatThrownBy(() -> TmxPair.fromName("fr-de"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown pair 'fr-de' (expected fr-vi, fr-en, fr-vi-en)");
        assertThatThrownBy(() -> TmxPair.FR_VI.tuid("a", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headersHoldEveryRequiredAttribute() {
        TmxHeader header = TmxHeader.songngu("0.1.0", "fr", Instant.EPOCH);
        assertThat(header.segmentType()).isEqualTo("sentence");
        assertThat(header.dataType()).isEqualTo("plaintext");
        assertThat(header.creationTool()).isEqualTo("Songngu");
        assertThatThrownBy(() -> TmxHeader.songngu(" ", "fr", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("creationtoolversion");
        assertThatThrownBy(() -> new TmxHeader("S", "1", "line", "S", "en", "fr", "plaintext", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segtype");
        assertThatThrownBy(() -> TmxHeader.songngu("1", "*all*", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
