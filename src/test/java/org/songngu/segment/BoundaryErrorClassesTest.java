package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.songngu.corpus.Language;

/**
 * The error classes of issue 25, in French, English and Vietnamese: each row is a paragraph with
 * its expected boundaries written " | ". Rows are grouped by class; every class has rows in all
 * three languages.
 */
class BoundaryErrorClassesTest {

    static Stream<Arguments> quotesAfterABoundary() {
        return Stream.of(
                row(Language.FR, "Le marché ouvre à 6 h. | \"Les prix ont doublé\", dit une vendeuse."),
                row(Language.FR, "Le marché ouvre à l'aube. | “Les prix ont doublé”, dit une vendeuse."),
                row(Language.FR, "Le marché ouvre à l'aube. | « Les prix ont doublé », dit une vendeuse."),
                row(Language.FR, "Le marché ouvre à l'aube. | ‘Les prix ont doublé’, dit une vendeuse."),
                row(Language.FR, "Il a conclu : \"Nous continuerons.\" | Puis il est parti."),
                row(Language.EN, "The market opens at dawn. | \"Prices have doubled,\" a vendor said."),
                row(Language.EN, "The market opens at dawn. | “Prices have doubled,” a vendor said."),
                row(Language.EN, "The market opens at dawn. | «Prices have doubled,» a vendor said."),
                row(Language.EN, "The market opens at dawn. | ‘Prices have doubled,’ a vendor said."),
                row(Language.EN, "He said: “We will go on.” | Then he left."),
                row(Language.VI, "Chợ mở cửa lúc 6 giờ. | \"Giá đã tăng gấp đôi\", một người bán nói."),
                row(Language.VI, "Chợ mở cửa lúc 6 giờ. | “Giá đã tăng gấp đôi”, một người bán nói."),
                row(Language.VI, "Chợ mở cửa lúc 6 giờ. | «Giá đã tăng gấp đôi», một người bán nói."),
                row(Language.VI, "Chợ mở cửa lúc 6 giờ. | ‘Giá đã tăng gấp đôi’, một người bán nói."),
                row(Language.VI, "Ông nói: “Chúng tôi sẽ tiếp tục.” | Sau đó ông rời đi."),
                row(Language.VI, "Chợ mở cửa lúc 6 giờ. | \" Giá đã tăng \", một người bán nói."),
                row(Language.VI, "Chợ bán trái cây, rau, v.v. | \"Giá đã tăng\", một người bán nói."),
                row(Language.FR, "Il est parti ! | \"Non\", dit-elle."),
                row(Language.EN, "They sell fruit, etc. | \"Prices rise,\" he said."));
    }

    static Stream<Arguments> vietnameseNewsAbbreviations() {
        return Stream.of(
                row(Language.VI, "TT. Biden đến Hà Nội chiều 10/9. | Ông gặp Mr. Smith và St. Paul."),
                row(Language.VI, "Đoàn về H. Củ Chi rồi TX. Sơn Tây."),
                row(
                        Language.VI,
                        "Ông Nguyễn Văn A., Chủ tịch UBND TP. Thủ Đức, phát biểu. | PGS.TS. Trần B. Lê trả lời."),
                row(Language.VI, "ThS. Phạm Văn C. và KS. Lê Văn D. cùng dự. | BS. Nguyễn Thị E. khám bệnh."),
                row(
                        Language.VI,
                        "Hội nghị tại Q. 1, P. Bến Nghé, Tp. Thủ Đức. | GS. Phan Huy Lê và TS. Lê Văn F. tham dự."),
                row(Language.VI, "Đại diện TW. Đoàn và Mrs. Thatcher, Dr. Lee, Ms. Kim có mặt."),
                row(Language.VI, "Đoàn đến T. Thái Bình và TT. Huế. | Các đại biểu đều nhất trí."),
                row(Language.FR, "Le Dr. Baxa, l'avocat de la famille, a parlé. | M. Nguyen et Mme Hoa sont arrivés."),
                row(Language.FR, "Il a prié deux fois à St. Silas Church à Londres. | Puis il est rentré."),
                row(
                        Language.FR,
                        "L'association a été créée à l'initiative de J.-P. Bruneau. | Elle compte 40 membres."),
                row(Language.EN, "Mr. Smith met Dr. Lee at St. Paul's. | They spoke for an hour."),
                row(Language.EN, "Gen. Giap and Prof. Nguyen met Sen. McCain and Gov. Brown."),
                row(Language.EN, "He visited TX. Son Tay and H. Cu Chi. | PGS.TS. Nguyen Van A spoke in TP. Thu Duc."),
                row(
                        Language.FR,
                        "Il a visité TX. Son Tay et H. Cu Chi. | Le PGS.TS. Nguyen Van A a parlé à TP. Thu Duc."));
    }

