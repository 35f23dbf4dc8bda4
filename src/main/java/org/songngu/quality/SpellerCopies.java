package org.songngu.quality;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicBoolean;
import morfologik.stemming.Dictionary;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;

/**
 * Copies a LanguageTool dictionary speller: a new {@link MorfologikSpeller} over the same
 * dictionary and edit distance, with a monitor of its own.
 *
 * <p>Why: {@code MorfologikSpeller.isMisspelled} and {@code getFrequency} hold the speller's
 * monitor (morfologik's speller keeps state between calls), and LanguageTool's French filters
 * share one speller rule across the JVM; the checker's threads each use a copy instead of queueing
 * on that one lock. The dictionary (an immutable automaton) is shared, so a copy costs a few
 * objects and answers exactly as the original does.
 *
 * <p>How: LanguageTool 6.6 has no public way to do it: the speller's fields and its constructor
 * from a dictionary are private or package-private, reached by reflection. When they are not
 * there, {@link #find} logs a warning and gives null, and the threads share the original.
 */
final class SpellerCopies {

    private static final System.Logger LOG = System.getLogger(SpellerCopies.class.getName());

    private final Field dictionary;
    private final Field maxEditDistance;
    private final Constructor<MorfologikSpeller> constructor;
    private final AtomicBoolean failed = new AtomicBoolean();
    private final AtomicBoolean searchFailed = new AtomicBoolean();

    private SpellerCopies(Field dictionary, Field maxEditDistance, Constructor<MorfologikSpeller> constructor) {
        this.dictionary = dictionary;
        this.maxEditDistance = maxEditDistance;
        this.constructor = constructor;
    }

    /** The copier for this LanguageTool, or null (after a warning) when its speller is not as expected. */
    static SpellerCopies find() {
        return find(MorfologikSpeller.class, "dictionary", "maxEditDistance");
    }

    /** {@link #find()} with the names it looks for, so that a test can make it fail. */
    static SpellerCopies find(Class<MorfologikSpeller> speller, String dictionaryField, String distanceField) {
        try {
            Field dictionary = speller.getDeclaredField(dictionaryField);
            Field distance = speller.getDeclaredField(distanceField);
            Constructor<MorfologikSpeller> constructor = speller.getDeclaredConstructor(Dictionary.class, int.class);
            dictionary.setAccessible(true);
            distance.setAccessible(true);
            constructor.setAccessible(true);
            return new SpellerCopies(dictionary, distance, constructor);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "the checker's threads share LanguageTool's default speller and its lock "
                            + "(LanguageTool's internals changed?): " + e);
            return null;
        }
    }

    /**
     * A copy of {@code original} for its suggestion search: same automaton, same answers, its
     * characters compared through {@link SpellerCharClasses}; the original itself when it cannot
     * be made (warned once: suggestions are searched as LanguageTool does).
     */
    MorfologikSpeller searchCopyOf(MorfologikSpeller original) {
        return copy(
                original,
                SpellerCharClasses::dictionaryFor,
                searchFailed,
                "cannot copy LanguageTool's speller for a quicker suggestion search: ");
    }

    /**
     * A copy of {@code original} with a lock of its own; the original itself when it cannot be
     * copied (warned once: the check goes on, only sharing the lock).
     */
    MorfologikSpeller copyOf(MorfologikSpeller original) {
        return copy(
                original,
                dictionary -> dictionary,
                failed,
                "cannot copy LanguageTool's default speller, the checker's threads share its lock: ");
    }

    /** What a copy's dictionary is made of the original's. */
    @FunctionalInterface
    private interface DictionaryChange {
        Dictionary of(Dictionary original) throws ReflectiveOperationException;
    }

    private MorfologikSpeller copy(
            MorfologikSpeller original, DictionaryChange change, AtomicBoolean warned, String warning) {
        try {
            Dictionary copied = change.of((Dictionary) dictionary.get(original));
            return constructor.newInstance(copied, maxEditDistance.getInt(original));
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.log(System.Logger.Level.WARNING, warning + e);
            }
            return original;
        }
    }
}
