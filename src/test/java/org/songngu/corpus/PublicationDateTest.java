package org.songngu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mis à jour le 12/03/2024 à 08:45 – Lecture 3 min | 2024-03-12
            Cập nhật: 08:45, 12/03/2024 | 2024-03-12
            Publié le 1er août 2024 | 2024-08-01
            Published March 12, 2024 | 2024-03-12
            Ngày đăng: 5 tháng 7 năm 2023 | 2023-07-05
            2024-03-15T08:30:00+07:00 | 2024-03-15
            Published 03/25/2024 | 2024-03-25
            """)
    void readsTheDate(String line, String date) {
        assertThat(PublicationDate.in(line)).contains(LocalDate.parse(date));
    }

    @Test
    void noDateNoInventedDate() {
        assertThat(PublicationDate.in("1 532 lectures")).isEmpty();
        assertThat(PublicationDate.in("Publié le 31/02/2024")).isEmpty();
        // Java's calendar has a year 0, PostgreSQL refuses it: no date, rather than a failed write
        assertThat(PublicationDate.in("Publié le 12/03/0000")).isEmpty();
    }

    @Test
    void theDeclaredDateIsAnIsoDateOrRefusedWithTheValueShown() {
        assertThat(PublicationDate.declared(null)).isEmpty();
        assertThat(PublicationDate.declared(" ")).isEmpty();
        assertThat(PublicationDate.declared("2024-08-15")).contains(LocalDate.of(2024, 8, 15));
        assertThat(PublicationDate.declared("2024-08-15T08:45:00+07:00")).contains(LocalDate.of(2024, 8, 15));
        assertThatThrownBy(() -> PublicationDate.declared("12/03/2024"))
                .hasMessage("date \"12/03/2024\" is not a date of the form YYYY-MM-DD");
        assertThatThrownBy(() -> PublicationDate.declared("2024-02-30")).hasMessageContaining("\"2024-02-30\"");
        assertThatThrownBy(() -> PublicationDate.declared("x".repeat(100) + "\n"))
                .hasMessage("date \"" + "x".repeat(40) + "…\" is not a date of the form YYYY-MM-DD");
    }

    @Test
    void publicationIsTheEarliestFrenchDate() {
        List<MetadataLine> lines = List.of(
                line(Language.VI, "Cập nhật: 08:45, 01/01/2020"),
                line(Language.FR, "Mis à jour le 14/03/2024 à 08:45"),
                line(Language.FR, "Publié le 12/03/2024 à 07:00"),
                new MetadataLine(Language.FR, 3, MetadataKind.COUNTER, "Lu 01/01/2019", MetadataLine.DetectedBy.RULE));
        assertThat(PublicationDate.of(lines)).contains(LocalDate.of(2024, 3, 12));
        assertThat(PublicationDate.of(List.of(line(Language.VI, "Cập nhật: 08:45, 01/01/2020"))))
                .contains(LocalDate.of(2020, 1, 1));
    }

    private static MetadataLine line(Language language, String text) {
        return new MetadataLine(language, 0, MetadataKind.DATE, text, MetadataLine.DetectedBy.RULE);
    }
}
