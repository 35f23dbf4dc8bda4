package org.songngu.review;

import java.util.ArrayList;
import java.util.List;
import org.songngu.store.Bead;

/**
 * One line of a bead's history as the page shows it: who, what, when ("12:32, by admin"), and the
 * bead's status, sentences (numbered from 1, inclusive), texts and note before and after.
 */
public record HistoryEntry(ReviewAction action, String when, String whatText, List<Line> lines) {

    /** One compared field: its name, its value before and after ("—" where the bead did not exist). */
    public record Line(String field, String before, String after) {}

    static HistoryEntry of(ReviewAction action) {
        BeadChange change = action.changes().get(0);
        Bead before = change.before();
        Bead after = change.after();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("status", before == null ? "—" : status(before), after == null ? "removed" : status(after)));
        lines.add(new Line("bead", before == null ? "—" : before.label(), after == null ? "—" : after.label()));
        lines.add(new Line(
                "sentences", before == null ? "—" : sentences(before), after == null ? "—" : sentences(after)));
        if (before == null || after == null || !before.srcText().equals(after.srcText())) {
            lines.add(
                    new Line("French", before == null ? "—" : before.srcText(), after == null ? "—" : after.srcText()));
        }
        if (before == null || after == null || !before.tgtText().equals(after.tgtText())) {
            lines.add(new Line(
                    "translation", before == null ? "—" : before.tgtText(), after == null ? "—" : after.tgtText()));
        }
        String noteBefore = before == null || before.note() == null ? "—" : before.note();
        String noteAfter = after == null || after.note() == null ? "—" : after.note();
        if (!noteBefore.equals(noteAfter)) {
            lines.add(new Line("note", noteBefore, noteAfter));
        }
        return new HistoryEntry(
                action,
                Moments.byWhom(action.at(), action.user()),
                action.action().json().replace('-', ' '),
                lines);
    }

    private static String status(Bead bead) {
        return bead.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "French 3–4, target 3": the sentences numbered as the page numbers them. */
    private static String sentences(Bead bead) {
        String target = bead.pair().target().englishName();
        return "French " + Bead.sentences(bead.srcStart(), bead.srcEnd()) + ", " + target + " "
                + Bead.sentences(bead.tgtStart(), bead.tgtEnd());
    }
}
