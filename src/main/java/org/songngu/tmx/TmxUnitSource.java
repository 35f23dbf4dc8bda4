package org.songngu.tmx;

import java.util.function.Consumer;

/**
 * Where exported units come from (the store, over JDBC, in the application). Implementations stream:
 * they read rows in order, keep those {@code request.filter()} accepts, and hand each unit to
 * {@code sink} as soon as it is built, never collecting them. Each unit has the variants of
 * {@code request.pair()}, French first, with codes from {@code request.codes()}; for
 * {@link TmxPair#FR_VI_EN}, only where the fr→vi and fr→en beads cover the same French sentences.
 */
@FunctionalInterface
public interface TmxUnitSource {

    void forEachUnit(ExportRequest request, Consumer<TranslationUnit> sink);
}