    static Stream<Arguments> initials() {
        return Stream.of(
                row(Language.FR, "Le roman de J. K. Rowling est traduit. | Il paraît en mai."),
                row(Language.FR, "Selon J.K. Rowling, le livre est fini."),
                row(Language.EN, "The novel by J. K. Rowling was translated. | It comes out in May."),
                row(Language.EN, "According to J.K. Rowling, the book is finished."),
                row(Language.VI, "Cuốn tiểu thuyết của J. K. Rowling đã được dịch. | Sách ra mắt vào tháng 5."),
                row(Language.VI, "Theo J.K. Rowling, cuốn sách đã hoàn thành."),
                row(Language.VI, "George W. Bush đến Hà Nội."),
                row(Language.VI, "Tác giả J. Smith cho biết như vậy."),
                row(Language.FR, "L'essai de J.-P. Sartre a été lu. | Il a plu."),
                row(Language.EN, "The essay by J.-P. Sartre was read. | It rained."),
                row(Language.VI, "Tiểu luận của J.-P. Sartre đã được đọc. | Trời mưa."));
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                row(
                        Language.FR,
                        "Le village compte 3.000 habitants, soit 1,5 % de plus. | La fête a eu lieu le 15.08.2024 à "
                                + "midi."),
                row(Language.FR, "La hausse atteint 1,5 %. | Elle était de 3.000 euros."),
                row(
                        Language.EN,
                        "The village has 3.000 inhabitants, 1,5 % more. | The fair was held on 15.08.2024 at noon."),
                row(Language.EN, "Prices rose 1.5 %. | They were 3,000 dollars."),
                row(Language.VI, "Xã có 3.000 dân, tăng 1,5 %. | Lễ hội diễn ra ngày 15.08.2024 lúc 12 giờ."),
                row(Language.VI, "Kinh phí tăng 1,5 %. | Tổng số là 3.000 tỷ đồng."),
                row(Language.FR, "Trois points. | 1. Le marché ouvre. | 2. Les prix montent."),
                row(Language.EN, "Three points. | 1. The market opens. | 2. Prices rise."),
                row(Language.VI, "Ba điểm chính. | 1. Chợ mở cửa sớm. | 2. Giá tăng."),
                row(Language.VI, "Trụ sở đặt tại P. 5, Q. 3. | Đây là địa điểm mới."));
    }

    static Stream<Arguments> ellipsis() {
        return Stream.of(
                row(Language.FR, "Il attendait, attendait... | Puis la pluie est venue."),
                row(Language.FR, "Il attendait… et rien ne venait."),
                row(Language.FR, "Les fruits, les légumes, le poisson… | Tout a augmenté."),
                row(Language.EN, "He waited and waited... | Then the rain came."),
                row(Language.EN, "He waited… and nothing came."),
                row(Language.VI, "Ông chờ mãi, chờ mãi... | Rồi mưa đến."),
                row(Language.VI, "Ông chờ… và không có gì đến."),
                row(Language.FR, "Il hésita... | \"Non\", dit-il."),
                row(Language.EN, "He hesitated... | \"No,\" he said."),
                row(Language.EN, "\"We will see...\" - he said."),
                row(Language.FR, "\"Nous verrons...\" - a-t-il dit."),
                row(Language.VI, "\"Để xem...\" - ông nói. | Sau đó ông đi."));
    }

    static Stream<Arguments> urlsAndEmails() {
        return Stream.of(
                row(
                        Language.FR,
                        "Voir www.thaibinh.gov.vn/tin-tuc.html pour le texte. | Écrivez à "
                                + "ban.dan.van@thaibinh.gov.vn pour tout renseignement."),
                row(Language.FR, "Le texte est sur https://baochinhphu.vn/Tin.Tuc/Index.html depuis lundi."),
                row(
                        Language.EN,
                        "See www.thaibinh.gov.vn/news.html for the text. | Write to ban.dan.van@thaibinh.gov.vn for "
                                + "details."),
                row(Language.EN, "The text is on https://baochinhphu.vn/Tin.Tuc/Index.html since Monday."),
                row(
                        Language.VI,
                        "Xem www.thaibinh.gov.vn/tin-tuc.html để biết thêm. | Liên hệ ban.dan.van@thaibinh.gov.vn "
                                + "để được hỗ trợ."),
                row(Language.VI, "Văn bản đăng trên https://baochinhphu.vn/Tin.Tuc/Index.html từ thứ Hai."),
                row(Language.FR, "Le texte est sur baochinhphu.vn/Tin.Tuc/Index.html depuis lundi."),
                row(Language.EN, "The text is on baochinhphu.vn/Tin.Tuc/Index.html since Monday."),
                row(Language.VI, "Văn bản đăng trên baochinhphu.vn/Tin.Tuc/Index.html từ thứ Hai."));
    }

    static Stream<Arguments> abbreviationEndingASentence() {
        return Stream.of(
                row(Language.FR, "On y vend des fruits, des légumes, etc. | Les prix montent."),
                row(Language.FR, "On y vend des fruits, des légumes, etc. et du poisson."),
                row(Language.EN, "They sell fruit, vegetables, etc. | Prices are rising."),
                row(Language.EN, "They sell fruit, vegetables, etc. and fish."),
                row(Language.VI, "Chợ bán trái cây, rau, v.v. | Giá cả đang tăng."),
                row(Language.VI, "Chợ bán trái cây, rau, v.v. và cá."),
                row(Language.FR, "On vend des fruits, etc. | \"Les prix montent\", dit-il."),
                row(Language.EN, "They sell fruit, etc. | \"Prices rise,\" he said."),
                row(Language.VI, "Chợ bán trái cây, v.v. | \"Giá tăng\", ông nói."),
                row(Language.FR, "Il vit à Washington D.C. | Mme Pelosi a parlé."),
                row(Language.EN, "He works in Washington D.C. | Ms. Pelosi spoke."),
                row(Language.VI, "Ông làm việc ở Washington D.C. | Bà Pelosi nói."),
                row(Language.EN, "The U.S. Senate voted."),
                row(Language.FR, "Les U.S.A. Today ont titré."),
                row(Language.VI, "Thượng viện U.S. Senate đã bỏ phiếu."));
    }

    static Stream<Arguments> questionAndExclamationInsideQuotes() {
        return Stream.of(
                row(Language.FR, "« Pourquoi ? » demanda-t-il. | Personne ne répondit."),
                row(Language.FR, "\"Jamais !\" s'écria la vendeuse. | Le marché ferma."),
                row(Language.FR, "« Jusqu'où ira-t-on ? » s'interroge un habitant."),
                row(Language.EN, "\"Why?\" he asked. | Nobody answered."),
                row(Language.EN, "“Never!” shouted the vendor. | The market closed."),
                row(Language.VI, "\"Tại sao?\" ông hỏi. | Không ai trả lời."),
                row(Language.VI, "“Không bao giờ!” bà bán hàng kêu lên. | Chợ đóng cửa."),
                row(Language.VI, "\"Giá bao nhiêu?\" - tôi hỏi. | Bà không trả lời."),
                row(Language.FR, "\"Pourquoi ?\" - demande un habitant."),
                row(Language.EN, "\"Why?\" - he asked."),
                row(Language.EN, "“Why?” — he asked."),
                row(Language.VI, "“Tại sao?” - ông hỏi."),
                row(Language.VI, "“Tại sao?” — ông hỏi. | Không ai trả lời."));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource({
        "quotesAfterABoundary",
        "vietnameseNewsAbbreviations",
        "initials",
        "numbers",
        "ellipsis",
        "urlsAndEmails",
        "abbreviationEndingASentence",
        "questionAndExclamationInsideQuotes"
    })
    void splitsAsANewsReaderWould(Language language, String marked) {
        String[] expected = Arrays.stream(marked.split(" \\| ")).toArray(String[]::new);
        String paragraph = String.join(" ", expected);
        assertThat(SentenceSplitter.forLanguage(language).split(paragraph)).containsExactly(expected);
    }

    private static Arguments row(Language language, String marked) {
        return arguments(language, marked);
    }
}
