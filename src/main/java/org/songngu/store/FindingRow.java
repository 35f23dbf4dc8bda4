package org.songngu.store;

import java.util.List;

/** A French quality finding as stored: offsets are within the sentence. */
public record FindingRow(
        int sentence, String ruleId, String category, String message, int start, int end, List<String> suggestions) {

    public FindingRow {
        suggestions = List.copyOf(suggestions);
    }

    /** As a TMX {@code x-finding} (offsets as they are here). */
    public org.songngu.tmx.TmxFinding toTmx() {
        return new org.songngu.tmx.TmxFinding(start, end, ruleId, category, message, suggestions);
    }
}
