package org.songngu.tmx;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.songngu.corpus.Language;
import org.songngu.corpus.LanguagePair;

/**
 * What an export holds: French with Vietnamese, French with English, or one unit with all three
 * where the fr→vi and fr→en beads cover the same French sentences. French is always the source.
 */
public enum TmxPair {
    FR_VI(List.of(LanguagePair.FR_VI)),
    FR_EN(List.of(LanguagePair.FR_EN)),
    FR_VI_EN(List.of(LanguagePair.FR_VI, LanguagePair.FR_EN));

    private final String name;
    private final List<LanguagePair> beadPairs;
    private final List<Language> languages;

    TmxPair(List<LanguagePair> beadPairs) {
        this.beadPairs = beadPairs;
        List<Language> all = new java.util.ArrayList<>(List.of(Language.FR));
        beadPairs.forEach(pair -> all.add(pair.target()));
        this.languages = List.copyOf(all);
        this.name = languages.stream().map(Language::code).collect(Collectors.joining("-"));
    }

    /** The aligned pairs whose beads an export draws from: one, or both for fr-vi-en. */
    public List<LanguagePair> beadPairs() {
        return beadPairs;
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

    /**
     * The tuid an import kept, for an export of this pair: one of Songngu's own tuids of the article
     * written for another pair ({@code a/fr-vi-en/7} in a fr-vi export) takes this pair's name; any
     * other tuid stays as it is. Empty when there is none.
     */
    public java.util.Optional<String> retag(String storedTuid, String articleId) {
        if (storedTuid == null || storedTuid.isBlank()) {
            return java.util.Optional.empty();
        }
        String prefix = articleId + "/";
        if (storedTuid.startsWith(prefix)) {
            String rest = storedTuid.substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash > 0
                    && rest.substring(slash + 1).matches("\\d{1,9}")
                    && Arrays.stream(values()).anyMatch(pair -> pair.name.equals(rest.substring(0, slash)))) {
                return java.util.Optional.of(prefix + name + rest.substring(slash));
            }
        }
        return java.util.Optional.of(storedTuid);
    }

    /** The export of one aligned pair's beads. */
    public static TmxPair of(LanguagePair pair) {
        return pair == LanguagePair.FR_VI ? FR_VI : FR_EN;
    }

    /** The pair named {@code name}; the message lists the valid names. */
    public static TmxPair fromName(String name) {
        return Arrays.stream(values())
                .filter(pair -> pair.name.equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown pair '" + name + "' (expected "
                        + Arrays.stream(values()).map(TmxPair::pairName).collect(Collectors.joining(", ")) + ")"));
    }
}
