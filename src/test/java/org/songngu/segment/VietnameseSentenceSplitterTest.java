package org.songngu.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.songngu.corpus.Language;

/** Hard cases of Vietnamese news text: each row is a paragraph and the sentences it must give. */
class VietnameseSentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = SentenceSplitter.forLanguage(Language.VI);

    static Stream<Arguments> hardCases() {
        return Stream.of(
                row(
                        "Đồng chí Nguyễn Tiến Thành, Phó Bí thư Thường trực Tỉnh ủy, chủ trì hội nghị. Cùng dự có "
                                + "các đồng chí trong Ban Thường vụ Tỉnh ủy.",
                        "Đồng chí Nguyễn Tiến Thành, Phó Bí thư Thường trực Tỉnh ủy, chủ trì hội nghị.",
                        "Cùng dự có các đồng chí trong Ban Thường vụ Tỉnh ủy."),
                // The city: TP.HCM, TP. HCM, TP. Hồ Chí Minh, Tp. Thái Bình; ending a sentence too.
                row(
                        "Hội nghị diễn ra tại TP.HCM vào sáng 21/12. Các đại biểu đã thảo luận.",
                        "Hội nghị diễn ra tại TP.HCM vào sáng 21/12.",
                        "Các đại biểu đã thảo luận."),
                row(
                        "Đoàn công tác đến TP. HCM ngày 5/7. Sau đó đoàn về Thái Bình.",
                        "Đoàn công tác đến TP. HCM ngày 5/7.",
                        "Sau đó đoàn về Thái Bình."),
                row("Ông làm việc tại TP. Hồ Chí Minh nhiều năm.", "Ông làm việc tại TP. Hồ Chí Minh nhiều năm."),
                row("Tp. Thái Bình tổ chức hội nghị tiếp công dân.", "Tp. Thái Bình tổ chức hội nghị tiếp công dân."),
                row(
                        "Trụ sở đặt tại số 5, P.5, Q.1, TP.HCM. Đây là địa điểm mới.",
                        "Trụ sở đặt tại số 5, P.5, Q.1, TP.HCM.",
                        "Đây là địa điểm mới."),
                row(
                        "Trụ sở đặt tại P. 5, Q. 3. Đây là địa điểm mới.",
                        "Trụ sở đặt tại P. 5, Q. 3.",
                        "Đây là địa điểm mới."),
                row("Trụ sở đặt tại P. Tân Định, Q. Bình Thạnh.", "Trụ sở đặt tại P. Tân Định, Q. Bình Thạnh."),
                // Titles and degrees.
                row(
                        "PGS.TS. Nguyễn Văn Hùng phát biểu tại hội nghị.",
                        "PGS.TS. Nguyễn Văn Hùng phát biểu tại hội nghị."),
                row(
                        "PGS. TS. Trần Văn Bình chủ trì. GS. Phan Huy Lê tham dự.",
                        "PGS. TS. Trần Văn Bình chủ trì.",
                        "GS. Phan Huy Lê tham dự."),
                row(
                        "GS.TS. Nguyễn Văn Cường, TS. Lê Thị Dung và ThS. Phạm Văn Em tham dự.",
                        "GS.TS. Nguyễn Văn Cường, TS. Lê Thị Dung và ThS. Phạm Văn Em tham dự."),
                row(
                        "Th.S Nguyễn Thị Phương trình bày báo cáo. Th.S. Lê Văn Giang bổ sung.",
                        "Th.S Nguyễn Thị Phương trình bày báo cáo.",
                        "Th.S. Lê Văn Giang bổ sung."),
                row("BS. Trần Văn Hải khám bệnh cho người dân.", "BS. Trần Văn Hải khám bệnh cho người dân."),
                row(
                        "Đ/c Nguyễn Văn Giang phát biểu. Đ/c Nguyễn Tiến Thành kết luận.",
                        "Đ/c Nguyễn Văn Giang phát biểu.",
                        "Đ/c Nguyễn Tiến Thành kết luận."),
                // Initials after ông, bà, anh.
                row("Ông N.V.A. cho biết đã được tiếp đón chu đáo.", "Ông N.V.A. cho biết đã được tiếp đón chu đáo."),
                row("Anh N.V.T. (SN 1990) đã được mời lên làm việc.", "Anh N.V.T. (SN 1990) đã được mời lên làm việc."),
                row("Theo N. V. Hùng, phong trào lan tỏa.", "Theo N. V. Hùng, phong trào lan tỏa."),
                row(
                        "Ông N. V. Hùng đã tới dự. Bà T.T. Hoa cũng có mặt.",
                        "Ông N. V. Hùng đã tới dự.",
                        "Bà T.T. Hoa cũng có mặt."),
                // "v.v." inside and at the end of a sentence.
                row(
                        "Các khâu chuẩn bị, tổ chức, tổng kết v.v. đều được thực hiện tốt.",
                        "Các khâu chuẩn bị, tổ chức, tổng kết v.v. đều được thực hiện tốt."),
                row(
                        "Hội nghị bàn về kinh tế, xã hội, quốc phòng v.v. Các đại biểu đều nhất trí.",
                        "Hội nghị bàn về kinh tế, xã hội, quốc phòng v.v.",
                        "Các đại biểu đều nhất trí."),
                // Numbers, dates, a sentence ending in a number or starting with one (no rule needed:
                // breaks want a space or a capital after the full stop).
                row(
                        "Tổng kinh phí là 1.000.000 đồng. Tăng trưởng đạt 3,5%.",
                        "Tổng kinh phí là 1.000.000 đồng.", "Tăng trưởng đạt 3,5%."),
                row(
                        "Ngày 21.12.2023, hội nghị được tổ chức. Ngày 21/12/2023 là thứ Năm.",
                        "Ngày 21.12.2023, hội nghị được tổ chức.",
                        "Ngày 21/12/2023 là thứ Năm."),
                row(
                        "Số đồng chí được tặng Kỷ niệm chương là 40. Hội nghị cũng khen thưởng 16 tập thể.",
                        "Số đồng chí được tặng Kỷ niệm chương là 40.",
                        "Hội nghị cũng khen thưởng 16 tập thể."),
                row(
                        "Năm 2023, có 40 đồng chí được tặng Kỷ niệm chương. 16 tập thể được khen thưởng.",
                        "Năm 2023, có 40 đồng chí được tặng Kỷ niệm chương.",
                        "16 tập thể được khen thưởng."),
                row(
                        "Dự án số 08-ĐA/TU ngày 5/7/2023 được triển khai nghiêm túc. Công tác tiếp dân được bảo đảm.",
                        "Dự án số 08-ĐA/TU ngày 5/7/2023 được triển khai nghiêm túc.",
                        "Công tác tiếp dân được bảo đảm."),
                // Ellipses.
                row(
                        "Còn nhiều khó khăn… Nhưng phong trào vẫn phát triển.",
                        "Còn nhiều khó khăn…",
                        "Nhưng phong trào vẫn phát triển."),
                row(
                        "Còn nhiều khó khăn... Nhưng phong trào vẫn phát triển.",
                        "Còn nhiều khó khăn...",
                        "Nhưng phong trào vẫn phát triển."),
                row("Các xã, phường… đều tham gia.", "Các xã, phường… đều tham gia."),
                // Quotes: full stop inside or outside, a sentence starting with a quote.
                row(
                        "Đồng chí nói: “Phải lắng nghe dân.” Các đại biểu đều tán thành.",
                        "Đồng chí nói: “Phải lắng nghe dân.”",
                        "Các đại biểu đều tán thành."),
                row(
                        "Ông khẳng định: \"Dân là gốc.\" Hội nghị kết thúc.",
                        "Ông khẳng định: \"Dân là gốc.\"",
                        "Hội nghị kết thúc."),
                row(
                        "Phong trào mang tên “Dân vận khéo”. Phong trào lan tỏa rộng khắp.",
                        "Phong trào mang tên “Dân vận khéo”.",
                        "Phong trào lan tỏa rộng khắp."),
                row(
                        "Hội nghị kết thúc. “Phải lắng nghe dân”, đồng chí nhấn mạnh.",
                        "Hội nghị kết thúc.",
                        "“Phải lắng nghe dân”, đồng chí nhấn mạnh."),
                // A colon list.
                row(
                        "Hội nghị đề ra ba nhiệm vụ: một là, tuyên truyền; hai là, phát huy dân chủ; ba là, cải "
                                + "cách hành chính.",
                        "Hội nghị đề ra ba nhiệm vụ: một là, tuyên truyền; hai là, phát huy dân chủ; ba là, cải "
                                + "cách hành chính."),
                // A stray space before the full stop, a missing space after it, double spaces.
                row(
                        "Đồng chí nêu rõ các mục tiêu chính trị . Đồng chí cũng đề nghị đổi mới.",
                        "Đồng chí nêu rõ các mục tiêu chính trị .",
                        "Đồng chí cũng đề nghị đổi mới."),
                row("Hội nghị kết thúc.Sau đó các đại biểu ra về.", "Hội nghị kết thúc.", "Sau đó các đại biểu ra về."),
                row(
                        "Hội nghị kết thúc.  Sau đó các đại biểu ra về.",
                        "Hội nghị kết thúc.",
                        "Sau đó các đại biểu ra về."),
                // URLs and e-mail addresses.
                row(
                        "Chi tiết xem tại www.thaibinh.gov.vn. Mọi ý kiến gửi về bandanvan@thaibinh.gov.vn.",
                        "Chi tiết xem tại www.thaibinh.gov.vn.",
                        "Mọi ý kiến gửi về bandanvan@thaibinh.gov.vn."),
                row(
                        "Xem https://baothaibinh.com.vn/Tin-Tuc/Chinh-Tri.Html để biết thêm.",
                        "Xem https://baothaibinh.com.vn/Tin-Tuc/Chinh-Tri.Html để biết thêm."),
                row(
                        "Liên hệ: Ban.Dan.Van@thaibinh.gov.vn hoặc số máy lẻ 12.",
                        "Liên hệ: Ban.Dan.Van@thaibinh.gov.vn hoặc số máy lẻ 12."),
                // A title without a final full stop; question and exclamation.
                row("Nâng cao chất lượng, hiệu quả công tác dân vận", "Nâng cao chất lượng, hiệu quả công tác dân vận"),
                row(
                        "Làm thế nào để gần dân? Phải lắng nghe dân! Đó là phương châm.",
                        "Làm thế nào để gần dân?",
                        "Phải lắng nghe dân!",
                        "Đó là phương châm."));
    }

    @ParameterizedTest
    @MethodSource("hardCases")
    void splitsHardCases(String paragraph, List<String> expected) {
        assertThat(SPLITTER.split(paragraph)).containsExactlyElementsOf(expected);
    }

    static Arguments row(String paragraph, String... sentences) {
        return arguments(paragraph, List.of(sentences));
    }
}
