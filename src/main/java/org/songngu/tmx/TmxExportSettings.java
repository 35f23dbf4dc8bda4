package org.songngu.tmx;

import java.time.Clock;

/**
 * The configurable part of an export: the language codes written (see {@link TmxLanguageCodes}), the
 * version written as {@code creationtoolversion}, and the clock that dates the header.
 */
public record TmxExportSettings(TmxLanguageCodes codes, String toolVersion, Clock clock) {

    public TmxExportSettings {
        if (codes == null || clock == null || toolVersion == null || toolVersion.isBlank()) {
            throw new IllegalArgumentException("export settings need language codes, a tool version and a clock");
        }
    }

    /** Plain codes ({@code fr}, {@code vi}, {@code en}), this build's version, the system clock. */
    public static TmxExportSettings defaults() {
        String version = TmxExportSettings.class.getPackage().getImplementationVersion();
        return new TmxExportSettings(TmxLanguageCodes.plain(), version == null ? "dev" : version, Clock.systemUTC());
    }
}
