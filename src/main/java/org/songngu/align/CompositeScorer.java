package org.songngu.align;

import java.util.List;

/** The sum of the costs of independent scorers. Not thread-safe when its parts are not. */
final class CompositeScorer implements BeadScorer {

    private final BeadScorer[] parts;

    CompositeScorer(List<BeadScorer> parts) {
        this.parts = parts.toArray(BeadScorer[]::new);
    }

    @Override
    public double cost(int s, int a, int t, int b) {
        double sum = 0;
        for (BeadScorer part : parts) {
            sum += part.cost(s, a, t, b);
        }
        return sum;
    }
}
