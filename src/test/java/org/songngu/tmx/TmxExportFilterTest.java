package org.songngu.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TmxExportFilterTest {

    private static Set<String> set(String cell) {
        return cell == null ? Set.of() : Set.copyOf(Arrays.asList(cell.split(" ")));
    }

    private static LocalDate date(String cell) {
        return cell == null ? null : LocalDate.parse(cell);
    }

    /**
     * Filter: approved only, minimum confidence, article ids, from, to, excluded categories.
     * Candidate: article, date, status, confidence, finding categories. Then the verdict.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            defaults keep approved          | true  | 0    | -     | -          | -          | -           | a | \
            2024-01-01 | approved | 0.10 | -           | true
            defaults drop pending           | true  | 0    | -     | -          | -          | -           | a | \
            2024-01-01 | pending  | 0.99 | -           | false
            status is case-insensitive      | true  | 0    | -     | -          | -          | -           | a | \
            2024-01-01 | APPROVED | 0.99 | -           | true
            any keeps pending               | false | 0    | -     | -          | -          | -           | a | \
            2024-01-01 | pending  | 0.99 | -           | true
            any keeps rejected              | false | 0    | -     | -          | -          | -           | a | \
            2024-01-01 | rejected | 0.99 | -           | true
            confidence at the minimum       | false | 0.8  | -     | -          | -          | -           | a | \
            2024-01-01 | pending  | 0.80 | -           | true
            confidence below the minimum    | false | 0.8  | -     | -          | -          | -           | a | \
            2024-01-01 | pending  | 0.79 | -           | false
            listed article                  | true  | 0    | a b   | -          | -          | -           | b | \
            2024-01-01 | approved | 0.50 | -           | true
            unlisted article                | true  | 0    | a b   | -          | -          | -           | c | \
            2024-01-01 | approved | 0.50 | -           | false
            first day of the range          | true  | 0    | -     | 2024-01-01 | 2024-01-31 | -           | a | \
            2024-01-01 | approved | 0.50 | -           | true
            last day of the range           | true  | 0    | -     | 2024-01-01 | 2024-01-31 | -           | a | \
            2024-01-31 | approved | 0.50 | -           | true
            after the range                 | true  | 0    | -     | 2024-01-01 | 2024-01-31 | -           | a | \
            2024-02-01 | approved | 0.50 | -           | false
            before an open-ended range      | true  | 0    | -     | 2024-01-01 | -          | -           | a | \
            2023-12-31 | approved | 0.50 | -           | false
            after an open-ended range       | true  | 0    | -     | 2024-01-01 | -          | -           | a | \
            2030-01-01 | approved | 0.50 | -           | true
            up to a day                     | true  | 0    | -     | -          | 2024-01-31 | -           | a | \
            2020-01-01 | approved | 0.50 | -           | true
            undated article with a range    | true  | 0    | -     | -          | 2024-01-31 | -           | a | -     \
                 | approved | 0.50 | -           | false
            undated article without range   | true  | 0    | -     | -          | -          | -           | a | -     \
                 | approved | 0.50 | -           | true
            French with an excluded finding | true  | 0    | -     | -          | -          | TYPOS       | a | \
            2024-01-01 | approved | 0.50 | GRAMMAR typos | false
            French with other findings      | true  | 0    | -     | -          | -          | TYPOS STYLE | a | \
            2024-01-01 | approved | 0.50 | GRAMMAR     | true
            French without findings         | true  | 0    | -     | -          | -          | typos       | a | \
            2024-01-01 | approved | 0.50 | -           | true
            every filter passes             | true  | 0.5  | a     | 2024-01-01 | 2024-12-31 | TYPOS       | a | \
            2024-06-01 | approved | 0.50 | STYLE       | true
            """)
    void keepsOnlyWhatEveryCriterionAccepts(
            String label,
            boolean approvedOnly,
            double minConfidence,
            String articles,
            String from,
            String to,
            String excluded,
            String article,
            String articleDate,
            String status,
            double confidence,
            String categories,
            boolean kept) {
        TmxExportFilter filter =
                new TmxExportFilter(approvedOnly, minConfidence, set(articles), date(from), date(to), set(excluded));
        ExportCandidate candidate =
                new ExportCandidate(article, date(articleDate), status, confidence, set(categories));

        assertThat(filter.test(candidate)).as(label).isEqualTo(kept);
    }

    @Test
    void theDefaultFilterKeepsApprovedUnitsOnly() {
        TmxExportFilter filter = TmxExportFilter.approved();

        assertThat(filter.approvedOnly()).isTrue();
        assertThat(filter.test(new ExportCandidate("a", null, "approved", 0, Set.of("TYPOS"))))
                .isTrue();
        assertThat(filter.test(new ExportCandidate("a", null, "pending", 1, Set.of())))
                .isFalse();
    }

    @Test
    void rejectsImpossibleFilters() {
        assertThatThrownBy(() -> new TmxExportFilter(true, 1.5, Set.of(), null, null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> new TmxExportFilter(true, -0.1, Set.of(), null, null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TmxExportFilter(true, Double.NaN, Set.of(), null, null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TmxExportFilter(
                        true, 0, Set.of(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-02-01");
    }

    @Test
    void rejectsIncompleteCandidates() {
        assertThatThrownBy(() -> new ExportCandidate(" ", null, "approved", 0.5, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExportCandidate("a", null, "", 0.5, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExportCandidate("a", null, "approved", 1.01, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
