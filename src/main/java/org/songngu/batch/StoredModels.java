package org.songngu.batch;

import org.songngu.store.AlignmentModelStore;
import org.springframework.stereotype.Component;

/**
 * The stored model versions a worker aligns with, the last one kept loaded: a run's align
 * partitions all name the same version, and loading its lexicons for each small partition would
 * cost more than aligning it.
 */
@Component
class StoredModels {

    private final AlignmentModelStore store;
    private AlignmentModel last;

    StoredModels(AlignmentModelStore store) {
        this.store = store;
    }

    /** Model {@code version} as stored (0: none learned, aligned without a corpus model). */
    synchronized AlignmentModel version(int version) {
        Integer wanted = version == 0 ? null : version;
        if (last == null || !java.util.Objects.equals(last.version(), wanted)) {
            last = AlignmentModel.of(store, wanted);
        }
        return last;
    }
}
