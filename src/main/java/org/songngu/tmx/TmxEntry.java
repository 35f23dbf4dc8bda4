package org.songngu.tmx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.songngu.corpus.Language;

/**
 * One unit read from a TMX file: its tuid ({@code ""} when the file gives none), the text of each
 * variant keyed by the {@code xml:lang} code as written (in file order, the first variant of a code
 * wins), and the unit's {@code <prop>} values by type (any type, not only {@code x-}; the first of a
 * type wins).
 */
public record TmxEntry(String tuid, Map<String, String> variants, Map<String, String> properties) {

    public TmxEntry {
        tuid = tuid == null ? "" : tuid;
        variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /**
     * The text in {@code language}, whatever the code's region or case ({@code fr}, {@code fr-FR},
     * {@code FR-fr}, {@code fr_CA} all count as French); the first such variant when there are several.
     */
    public Optional<String> text(Language language) {
        return variants.entrySet().stream()
                .filter(entry -> primarySubtag(entry.getKey()).equals(language.code()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    static String primarySubtag(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        return lower.substring(0, end);
    }
}
