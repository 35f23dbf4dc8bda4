package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The learned model, the patterns and the tail rule, on small synthetic corpora. */
class BoilerplateRemovalTest {

    private static final IngestSettings SETTINGS = IngestSettings.defaults();
    private static final BoilerplatePatterns PATTERNS = BoilerplatePatterns.standard();

    /** Chrome no pattern knows: only learning across articles can find it. */
    private static final List<String> HEADER = List.of("Báo Thái Bình điện tử", "Chuyên mục Chính trị");

    private static final List<String> FOOTER =
            List.of("Cơ quan chủ quản: Tỉnh ủy Thái Bình", "Giấy phép số 123/GP-BTTTT", "Tòa soạn: 15 Lê Lợi");

    @Test
    void chromeSharedByArticlesOfASmallCorpusIsLearned() {
        List<RawArticle> corpus = List.of(
                vi("a", "Hội nghị tổng kết công tác dân vận năm 2023.", "Tỉnh ủy đánh giá cao kết quả đạt được."),
                vi("b", "Tiếp công dân định kỳ tháng 12.", "Bí thư Tỉnh ủy trực tiếp đối thoại với người dân."),
                vi("c", "Phong trào thi đua Dân vận khéo.", "Nhiều mô hình hay được nhân rộng."),
                vi("d", "Cải cách thủ tục hành chính.", "Thời gian giải quyết hồ sơ được rút ngắn."));
        BoilerplateModel model = BoilerplateModel.learn(corpus, SETTINGS);
        BoilerplateRemover remover = new BoilerplateRemover(model, PATTERNS, SETTINGS);

        assertThat(model.size(Language.VI)).isEqualTo(HEADER.size() + FOOTER.size());
        assertThat(remover.clean(
                        Language.VI, corpus.get(1).versions().get(Language.VI).paragraphs()))
                .containsExactly(
                        "Tiếp công dân định kỳ tháng 12.", "Bí thư Tỉnh ủy trực tiếp đối thoại với người dân.");
    }

    @Test
    void withoutTheCorpusTheSameChromeStays() {
        List<String> page =
                vi("a", "Tiêu đề.", "Nội dung.").versions().get(Language.VI).paragraphs();
        assertThat(new BoilerplateRemover(BoilerplateModel.empty(), PATTERNS, SETTINGS).clean(Language.VI, page))
                .containsAll(HEADER)
                .containsAll(FOOTER);
    }

    @Test
    void chromeIsLearnedPerLanguage() {
        RawArticle a = article(
                "a",
                Map.of(
                        Language.FR,
                        List.of("Journal de Thai Binh", "Titre A."),
                        Language.EN,
                        List.of("Thai Binh Online", "Title A.")));
        RawArticle b = article(
                "b",
                Map.of(Language.FR, List.of("Journal de Thai Binh", "Titre B."), Language.EN, List.of("Title B.")));
        BoilerplateModel model = BoilerplateModel.learn(List.of(a, b), SETTINGS);
        assertThat(model.isChrome(Language.FR, "journal de thai binh")).isTrue();
        assertThat(model.isChrome(Language.EN, "Thai Binh Online")).isFalse();
        assertThat(model.isChrome(Language.EN, "Journal de Thai Binh")).isFalse();
    }

    @Test
    void onALargeCorpusAParagraphTwoArticlesShareIsKept() {
        List<RawArticle> corpus = new ArrayList<>();
        IntStream.range(0, 1000)
                .forEach(i -> corpus.add(article(
                        "a" + i,
                        Map.of(
                                Language.FR,
                                List.of(
                                        "Journal de Thai Binh",
                                        "Titre numéro " + i + ".",
                                        i < 2
                                                ? "Délégués participant à la conférence."
                                                : "Paragraphe propre à l'article " + i + ".")))));
        BoilerplateModel model = BoilerplateModel.learn(corpus, SETTINGS);
        assertThat(model.isChrome(Language.FR, "Journal de Thai Binh")).isTrue();
        assertThat(model.isChrome(Language.FR, "Délégués participant à la conférence."))
                .isFalse();
        assertThat(model.size(Language.FR)).isEqualTo(1);
    }

