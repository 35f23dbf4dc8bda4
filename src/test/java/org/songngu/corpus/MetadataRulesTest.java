package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The metadata rules in both directions: metadata lines found, content lines that look alike kept. */
class MetadataRulesTest {

    private static final MetadataRules RULES = MetadataRules.standard();

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            fr | date    | Mis à jour le 12/03/2024 à 08:45 – Lecture 3 min
            fr | date    | Publié le 5 juillet 2023 à 14h20
            fr | date    | Publié le 1er août 2024
            fr | date    | Việt NamViệt Nam21/12/2023
            fr | date    | Mardi 12/03/2024 - 08:45 (GMT+7)
            fr | counter | 1 532 lectures
            fr | counter | 12 commentaires
            fr | counter | Lecture 3 min
            fr | counter | 4 min de lecture
            fr | credit  | Photo : VNA
            fr | credit  | (Photo : Minh Chau/VNA)
            fr | credit  | Source : Vietnam.vn
            fr | author  | Par Minh Chau – VNA
            fr | author  | Minh Chau/VNA
            fr | author  | Par Thu Trang et Lan Anh
            fr | author  | TTXVN
            vi | date    | Cập nhật: 08:45, 12/03/2024 | 3 phút đọc
            vi | date    | Thứ Ba, 12/03/2024 08:45 (GMT+7)
            vi | date    | Đăng lúc 17:10 ngày 02/04/2024
            vi | date    | Ngày đăng: 12 tháng 3 năm 2024
            vi | counter | 1.532 lượt đọc
            vi | counter | 45 bình luận
            vi | credit  | Ảnh: TTXVN
            vi | credit  | Ảnh minh họa: Internet
            vi | credit  | Nguồn: Báo Thái Bình
            vi | credit  | Theo TTXVN
            vi | credit  | Theo baochinhphu.vn
            vi | author  | Minh Châu (TTXVN)
            vi | author  | Bài và ảnh: Nguyễn Văn An
            en | date    | Updated: March 12, 2024 08:45 GMT+7
            en | date    | Published 12/03/2024 | 3 min read
            en | counter | 1,532 views
            en | counter | 3 min read
            en | counter | Reading time: 4 minutes
            en | credit  | Photo: VNA
            en | credit  | Source: Thai Binh Newspaper
            en | author  | By Minh Chau – VNA
            en | author  | By Thu Trang and Lan Anh
            """)
    void recognisesMetadata(String language, String kind, String line) {
        assertThat(RULES.match(Language.valueOf(language.toUpperCase()), line)).contains(MetadataKind.of(kind));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            fr | Le 15 août 2024, au siège d'accueil des citoyens, M. Tran Quoc Hung a présidé la séance.
            fr | Par ailleurs, le Comité a adopté le programme de travail pour 2025.
            fr | Par Décision n° 15-QD/TU du 12/03/2024, le Comité a nommé trois membres.
            fr | Photo souvenir des délégués à la conférence.
            fr | Source de fierté pour la province, le mouvement compte 1 245 modèles.
            fr | Lecture attentive des rapports de 3 communes.
            fr | Thai Binh : un an de mise en œuvre de la loi sur la démocratie à la base
            fr | 1 532 lectures ont été recensées dans les bibliothèques de la province en 2023.
            fr | Le 12/03/2024, le Comité populaire a mis en service le guichet.
            vi | Ảnh hưởng của bão Yagi khiến 12 xã bị ngập.
            vi | Theo kế hoạch, đến năm 2025 tỉnh có 90% xã đạt chuẩn.
            vi | Bài học kinh nghiệm từ phong trào Dân vận khéo
            vi | Cập nhật thông tin về ngân sách, đất đai, dự án cho nhân dân.
            vi | Ngày 15/8/2024, tại Trụ sở tiếp công dân tỉnh, đồng chí Trần Quốc Hưng chủ trì buổi tiếp dân.
            vi | Đăng ký kinh doanh trực tuyến đạt 92,3% hồ sơ.
            vi | Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tiếp tục đổi mới.
            en | By the end of 2025, 90% of communes will apply grassroots democracy well.
            en | Photo exhibitions were held in 12 districts.
            en | Published reports show 1,532 complaints were settled.
            en | Thai Binh Promotes Grassroots Democracy
            en | Updated regulations took effect on March 12, 2024.
            fr | III
            en | XIV
            """)
    void keepsContentThatLooksLikeMetadata(String language, String line) {
        assertThat(RULES.match(Language.valueOf(language.toUpperCase()), line)).isEmpty();
    }

    @Test
    void longLinesAreNeverMetadata() {
        String line = "Publié le 12/03/2024" + " ".repeat(MetadataRules.MAX_CHARS);
        assertThat(RULES.match(Language.FR, line)).isEqualTo(Optional.empty());
    }

    @Test
    void badRuleFilesNameTheLine() {
        assertThatThrownBy(() -> MetadataRules.parse("x.txt", "date (\n")).hasMessageContaining("x.txt:1: bad regex");
        assertThatThrownBy(() -> MetadataRules.parse("x.txt", "# c\nfoo bar\n"))
                .hasMessageContaining("x.txt:2: unknown kind 'foo'");
        assertThatThrownBy(() -> MetadataRules.parse("x.txt", "date {NOPE}\n"))
                .hasMessageContaining("x.txt:1: unknown macro {NOPE}");
        assertThatThrownBy(() -> MetadataRules.parse("x.txt", "date\n"))
                .hasMessageContaining("x.txt:1: expected KIND REGEX");
    }
}
