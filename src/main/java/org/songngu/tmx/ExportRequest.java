package org.songngu.tmx;

/**
 * What to export: the pair (which fixes the variants of every unit), the filter every unit passes,
 * and the language codes to write. The {@link TmxUnitSource} builds each variant with
 * {@code codes().variant(language, text)} so the file uses one code per language throughout.
 */
public record ExportRequest(TmxPair pair, TmxExportFilter filter, TmxLanguageCodes codes) {

    public ExportRequest {
        if (pair == null || filter == null || codes == null) {
            throw new IllegalArgumentException("an export request needs a pair, a filter and language codes");
        }
    }
}
