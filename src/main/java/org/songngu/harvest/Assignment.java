package org.songngu.harvest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The one-to-one assignment of pages: a maximum-weight bipartite matching, exact, where a page may
 * stay unmatched (no pair is forced). Solved per connected component of the candidate graph as a
 * min-cost flow by successive shortest paths (Dijkstra with potentials), stopping when a further
 * pair would lower the total: since the cost of the best k-pair matching is convex in k, this
 * gives the best matching of any size. A greedy "best candidate first" would let a decoy that
 * scores slightly higher with one page take it from the page it truly translates.
 */
public final class Assignment {

    private Assignment() {}

    /** A scored candidate between left {@code left} and right {@code right}. */
    public record Edge(int left, int right, double weight) {}

    /**
     * @return for each left node, the right node it is matched with, or -1
     */
    public static int[] solve(int lefts, int rights, List<Edge> edges) {
        int[] match = new int[lefts];
        Arrays.fill(match, -1);
        // Components over left and right nodes (right ones numbered after the left ones).
        int[] parent = new int[lefts + rights];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Edge edge : edges) {
            if (edge.weight() > 0) {
                union(parent, edge.left(), lefts + edge.right());
            }
        }
        java.util.Map<Integer, List<Edge>> components = new java.util.HashMap<>();
        for (Edge edge : edges) {
            if (edge.weight() > 0) {
                components
                        .computeIfAbsent(find(parent, edge.left()), k -> new ArrayList<>())
                        .add(edge);
            }
        }
        for (List<Edge> component : components.values()) {
            solveComponent(component, match);
        }
        return match;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[ra] = rb;
        }
    }

    /** Min-cost flow source → left → right → sink, costs -weight, on the component's own numbering. */
    private static void solveComponent(List<Edge> component, int[] match) {
        java.util.Map<Integer, Integer> leftIds = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> rightIds = new java.util.HashMap<>();
        List<Integer> leftNodes = new ArrayList<>();
        for (Edge edge : component) {
            leftIds.computeIfAbsent(edge.left(), k -> {
                leftNodes.add(k);
                return leftNodes.size() - 1;
            });
            rightIds.computeIfAbsent(edge.right(), k -> rightIds.size());
        }
        int l = leftIds.size();
        int r = rightIds.size();
        int source = 0;
        int sink = l + r + 1;
        Graph graph = new Graph(l + r + 2, 2 * (component.size() + l + r));
        for (int i = 0; i < l; i++) {
            graph.add(source, 1 + i, 0);
        }
        int[] edgeArc = new int[component.size()];
        for (int e = 0; e < component.size(); e++) {
            Edge edge = component.get(e);
            edgeArc[e] = graph.add(1 + leftIds.get(edge.left()), 1 + l + rightIds.get(edge.right()), -edge.weight());
        }
        for (int j = 0; j < r; j++) {
            graph.add(1 + l + j, sink, 0);
        }
        // The initial graph is acyclic: potentials are shortest distances computed in layer order.
        double[] potential = new double[graph.nodes];
        for (int e = 0; e < component.size(); e++) {
            int to = graph.to[edgeArc[e]];
            potential[to] = Math.min(potential[to], graph.cost[edgeArc[e]]);
        }
        for (int j = 0; j < r; j++) {
            potential[sink] = Math.min(potential[sink], potential[1 + l + j]);
        }
        double[] dist = new double[graph.nodes];
        int[] via = new int[graph.nodes];
        for (int round = 0; round < Math.min(l, r); round++) {
            if (!graph.shortestPath(source, potential, dist, via) || Double.isInfinite(dist[sink])) {
                break;
            }
            double pathCost = dist[sink] + potential[sink] - potential[source];
            if (pathCost >= -1e-12) {
                break; // one more pair would not raise the total weight
            }
            for (int v = 0; v < graph.nodes; v++) {
                if (!Double.isInfinite(dist[v])) {
                    potential[v] += dist[v];
                }
            }
            for (int v = sink; v != source; v = graph.to[via[v] ^ 1]) {
                graph.capacity[via[v]]--;
                graph.capacity[via[v] ^ 1]++;
            }
        }
        for (int e = 0; e < component.size(); e++) {
            if (graph.capacity[edgeArc[e]] == 0) {
                Edge edge = component.get(e);
                match[edge.left()] = edge.right();
            }
        }
    }

    /** Arcs in pairs (arc, its reverse at index ^ 1), capacities 0 or 1. */
    private static final class Graph {
        final int nodes;
        final int[] head;
        int[] next;
        int[] to;
        int[] capacity;
        double[] cost;
        int arcs;

        Graph(int nodes, int expectedArcs) {
            this.nodes = nodes;
            head = new int[nodes];
            Arrays.fill(head, -1);
            next = new int[expectedArcs];
            to = new int[expectedArcs];
            capacity = new int[expectedArcs];
            cost = new double[expectedArcs];
        }

        int add(int from, int target, double arcCost) {
            int arc = arcs;
            put(from, target, 1, arcCost);
            put(target, from, 0, -arcCost);
            return arc;
        }

        private void put(int from, int target, int cap, double arcCost) {
            to[arcs] = target;
            capacity[arcs] = cap;
            cost[arcs] = arcCost;
            next[arcs] = head[from];
            head[from] = arcs++;
        }

        /** Dijkstra on reduced costs (never negative thanks to the potentials). */
        boolean shortestPath(int source, double[] potential, double[] dist, int[] via) {
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(via, -1);
            dist[source] = 0;
            PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
            queue.add(new double[] {0, source});
            while (!queue.isEmpty()) {
                double[] top = queue.poll();
                int u = (int) top[1];
                if (top[0] > dist[u]) {
                    continue;
                }
                for (int arc = head[u]; arc >= 0; arc = next[arc]) {
                    if (capacity[arc] == 0) {
                        continue;
                    }
                    int v = to[arc];
                    double reduced = Math.max(0, cost[arc] + potential[u] - potential[v]);
                    if (dist[u] + reduced < dist[v] - 1e-15) {
                        dist[v] = dist[u] + reduced;
                        via[v] = arc;
                        queue.add(new double[] {dist[v], v});
                    }
                }
            }
            return true;
        }
    }
}
