package org.songngu.quality;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.RuleFilter;
import org.languagetool.synthesis.Synthesizer;

/**
 * Gives each checker thread its own instance of the LanguageTool rule filters that keep state in
 * their fields during a call.
 *
 * <p>Why: LanguageTool makes one instance of each filter class for the whole JVM and every pattern
 * rule that names the class shares it (the rules are the language's, shared by its tools). French's
 * {@code PostponedAdjectiveConcordanceFilter} (rule {@code AGREEMENT_POSTPONED_ADJ}) keeps four
 * flags in fields while it walks back through a sentence; two checker threads running it at once
 * read each other's flags. Plain LanguageTool on one thread never does; the checker on two did:
 * {@code bench/quality/run.sh} reported one finding of that rule more than plain LanguageTool on
 * one sentence of a novel, in one pass out of two ("findings: DIFFERENT"). A filter with a
 * non-final instance field (in its class or a superclass below {@link RuleFilter}) is such a filter.
 *
 * <p>How: the rules get a {@link RuleFilter} that passes each call on to the calling thread's own
 * instance on a checker's thread ({@link SpellerSuggestionMemo#markCheckerThread}), and to the
 * shared instance on any other thread, so plain LanguageTool in the same process is unchanged.
 * When a filter cannot be built again (no public constructor without arguments), it stays shared,
 * after one warning.
 */
final class ThreadConfinedFilters {

    private static final System.Logger LOG = System.getLogger(ThreadConfinedFilters.class.getName());
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    /** One wrapper per shared filter instance, so that every rule naming it gets the same one. */
    private static final Map<RuleFilter, PerThread> WRAPPERS = new ConcurrentHashMap<>();

    private ThreadConfinedFilters() {}

    /**
     * Gives the pattern rules of {@code tool} whose filter keeps state a filter per checker thread.
     *
     * @return how many rules were given one now
     */
    static int install(JLanguageTool tool) {
        return install(tool.getAllRules());
    }

    /** {@link #install(JLanguageTool)} on a list of rules. */
    static int install(List<Rule> rules) {
        int confined = 0;
        for (Rule rule : rules) {
            if (rule instanceof AbstractPatternRule pattern) {
                RuleFilter filter = pattern.getFilter();
                if (filter != null && !(filter instanceof PerThread) && keepsState(filter.getClass())) {
                    PerThread wrapper = wrapper(filter);
                    if (wrapper != null) {
                        pattern.setFilter(wrapper);
                        confined++;
                    }
                }
            }
        }
        return confined;
    }

    /** Whether instances of {@code filter} have a field that is neither static nor final. */
    static boolean keepsState(Class<?> filter) {
        for (Class<?> type = filter; type != null && type != RuleFilter.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isFinal(modifiers) && !field.isSynthetic()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PerThread wrapper(RuleFilter shared) {
        PerThread known = WRAPPERS.get(shared);
        if (known != null) {
            return known;
        }
        try {
            Constructor<? extends RuleFilter> constructor = shared.getClass().getConstructor();
            PerThread made = new PerThread(shared, constructor);
            PerThread raced = WRAPPERS.putIfAbsent(shared, made);
            return raced == null ? made : raced;
        } catch (NoSuchMethodException | RuntimeException e) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "the checker's threads share LanguageTool's filter "
                                + shared.getClass().getName()
                                + ", which keeps state in its fields (LanguageTool's internals changed?): " + e);
            }
            return null;
        }
    }

    /**
     * A filter that is, on each checker thread, a new instance of the shared filter's class, and the
     * shared filter on every other thread. It overrides every public method of {@link RuleFilter}
     * (a test checks it).
     */
    static final class PerThread extends RuleFilter {

        private final RuleFilter shared;
        private final ThreadLocal<RuleFilter> own;

        PerThread(RuleFilter shared, Constructor<? extends RuleFilter> constructor) {
            this.shared = shared;
            this.own = ThreadLocal.withInitial(() -> {
                try {
                    return constructor.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot build " + constructor.getDeclaringClass(), e);
                }
            });
        }

        /** The filter that answers this thread. */
        RuleFilter delegate() {
            return SpellerSuggestionMemo.onCheckerThread() ? own.get() : shared;
        }

        @Override
        public RuleMatch acceptRuleMatch(
                RuleMatch match,
                Map<String, String> arguments,
                int patternTokenPos,
                AnalyzedTokenReadings[] patternTokens,
                List<Integer> tokenPositions)
                throws IOException {
            return delegate().acceptRuleMatch(match, arguments, patternTokenPos, patternTokens, tokenPositions);
        }

        @Override
        public boolean matches(
                Map<String, String> arguments,
                AnalyzedTokenReadings[] patternTokens,
                int firstMatchToken,
                List<Integer> tokenPositions)
                throws IOException {
            return delegate().matches(arguments, patternTokens, firstMatchToken, tokenPositions);
        }

        @Override
        public Language getLanguageFromRuleMatch(RuleMatch match) {
            return delegate().getLanguageFromRuleMatch(match);
        }

        @Override
        public Synthesizer getSynthesizerFromRuleMatch(RuleMatch match) {
            return delegate().getSynthesizerFromRuleMatch(match);
        }

        @Override
        public String toString() {
            return shared.toString();
        }
    }
}
