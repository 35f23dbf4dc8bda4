package org.songngu.store;

import java.util.ArrayList;
import java.util.List;
import org.songngu.tmx.TmxProperty;

/**
 * The notes and unmapped {@code x-} properties an imported unit keeps, as stored in
 * {@code bead.tmx_extra}: one per line, {@code note<TAB>text} or {@code prop<TAB>type<TAB>value},
 * with backslash, tab and line feed escaped. {@code null} when there is nothing, so that beads
 * without extras cost nothing.
 */
record TmxExtras(List<TmxProperty> properties, List<String> notes) {

    static final TmxExtras NONE = new TmxExtras(List.of(), List.of());

    TmxExtras {
        properties = List.copyOf(properties);
        notes = List.copyOf(notes);
    }

    boolean isEmpty() {
        return properties.isEmpty() && notes.isEmpty();
    }

    /** The column value; {@code null} when empty. */
    String encode() {
        if (isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (TmxProperty property : properties) {
            text.append("prop\t")
                    .append(escape(property.type()))
                    .append('\t')
                    .append(escape(property.value()))
                    .append('\n');
        }
        for (String note : notes) {
            text.append("note\t").append(escape(note)).append('\n');
        }
        return text.toString();
    }

    static TmxExtras decode(String column) {
        if (column == null || column.isEmpty()) {
            return NONE;
        }
        List<TmxProperty> properties = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String line : column.split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields[0].equals("prop") && fields.length == 3) {
                properties.add(new TmxProperty(unescape(fields[1]), unescape(fields[2])));
            } else if (fields[0].equals("note") && fields.length == 2) {
                notes.add(unescape(fields[1]));
            }
        }
        return new TmxExtras(properties, notes);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
