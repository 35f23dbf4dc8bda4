package org.songngu.tmx;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One {@code <tu>}: a bead (or a fr+vi+en triple) with its stable id, dates, reviewer, properties and
 * two or more variants in distinct languages. Dates and ids may be {@code null} (an unreviewed bead
 * has no reviewer); the attribute is then left out.
 *
 * @param tuid stable across exports, e.g. {@code thai-binh-dan-van/fr-vi/12} ({@link TmxPair#tuid})
 * @param creationId who created the unit (the reviewer who approved it)
 * @param changeId who last changed it
 * @param properties {@code x-} properties in the order written ({@code x-document}, {@code x-confidence}...)
 * @param notes {@code <note>} texts, written after the properties
 */
public record TranslationUnit(
        String tuid,
        Instant creationDate,
        String creationId,
        Instant changeDate,
        String changeId,
        List<TmxProperty> properties,
        List<String> notes,
        List<TmxVariant> variants) {

    /** A unit without notes. */
    public TranslationUnit(
            String tuid,
            Instant creationDate,
            String creationId,
            Instant changeDate,
            String changeId,
            List<TmxProperty> properties,
            List<TmxVariant> variants) {
        this(tuid, creationDate, creationId, changeDate, changeId, properties, List.of(), variants);
    }

    public TranslationUnit {
        if (tuid == null || tuid.isBlank()) {
            throw new IllegalArgumentException("a translation unit needs a tuid");
        }
        properties = List.copyOf(properties);
        notes = List.copyOf(notes);
        if (notes.stream().anyMatch(note -> note.isBlank())) {
            throw new IllegalArgumentException("unit " + tuid + " has an empty note");
        }
        variants = List.copyOf(variants);
        if (variants.size() < 2) {
            throw new IllegalArgumentException("unit " + tuid + " needs at least two variants, got " + variants.size());
        }
        Set<String> languages = new HashSet<>();
        for (TmxVariant variant : variants) {
            if (!languages.add(variant.language().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("unit " + tuid + " has two variants in " + variant.language());
            }
        }
    }
}
