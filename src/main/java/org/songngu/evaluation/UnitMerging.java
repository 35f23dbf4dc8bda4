package org.songngu.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges consecutive test beads that lie inside one gold unit (a Bible verse), as
 * {@code shared/eval/merge_units.py} does before strict scoring of verse-level gold: splitting inside
 * a verse is not punished, a bead across a verse boundary still is. A merged bead keeps the lowest
 * confidence of its parts. Stateless and thread-safe.
 */
public final class UnitMerging {

    /**
     * @param sourceUnits the unit of every source line ({@code D.src.vid})
     * @param targetUnits the unit of every target line ({@code D.tgt.vid})
     * @throws IllegalArgumentException when a bead names a line beyond the unit lists
     */
    public List<BeadKey> merge(List<BeadKey> beads, List<String> sourceUnits, List<String> targetUnits) {
        List<BeadKey> merged = new ArrayList<>();
        String lastUnit = null;
        for (BeadKey bead : beads) {
            String unit = unitOf(bead, sourceUnits, targetUnits);
            if (unit != null && unit.equals(lastUnit)) {
                BeadKey previous = merged.remove(merged.size() - 1);
                List<Integer> source = new ArrayList<>(previous.source());
                source.addAll(bead.source());
                List<Integer> target = new ArrayList<>(previous.target());
                target.addAll(bead.target());
                merged.add(new BeadKey(source, target, minimum(previous.confidence(), bead.confidence())));
            } else {
                merged.add(bead);
            }
            lastUnit = unit;
        }
        return merged;
    }

    private static String unitOf(BeadKey bead, List<String> sourceUnits, List<String> targetUnits) {
        Set<String> units = new HashSet<>();
        for (int s : bead.source()) {
            units.add(lookup(sourceUnits, s, "source"));
        }
        for (int t : bead.target()) {
            units.add(lookup(targetUnits, t, "target"));
        }
        return units.size() == 1 ? units.iterator().next() : null;
    }

    private static String lookup(List<String> units, int index, String side) {
        if (index >= units.size()) {
            throw new IllegalArgumentException(
                    side + " line " + index + " has no unit (only " + units.size() + " lines)");
        }
        return units.get(index);
    }

    private static double minimum(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }
}
