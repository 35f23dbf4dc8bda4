package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.language.French;
import org.languagetool.rules.patterns.AbstractPatternRule;

/**
 * The preload's parse of the pattern rules: the rules LanguageTool's own {@code getPatternRules()}
 * would parse, parsed without holding the language's monitor (each test uses a language instance
 * of its own, not the shared one, whose rules other tests have parsed already: {@link #fresh}).
 */
class LanguageToolPreloadTest {

    /** Bound of a wait that only a broken build reaches, not a timing assumption. */
    private static final long PATIENCE_SECONDS = 300;

    @Test
    void theRulesParsedWithoutTheMonitorAreTheOnesLanguageToolParses() throws Exception {
        French preloaded = fresh(French::new);
        French plain = fresh(French::new);

        LanguageToolPreload.loadPatternRules(preloaded);

        assertThat(stored(preloaded)).isNotNull();
        List<AbstractPatternRule> ours = patternRules(preloaded);
        assertThat(ours).isSameAs(stored(preloaded));
        List<AbstractPatternRule> languageTools = patternRules(plain);
        assertThat(ours).hasSize(languageTools.size()).hasSizeGreaterThan(1000);
        assertThat(ours.stream().map(LanguageToolPreloadTest::describe).toList())
                .isEqualTo(languageTools.stream()
                        .map(LanguageToolPreloadTest::describe)
                        .toList());
        assertThatThrownBy(() -> ours.add(ours.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theParseDoesNotHoldTheLanguageOnlyItsHandOverWaitsForIt() throws Exception {
        French french = fresh(French::new);
        // Computed once under the monitor, as LanguageTool's registry does for the shared instance first.
        french.getShortCodeWithCountryAndVariant();
        Thread loader = new Thread(() -> LanguageToolPreload.loadPatternRules(french), "test-pattern-rules");
        synchronized (french) {
            loader.start();
            // LanguageTool's getPatternRules() would wait here before parsing; the preload parses, then waits
            // only to store the rules.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (!blockedToStore(loader) && loader.isAlive() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(blockedToStore(loader))
                    .as("parsed, then waiting for the language's monitor to store the rules")
                    .isTrue();
            assertThat(stored(french)).isNull();
        }
        loader.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        assertThat(stored(french)).isNotEmpty();
    }

    @Test
    void rulesStoredFirstByLanguageToolAreKept() throws Exception {
        French french = fresh(French::new);
        List<AbstractPatternRule> first = patternRules(french);

        LanguageToolPreload.loadPatternRules(french);

        assertThat(stored(french)).isSameAs(first);
    }

    @Test
    void aRuleFileThatIsNotAResourceIsLeftToLanguageToolWhichReportsIt() throws Exception {
        French french = fresh(() -> new French() {
            @Override
            public List<String> getRuleFileNames() {
                return List.of("/org/languagetool/rules/fr/no-such-grammar.xml");
            }
        });

        LanguageToolPreload.loadPatternRules(french);

        assertThat(stored(french)).isNull();
        assertThatThrownBy(() -> patternRules(french))
                .isInstanceOf(InvocationTargetException.class)
                .hasCauseInstanceOf(FileNotFoundException.class);
    }

    /**
     * Another French instance than LanguageTool's own: French refuses a second instance in a JVM (a
     * static trace of the first), so the trace is set aside while this one is made, then put back.
     */
    private static French fresh(Supplier<French> make) throws Exception {
        Field trace = French.class.getDeclaredField("instantiationTrace");
        trace.setAccessible(true);
        synchronized (LanguageToolPreloadTest.class) {
            Object first = trace.get(null);
            trace.set(null, null);
            try {
                return make.get();
            } finally {
                trace.set(null, first);
            }
        }
    }

    private static boolean blockedToStore(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        return thread.getState() == Thread.State.BLOCKED
                && stack.length > 0
                && Arrays.stream(stack)
                        .limit(2)
                        .anyMatch(frame -> frame.getClassName().equals(LanguageToolPreload.class.getName())
                                && frame.getMethodName().equals("loadPatternRules"));
    }

    private static String describe(AbstractPatternRule rule) {
        return rule.getClass().getSimpleName() + " " + rule.getFullId() + " " + rule;
    }

    @SuppressWarnings("unchecked")
    private static List<AbstractPatternRule> patternRules(Language language) throws Exception {
        Method method = Language.class.getDeclaredMethod("getPatternRules");
        method.setAccessible(true);
        return (List<AbstractPatternRule>) method.invoke(language);
    }

    @SuppressWarnings("unchecked")
    private static List<AbstractPatternRule> stored(Language language) throws Exception {
        Field field = Language.class.getDeclaredField("patternRules");
        field.setAccessible(true);
        synchronized (language) {
            return (List<AbstractPatternRule>) field.get(language);
        }
    }
}
