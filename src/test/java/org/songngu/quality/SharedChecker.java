package org.songngu.quality;

import java.util.List;

/**
 * One warmed-up {@link FrenchChecker} for every test class of the package: LanguageTool takes
 * several seconds to start, and the checker is thread-safe. Its worker threads are daemons.
 */
final class SharedChecker {

    static final List<String> TERMS = List.of(
            "mobilisation des masses",
            "Comité provincial du Parti",
            "Mobilisation des masses qualifiée",
            "écoagricole");
    static final List<String> NAMES = List.of("Vo Nguyen Giap");

    private static FrenchChecker checker;

    private SharedChecker() {}

    static synchronized FrenchChecker get() {
        if (checker == null) {
            checker = new FrenchChecker(QualitySettings.defaults().withThreads(2), TERMS, NAMES);
            checker.warmUp();
        }
        return checker;
    }
}
