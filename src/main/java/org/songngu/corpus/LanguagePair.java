package org.songngu.corpus;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The two pairs Songngu aligns, always from French: the one type for a pair everywhere past the
 * edge. Requests, command options and database columns carry its {@link #code() code} ("fr-vi",
 * "fr-en"), read back once with {@link #fromCode}.
 */
public enum LanguagePair {
    FR_VI(Language.VI),
    FR_EN(Language.EN);

    private final Language target;
    private final String code;

    LanguagePair(Language target) {
        this.target = target;
        this.code = Language.FR.code() + "-" + target.code();
    }

    /** French, the source of both pairs. */
    public Language source() {
        return Language.FR;
    }

    public Language target() {
        return target;
    }

    /** The other pair over the same French sentences. */
    public LanguagePair other() {
        return this == FR_VI ? FR_EN : FR_VI;
    }

    /** "fr → vi": how pages name the pair. */
    public String arrow() {
        return source().code() + " → " + target.code();
    }

    /** The code stored with beads, used in URLs, JSON, tuids and exports: "fr-vi", "fr-en". */
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    /** The pair whose target is {@code target}; French has none. */
    public static LanguagePair to(Language target) {
        return Arrays.stream(values())
                .filter(pair -> pair.target == target)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pair translates French into " + target.code()));
    }

    /** The pair with this code ("fr-vi", any case); the message names the value and the valid codes. */
    @JsonCreator
    public static LanguagePair fromCode(String code) {
        return Arrays.stream(values())
                .filter(pair -> pair.code.equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown pair '" + code + "' (expected "
                        + Arrays.stream(values()).map(LanguagePair::code).collect(Collectors.joining(" or ")) + ")"));
    }
}
