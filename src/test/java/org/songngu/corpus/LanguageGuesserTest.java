package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

    static final String FRENCH = "Le Comité populaire provincial a organisé une réunion pour examiner les "
            + "résultats de la réforme des procédures administratives. Les dirigeants ont demandé aux "
            + "services de renforcer le dialogue direct avec les citoyens et de traiter rapidement leurs plaintes.";
    static final String ENGLISH = "The Provincial People's Committee held a meeting to review the results of "
            + "administrative procedure reform. The leaders asked the departments to strengthen direct "
            + "dialogue with citizens and to handle their complaints quickly.";
    static final String VIETNAMESE = "Ủy ban nhân dân tỉnh đã tổ chức hội nghị để đánh giá kết quả cải cách thủ "
            + "tục hành chính. Lãnh đạo tỉnh yêu cầu các sở, ngành tăng cường đối thoại trực tiếp với người "
            + "dân và giải quyết kịp thời các khiếu nại.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                FRENCH + " | FR",
                ENGLISH + " | EN",
                VIETNAMESE + " | VI",
                "Le camarade Nguyễn Tiến Thành, secrétaire adjoint permanent du Comité provincial du Parti, a pris "
                        + "la parole lors de la conférence organisée à Thái Bình par le Front de la Patrie. | FR",
                "Comrade Nguyễn Tiến Thành, Standing Deputy Secretary of the Provincial Party Committee, spoke at "
                        + "the conference held in Thái Bình by the Fatherland Front. | EN",
                "Đồng chí Nguyễn Tiến Thành, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh "
                        + "phát biểu tại hội nghị và trao Bằng khen cho các tập thể, cá nhân. | VI"
            })
    void recognisesRealSentences(String text, Language expected) {
        assertThat(LanguageGuesser.guess(List.of(text))).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Délégués participant à la conférence.",
                "Nguyen Tien Thanh, Nguyen Van Giang",
                "Der Ausschuss hat am Donnerstag eine Sitzung abgehalten, um die Ergebnisse der Verwaltungsreform "
                        + "zu prüfen und neue Aufgaben für das kommende Jahr festzulegen.",
                "Uy ban nhan dan tinh da to chuc hoi nghi de danh gia ket qua cai cach thu tuc hanh chinh "
                        + "trong nam qua va de ra nhiem vu cho nam toi",
                "2023 2024 08-DA/TU 21/12/2023 40 16 8 5 7 2023-2025 12 3 4 5 6 7 8 9"
            })
    void saysNothingWhenItCannotTell(String text) {
        assertThat(LanguageGuesser.guess(List.of(text))).isEmpty();
    }

    @Test
    void looksAtAllParagraphsTogether() {
        List<String> shortParagraphs = List.of(
                "Le Comité a tenu une réunion.",
                "Les dirigeants sont présents.",
                "Ils ont salué les résultats de la province.",
                "La conférence a eu lieu le matin.");
        assertThat(LanguageGuesser.guess(shortParagraphs)).contains(Language.FR);
    }
}
