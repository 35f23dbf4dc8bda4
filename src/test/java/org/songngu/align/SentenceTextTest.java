package org.songngu.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Il y avait 30 000 hommes.|30000",
                "There were 30,000 men.|30000",
                "Le 21/12/2023.|21 12 2023",
                "Article 007 et 3,5 %.|7 3 5",
                "Sans chiffre.|''",
            })
    void numbers(String sentence, String expected) {
        List<String> numbers = SentenceText.of(sentence).numbers();
        assertThat(String.join(" ", numbers)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Qui ? Quoi !|? !",
                "Il dit : « oui » (enfin).|: \" (",
                "Rien de spécial.|''",
            })
    void marks(String sentence, String expected) {
        assertThat(String.join(" ", SentenceText.of(sentence).marks())).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Đồng chí Nguyễn Tiến Thành phát biểu.|nguyen tien thanh",
                "Alors David alla à Jérusalem.|david jerusalem",
                "Le roi partit.|''",
            })
    void namesAreFoldedCapitalisedWordsAfterTheFirst(String sentence, String expected) {
        assertThat(String.join(" ", SentenceText.of(sentence).names())).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Đa-vít đi.|đa vít đi",
                "l’élite d’Israël|l élite d israël",
            })
    void hyphensAndApostrophesSplitWords(String sentence, String expected) {
        assertThat(String.join(" ", SentenceText.of(sentence).words())).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void sentencesOfOneDocumentShareEachWord() {
        PreparedPair pair = PreparedPair.of(new DocumentPair(
                "d", List.of("Le comité se réunit.", "Le comité approuve."), List.of("Ủy ban họp.", "le comité")));
        SentenceText first = pair.source().get(0);
        SentenceText second = pair.source().get(1);
        assertThat(second.words().get(0)).isSameAs(first.words().get(0)).isEqualTo("le");
        assertThat(second.folded().get(1)).isSameAs(first.folded().get(1)).isEqualTo("comite");
        assertThat(pair.target().get(1).words().get(1))
                .isSameAs(first.words().get(1))
                .isEqualTo("comité");
        // the features are those of a sentence read alone
        assertThat(first).isEqualTo(SentenceText.of("Le comité se réunit."));
    }
}
