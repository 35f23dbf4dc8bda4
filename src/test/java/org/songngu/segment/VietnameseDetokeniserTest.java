package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseDetokeniserTest {

    @Test
    void gluesPunctuationAndQuotesToTheirWords() {
        assertThat(VietnameseDetokeniser.paragraph(List.of(
                        "Thanh bắt chuyện với Hùng và nói : \" Tôi trông ông quen quen ? \" .",
                        "Cổng trắng , quốc lộ 1 cũ ... - những địa danh LBKT tỉnh Lạng Sơn RBKT .")))
                .containsExactly(
                        "Thanh bắt chuyện với Hùng và nói: \"Tôi trông ông quen quen?\".",
                        "Cổng trắng, quốc lộ 1 cũ... - những địa danh (tỉnh Lạng Sơn).");
    }

    @Test
    void aQuotationMaySpanSentencesOfTheParagraph() {
        assertThat(VietnameseDetokeniser.paragraph(List.of(
                        "Thanh quay sang Hùng : \" ông quê đâu nhỉ ?", "À , tôi còn có danh sách lớp đây này \" .")))
                .containsExactly("Thanh quay sang Hùng: \"ông quê đâu nhỉ?", "À, tôi còn có danh sách lớp đây này\".");
    }

    @Test
    void aQuoteBeforePunctuationClosesEvenWhenTheOpeningOneIsMissing() {
        assertThat(VietnameseDetokeniser.paragraph(
                        List.of("chỉ còn mỗi chiếc quần đùi ... \" .", "Mọi người \" đi \" .")))
                .containsExactly("chỉ còn mỗi chiếc quần đùi...\".", "Mọi người \"đi\".");
    }
}
