package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFinderTest {

    private final NameFinder finder = new NameFinder(List.of("Vo Nguyen Giap"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "M. Nguyen Tien Thanh a dit.|Nguyen Tien Thanh",
                "M. Nguyễn Tiến Thành a dit.|Nguyễn Tiến Thành",
                "La province de Thai Binh.|Thai Binh",
                "Xuan Bac est venu.|Xuan Bac",
                "Le Van Thinh est venu.|Van Thinh",
                "Selon M. Thanh, tout va bien.|Thanh",
                "Selon Mme Phước, tout va bien.|Phước",
                "Le général Vo Nguyen Giap.|Vo Nguyen Giap",
                "Le général Võ Nguyên Giáp.|Võ Nguyên Giáp",
                "Le Comité provincial du Parti.|''",
                "En France, le bac a lieu en juin.|''",
                "Le Bac est difficile.|''",
                "Il habite à Paris depuis un an.|''",
            })
    void findsVietnameseNames(String sentence, String expected) {
        List<String> found = finder.find(sentence, List.of()).stream()
                .map(span -> sentence.substring(span.start(), span.end()))
                .toList();

        assertThat(found).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Mme Ksor Phuoc a présidé.|Ksor Phước|4|14",
                "Mme KSOR Phuoc a présidé.|Ksor Phước|4|14",
                "Il y a un an, Mme An a parlé.|An|18|20",
                "Le pont de Long Bien.|Long Biên|11|20",
            })
    void findsTheGivenNamesWithOrWithoutDiacriticsWhenCapitalised(String sentence, String name, int start, int end) {
        assertThat(finder.find(sentence, List.of(name))).containsExactly(new Span(start, end));
    }
}
