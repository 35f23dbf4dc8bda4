package org.songngu.tmx;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.songngu.corpus.Language;

/**
 * What an export holds: French with Vietnamese, French with English, or one unit with all three
 * where the fr→vi and fr→en beads cover the same French sentences. French is always the source.
 */
public enum TmxPair {
    FR_VI("fr-vi", List.of(Language.FR, Language.VI)),
    FR_EN("fr-en", List.of(Language.FR, Language.EN)),
    FR_VI_EN("fr-vi-en", List.of(Language.FR, Language.VI, Language.EN));

    private final String name;
    private final List<Language> languages;

    TmxPair(String name, List<Language> languages) {
        this.name = name;
        this.languages = languages;
    }

    /** The name used on the command line and in tuids: {@code fr-vi}, {@code fr-en}, {@code fr-vi-en}. */
    public String pairName() {
        return name;
    }

    /** The languages of every unit, source first. */
    public List<Language> languages() {
        return languages;
    }

    /** A tuid that stays the same from one export to the next: {@code ARTICLE/PAIR/BEAD}. */
    public String tuid(String articleId, int beadIndex) {
        if (articleId == null || articleId.isBlank() || beadIndex < 0) {
            throw new IllegalArgumentException("a tuid needs an article id and a bead index >= 0");
        }
        return articleId + "/" + name + "/" + beadIndex;
    }

    /** The pair named {@code name}; the message lists the valid names. */
    public static TmxPair fromName(String name) {
        return Arrays.stream(values()).filter(pair -> pair.name.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown pair '" + name + "' (expected "
                        + Arrays.stream(values()).map(TmxPair::pairName).collect(Collectors.joining(", ")) + ")"));
    }
}
