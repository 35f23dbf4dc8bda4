package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseToneMarksTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // open oa / oe / uy: the tone moves to the first vowel
        "hoà, hòa",
        "Hoà, Hòa",
        "HOÀ, HÒA",
        "hoá, hóa",
        "hoả, hỏa",
        "hoã, hõa",
        "hoạ, họa",
        "toạ, tọa",
        "loà, lòa",
        "khoẻ, khỏe",
        "Khoẻ, Khỏe",
        "xoè, xòe",
        "thuỷ, thủy",
        "Thuỵ, Thụy",
        "Uỷ, Ủy",
        "uỷ, ủy",
        "UỶ, ỦY",
        "tuý, túy",
        "luỹ, lũy",
        "khuỷ, khủy",
        "Hoá, Hóa",
        // already in the chosen convention: unchanged
        "hòa, hòa",
        "thủy, thủy",
        "Ủy, Ủy",
        "khỏe, khỏe",
        // with a final consonant the second vowel carries the tone, in both conventions
        "hoàn, hoàn",
        "thuyền, thuyền",
        "hoạch, hoạch",
        "khoét, khoét",
        "huýt, huýt",
        "hòan, hoàn",
        "tòan, toàn",
        "thủyt, thuỷt",
        // qu and gi: the u / i belong to the initial consonant
        "quý, quý",
        "Quý, Quý",
        "qúy, quý",
        "quả, quả",
        "qủa, quả",
        "quyết, quyết",
        "già, già",
        "giữ, giữ",
        "gìn, gìn",
        // nuclei both conventions agree on: left as written
        "thuở, thuở",
        "người, người",
        "Nguyễn, Nguyễn",
        "nghiêng, nghiêng",
        "khoái, khoái",
        "ngoáy, ngoáy",
        "khuya, khuya",
        "khuỷu, khuỷu",
        "tuổi, tuổi",
        "hoa, hoa",
        "thuy, thuy",
        // not Vietnamese syllables: untouched
        "café, café",
        "Hòaxyz, Hòaxyz",
        "vietnam.vn, vietnam.vn"
    })
    void placesToneOnOneConvention(String input, String expected) {
        assertThat(VietnameseToneMarks.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Ủy ban nhân dân tỉnh Thái Bình | Uỷ ban nhân dân tỉnh Thái Bình",
                "Hòa Bình và Khánh Hòa | Hoà Bình và Khánh Hoà",
                "sức khỏe, thủy lợi, hòa giải. | sức khoẻ, thuỷ lợi, hoà giải.",
                "(Tỉnh ủy) - \"thủy\" | (Tỉnh uỷ) - \"thuỷ\""
            })
    void bothConventionsOfASentenceCompareEqual(String newsStyle, String otherStyle) {
        assertThat(VietnameseToneMarks.normalize(otherStyle)).isEqualTo(newsStyle);
        assertThat(VietnameseToneMarks.normalize(newsStyle)).isEqualTo(newsStyle);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hoà", "thuỷ", "Uỷ", "khoẻ", "toạ"})
    void decomposedInputAfterNfcGivesTheSameResult(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        assertThat(TextNormalizer.normalize(decomposed, Language.VI)).isEqualTo(VietnameseToneMarks.normalize(word));
    }
}
