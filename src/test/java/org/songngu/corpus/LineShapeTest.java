package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapeTest {

    @Test
    void masksWhatChangesFromArticleToArticle() {
        assertThat(LineShape.of("Mis à jour le 12/03/2024 à 08:45 – Lecture 3 min"))
                .isEqualTo(LineShape.of("Mis à jour le 02/11/2023 à 17:10 – Lecture 12 min"))
                .isEqualTo("mis à jour le <date> à <time> – N # min");
        assertThat(LineShape.of("Minh Châu (TTXVN)"))
                .isEqualTo(LineShape.of("Lan Anh (VNA)"))
                .isEqualTo("N ( N )");
        assertThat(LineShape.of("1.532 lượt đọc")).isEqualTo(LineShape.of("87 lượt đọc"));
        assertThat(LineShape.of("Publié le 5 juillet 2023")).isEqualTo(LineShape.of("Publié le 12 mars 2024"));
    }

    @Test
    void learnsOnlyShortShapesWithAFixedWordOrANumber() {
        assertThat(LineShape.learnable("Mã tin: VNA-2024-0312", LineShape.of("Mã tin: VNA-2024-0312")))
                .isTrue();
        assertThat(LineShape.learnable(
                        "Thai Binh Promotes Grassroots Democracy",
                        LineShape.of("Thai Binh Promotes Grassroots Democracy")))
                .isFalse();
        assertThat(LineShape.learnable("Minh Châu (TTXVN)", LineShape.of("Minh Châu (TTXVN)")))
                .isFalse();
        assertThat(LineShape.learnable("Quang cảnh hội nghị", LineShape.of("Quang cảnh hội nghị")))
                .isFalse();
        String longLine = "Le Comité a tenu " + "une très longue réunion ".repeat(5) + "le 12/03/2024.";
        assertThat(LineShape.learnable(longLine, LineShape.of(longLine))).isFalse();
    }
}
