package org.songngu.align;

import java.util.List;

/** The sum of the costs of independent scorers. Not thread-safe when its parts are not. */
final class CompositeScorer implements BeadScorer {

    private final BeadScorer[] parts;
    private double[] partial = new double[0];

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

    @Override
    public void costsEndingAt(int i, int j, int[][] shapes, double[] out) {
        if (partial.length != shapes.length) {
            partial = new double[shapes.length];
        }
        java.util.Arrays.fill(out, 0, shapes.length, 0);
        for (BeadScorer part : parts) {
            part.costsEndingAt(i, j, shapes, partial);
            for (int k = 0; k < shapes.length; k++) {
                out[k] += partial[k];
            }
        }
    }
}