    @Test
    void longParagraphsAreNeverLearned() {
        String quote = "« " + "Le peuple est la racine. ".repeat(20) + "»";
        List<RawArticle> corpus = List.of(
                article("a", Map.of(Language.FR, List.of("Titre A.", quote))),
                article("b", Map.of(Language.FR, List.of("Titre B.", quote))));
        assertThat(BoilerplateModel.learn(corpus, SETTINGS).isChrome(Language.FR, quote))
                .isFalse();
        assertThat(BoilerplateModel.learn(corpus, SETTINGS.withChromeMinArticles(3))
                        .size(Language.FR))
                .isZero();
    }

    @Test
    void paragraphRepeatedThreeTimesInOneDocumentIsChrome() {
        List<String> page = List.of(
                "Titre.",
                "Publicité Agribank",
                "Corps.",
                "Publicité Agribank",
                "Vu deux fois.",
                "Vu deux fois.",
                "Publicité Agribank");
        assertThat(remover().clean(Language.FR, page))
                .containsExactly("Titre.", "Corps.", "Vu deux fois.", "Vu deux fois.");
    }

    @Test
    void tailMarkerDropsEverythingAfterIt() {
        List<String> page = List.of(
                "Title",
                "Body sentence.",
                "Same topic",
                "Hanoi girls dress up in beautiful outfits for Christmas.",
                "Footer text");
        assertThat(remover().clean(Language.EN, page)).containsExactly("Title", "Body sentence.");
    }

    @Test
    void tailMarkerBeforeAnyTextIsOnlyDropped() {
        List<String> page = List.of("Tin liên quan", "Tiêu đề bài viết", "Nội dung bài viết.");
        assertThat(remover().clean(Language.VI, page)).containsExactly("Tiêu đề bài viết", "Nội dung bài viết.");
    }

    @Test
    void sourceLineTakesTheBylineBeforeItAlong() {
        List<String> page = List.of(
                "Tiêu đề", "Nội dung bài viết.", "Ảnh minh họa cho hội nghị.", "Hoa Đào", "Nguồn", "Bình luận (0)");
        assertThat(remover().clean(Language.VI, page))
                .containsExactly("Tiêu đề", "Nội dung bài viết.", "Ảnh minh họa cho hội nghị.");
    }

    @Test
    void aSentenceBeforeTheSourceLineIsNotTakenForAByline() {
        List<String> page = List.of("Titre", "Délégués participant à la conférence.", "Source");
        assertThat(remover().clean(Language.FR, page))
                .containsExactly("Titre", "Délégués participant à la conférence.");
    }

    @Test
    void commentCounterInAnyLanguageEndsTheArticle() {
        List<String> page = List.of("Titre", "Corps.", "Commentaire (3)", "Un lecteur a écrit ceci.");
        assertThat(remover().clean(Language.FR, page)).containsExactly("Titre", "Corps.");
    }

    private static BoilerplateRemover remover() {
        return new BoilerplateRemover(BoilerplateModel.empty(), PATTERNS, SETTINGS);
    }

    private static RawArticle vi(String id, String title, String body) {
        List<String> paragraphs = new ArrayList<>(HEADER);
        paragraphs.add(title);
        paragraphs.add(body);
        paragraphs.addAll(FOOTER);
        return article(id, Map.of(Language.VI, paragraphs, Language.FR, List.of("Titre " + id)));
    }

    private static RawArticle article(String id, Map<Language, List<String>> paragraphs) {
        Map<Language, RawVersion> versions = new EnumMap<>(Language.class);
        paragraphs.forEach(
                (language, list) -> versions.put(language, new RawVersion(language, language.code() + ".txt", list)));
        return new RawArticle(id, ArticleMeta.NONE, versions, "0".repeat(64));
    }
}
