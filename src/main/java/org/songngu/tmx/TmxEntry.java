package org.songngu.tmx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.songngu.corpus.Language;

/**
 * One unit read from a TMX file, with everything an import may keep: its tuid ({@code ""} when the
 * file gives none), the variants and properties in file order (repeats included: a second French
 * variant or several {@code x-finding}s), the notes, the {@code <tu>} attributes as written
 * ({@code creationdate}, {@code creationid}, {@code changedate}, {@code changeid}...), whether inline
 * codes were dropped from a segment, and the line the unit starts on.
 *
 * <p>{@link #variants()} and {@link #properties()} are the first value per code and per type.
 */
public record TmxEntry(
        String tuid,
        Map<String, String> variants,
        Map<String, String> properties,
        List<Field> variantList,
        List<Field> propertyList,
        List<String> notes,
        Map<String, String> attributes,
        boolean inlineCodesDropped,
        long line) {

    /** A code and a text, or a property type and its value. */
    public record Field(String key, String value) {}

    /** An entry with only variants and properties (one per code and type). */
    public TmxEntry(String tuid, Map<String, String> variants, Map<String, String> properties) {
        this(tuid, variants, properties, fields(variants), fields(properties), List.of(), Map.of(), false, -1);
    }

    public TmxEntry {
        tuid = tuid == null ? "" : tuid;
        variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        variantList = List.copyOf(variantList);
        propertyList = List.copyOf(propertyList);
        notes = List.copyOf(notes);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** Builds an entry from what the reader collected; the maps keep the first value per key. */
    static TmxEntry of(
            String tuid,
            List<Field> variants,
            List<Field> properties,
            List<String> notes,
            Map<String, String> attributes,
            boolean inlineCodesDropped,
            long line) {
        Map<String, String> firstVariants = new LinkedHashMap<>();
        variants.forEach(field -> firstVariants.putIfAbsent(field.key(), field.value()));
        Map<String, String> firstProperties = new LinkedHashMap<>();
        properties.forEach(field -> firstProperties.putIfAbsent(field.key(), field.value()));
        return new TmxEntry(
                tuid,
                firstVariants,
                firstProperties,
                variants,
                properties,
                notes,
                attributes,
                inlineCodesDropped,
                line);
    }

    /**
     * The text in {@code language}, whatever the code's region or case ({@code fr}, {@code fr-FR},
     * {@code FR-fr}, {@code fr_CA} all count as French); the first such variant when there are several.
     */
    public Optional<String> text(Language language) {
        return variantList.stream()
                .filter(field -> primarySubtag(field.key()).equals(language.code()))
                .map(Field::value)
                .findFirst();
    }

    /** The languages (primary subtags) with more than one variant in this unit, e.g. fr-FR and fr-CA. */
    public Set<String> repeatedLanguages() {
        Set<String> seen = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (Field variant : variantList) {
            String language = primarySubtag(variant.key());
            if (!seen.add(language)) {
                repeated.add(language);
            }
        }
        return repeated;
    }

    /** Every value of a property type, in file order. */
    public List<String> all(String type) {
        List<String> values = new ArrayList<>();
        propertyList.stream().filter(field -> field.key().equals(type)).forEach(field -> values.add(field.value()));
        return values;
    }

    /** A TMX date attribute ({@code creationdate}, {@code changedate}) when present and well-formed. */
    public Optional<Instant> date(String attribute) {
        return Optional.ofNullable(attributes.get(attribute)).flatMap(TmxWriter::parseDate);
    }

    static String primarySubtag(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        return lower.substring(0, end);
    }

    private static List<Field> fields(Map<String, String> map) {
        return map.entrySet().stream()
                .map(entry -> new Field(entry.getKey(), entry.getValue()))
                .toList();
    }
}
