package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.loomchild.segment.srx.LanguageRule;
import net.loomchild.segment.srx.SrxDocument;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.Language;

class SegmentationRulesTest {

    @Test
    void putsSongnguRulesBeforeLanguageToolRulesForFrenchAndEnglish() {
        assertThat(ruleNames(SegmentationRules.forLanguage(Language.FR), "fr"))
                .containsExactly("Songngu Common", "Songngu French", "GeneralImportant", "French");
        assertThat(ruleNames(SegmentationRules.forLanguage(Language.EN), "en"))
                .containsExactly("Songngu Common", "Songngu English", "GeneralImportant", "English");
    }

    @Test
    void usesOnlySongnguRulesForVietnamese() {
        assertThat(ruleNames(SegmentationRules.forLanguage(Language.VI), "vi")).containsExactly("Songngu Vietnamese");
    }

    private static List<String> ruleNames(SrxDocument document, String code) {
        return document.getLanguageRuleList(code).stream()
                .map(LanguageRule::getName)
                .toList();
    }

    @Test
    void failsOnAMissingRuleFile() {
        assertThatThrownBy(() -> SegmentationRules.merge("fr", "/org/songngu/segment/no-such.srx"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not found")
                .hasMessageContaining("/org/songngu/segment/no-such.srx");
    }

    @Test
    void failsOnAMalformedRuleFileKeepingTheCause() {
        assertThatThrownBy(() -> SegmentationRules.merge("fr", "/org/songngu/segment/malformed.srx"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("malformed SRX rules /org/songngu/segment/malformed.srx")
                .hasCauseInstanceOf(RuntimeException.class);
    }

    @Test
    void failsWhenARuleFileHasNoRuleForTheLanguage() {
        assertThatThrownBy(() -> SegmentationRules.merge("fr", SegmentationRules.VIETNAMESE_SRX))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no language rule for 'fr'");
    }
}
