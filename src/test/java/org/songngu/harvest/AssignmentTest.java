package org.songngu.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    @Test
    void aDecoyThatScoresHigherWithOnePageDoesNotTakeItFromItsTranslation() {
        // French 0 likes both pages; French 1 only page 0. Greedy (0→0 at 0.9) leaves French 1 alone.
        List<Assignment.Edge> edges = List.of(
                new Assignment.Edge(0, 0, 0.9), new Assignment.Edge(0, 1, 0.85), new Assignment.Edge(1, 0, 0.8));
        assertThat(Assignment.solve(2, 2, edges)).containsExactly(1, 0);
    }

    @Test
    void noPageIsForcedIntoAPair() {
        assertThat(Assignment.solve(3, 3, List.of(new Assignment.Edge(2, 1, 0.4))))
                .containsExactly(-1, -1, 1);
    }

    @Test
    void matchesTheBestTotalOfEveryRandomGraph() {
        Random random = new Random(21);
        for (int round = 0; round < 300; round++) {
            int lefts = 1 + random.nextInt(6);
            int rights = 1 + random.nextInt(6);
            List<Assignment.Edge> edges = new ArrayList<>();
            for (int l = 0; l < lefts; l++) {
                for (int r = 0; r < rights; r++) {
                    if (random.nextDouble() < 0.5) {
                        edges.add(new Assignment.Edge(l, r, 0.01 + random.nextDouble()));
                    }
                }
            }
            int[] match = Assignment.solve(lefts, rights, edges);
            boolean[] used = new boolean[rights];
            double total = 0;
            for (int l = 0; l < lefts; l++) {
                if (match[l] >= 0) {
                    assertThat(used[match[l]]).as("one-to-one").isFalse();
                    used[match[l]] = true;
                    total += weight(edges, l, match[l]);
                }
            }
            assertThat(total)
                    .isCloseTo(best(edges, lefts, 0, new boolean[rights]), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    private static double weight(List<Assignment.Edge> edges, int l, int r) {
        return edges.stream()
                .filter(e -> e.left() == l && e.right() == r)
                .findFirst()
                .orElseThrow()
                .weight();
    }

    private static double best(List<Assignment.Edge> edges, int lefts, int l, boolean[] used) {
        if (l == lefts) {
            return 0;
        }
        double best = best(edges, lefts, l + 1, used);
        for (Assignment.Edge edge : edges) {
            if (edge.left() == l && !used[edge.right()]) {
                used[edge.right()] = true;
                best = Math.max(best, edge.weight() + best(edges, lefts, l + 1, used));
                used[edge.right()] = false;
            }
        }
        return best;
    }
}
