package org.songngu.tmx;

import java.io.OutputStream;
import java.util.List;

/**
 * One export as a whole document: the header from the settings, every unit the source gives for
 * the request, streamed. Shared by the command line and the web download.
 */
public final class TmxExport {

    private final TmxUnitSource source;
    private final TmxExportSettings settings;

    public TmxExport(TmxUnitSource source, TmxExportSettings settings) {
        this.source = source;
        this.settings = settings;
    }

    /**
     * Writes the TMX document for {@code request} to {@code out} and closes it.
     *
     * @return the number of units written
     * @throws IllegalArgumentException when the source gives a unit whose languages are not the pair's
     */
    public long writeTo(OutputStream out, ExportRequest request) {
        TmxHeader header = TmxHeader.songngu(
                settings.toolVersion(),
                settings.codes().code(request.pair().languages().get(0)),
                settings.clock().instant());
        try (TmxWriter writer = TmxWriter.open(out, header)) {
            List<String> languages = request.pair().languages().stream()
                    .map(request.codes()::code)
                    .toList();
            source.forEachUnit(request, unit -> {
                requireLanguages(unit, languages, request.pair());
                writer.write(unit);
            });
            return writer.unitsWritten();
        }
    }

    /** Every unit of a file has the same languages: CAT tools drop units outside the file's pair. */
    private static void requireLanguages(TranslationUnit unit, List<String> languages, TmxPair pair) {
        List<String> actual = unit.variants().stream().map(TmxVariant::language).toList();
        if (actual.size() != languages.size() || !actual.containsAll(languages)) {
            throw new IllegalArgumentException("unit " + unit.tuid() + " has variants " + actual + ", expected "
                    + languages + " for " + pair.pairName());
        }
    }
}
