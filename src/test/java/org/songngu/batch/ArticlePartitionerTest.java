package org.songngu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticlePartitionerTest {

    @ParameterizedTest(name = "{0} articles in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0    | 2 | 0-0",
                "1    | 2 | 0-1",
                "5    | 2 | 0-2 2-5",
                "10   | 3 | 0-3 3-6 6-10",
                "1000 | 2 | 0-500 500-1000",
                "3    | 8 | 0-1 1-2 2-3",
            })
    void cutsContiguousRangesCoveringEveryArticleOnce(int articles, int grid, String expected) {
        List<String> ranges = new ArticlePartitioner(articles)
                .partition(grid).values().stream()
                        .map(context ->
                                context.getInt(ArticlePartitioner.FROM) + "-" + context.getInt(ArticlePartitioner.TO))
                        .toList();

        assertThat(String.join(" ", ranges)).isEqualTo(expected);
    }
}
