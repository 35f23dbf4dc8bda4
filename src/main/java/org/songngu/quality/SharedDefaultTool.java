package org.songngu.quality;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.RemoteRuleConfig;
import org.languagetool.rules.Rule;

/**
 * LanguageTool's default {@code JLanguageTool} of a language (one per JVM, from
 * {@code Language.createDefaultJLanguageTool()}), which LanguageTool's French filters share, with
 * its list of active rules made once for the checker's threads.
 *
 * <p>Why: {@code WordWithDeterminerFilter} (the French rules that suggest a word with its
 * determiner) asks that tool for {@link #getAllActiveRules} for every suggestion it tests, and
 * looks in it for the few rules it runs on the suggestion. LanguageTool builds that list anew at
 * each call: 6,600 rules, each tested against the rules and categories switched off. In a profile
 * of the checker on news lines never seen, those calls took 6.6 % of its CPU. The rules of the
 * default tool are fixed once it is built (nothing in LanguageTool's check switches them), so the
 * list is the same at every call; this tool gives the checker's threads a copy of a list made once
 * (dropped when a rule is switched on or off here), in the same order, so no filter decides
 * differently and no finding changes; and that filter only the rules of that list it runs
 * ({@link #activeRulesFor}).
 *
 * <p>Every other thread (the benchmark's plain LanguageTool, any other user of LanguageTool in the
 * process) gets LanguageTool's own answer, computed as always: the tool is the one LanguageTool
 * would build, {@code new JLanguageTool(language)}.
 *
 * <p>How: LanguageTool 6.6 has no hook for this; {@link #install} puts this tool in LanguageTool's
 * private map of default tools by reflection. When the map is not there, it logs a warning and
 * the check goes on with LanguageTool's own tool.
 */
final class SharedDefaultTool extends JLanguageTool {

    /** The filter that asks most often, and which of the rules it looks at (null when unknown). */
    private static final FilterRules DETERMINER_FILTER =
            FilterRules.find("org.languagetool.rules.fr.WordWithDeterminerFilter", "categoryToCheck", "rulesToCheck");

    private static final StackWalker CALLERS = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private volatile List<Rule> activeRules;
    private volatile List<Rule> determinerFilterRules;

    SharedDefaultTool(Language language) {
        super(language);
    }

    /**
     * Makes this LanguageTool's default tool for {@code language}, unless it is already; cheap
     * once a {@code JLanguageTool} of the language is built (rules and analysis are the language's).
     *
     * @return whether the default tool of {@code language} is one of these
     */
    static boolean install(Language language) {
        return install(language, "languagetoolInstances");
    }

    /** {@link #install(Language)} with the name of LanguageTool's field, so that a test can make it fail. */
    static synchronized boolean install(Language language, String mapField) {
        try {
            Field field = Language.class.getDeclaredField(mapField);
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<Class<?>, JLanguageTool> tools = (Map<Class<?>, JLanguageTool>) field.get(null);
            if (!(tools.get(language.getClass()) instanceof SharedDefaultTool)) {
                tools.put(language.getClass(), new SharedDefaultTool(language));
            }
            return language.createDefaultJLanguageTool() instanceof SharedDefaultTool;
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.getLogger(SharedDefaultTool.class.getName())
                    .log(
                            System.Logger.Level.WARNING,
                            "LanguageTool's filters build their list of rules at every call "
                                    + "(LanguageTool's internals changed?): " + e);
            return false;
        }
    }

    @Override
    public List<Rule> getAllActiveRules() {
        if (!SpellerSuggestionMemo.onCheckerThread()) {
            return super.getAllActiveRules();
        }
        // LanguageTool's callers get a list of their own, as from LanguageTool.
        return new ArrayList<>(activeRulesFor(CALLERS.getCallerClass()));
    }

    /**
     * The active rules as {@code caller} gets them on a checker's thread: all of them, in
     * LanguageTool's order; for {@code WordWithDeterminerFilter}, only those of them it runs.
     * That filter goes through the whole list for every suggestion it tests and runs only the
     * rules of one category and five others on the suggestion (is there an error?); in a profile of
     * the checker on news, the look-ups of 6,600 rule ids in its list of five took 4.6 % of the
     * CPU. Given the rules it would run, in the same order, it runs the same ones and decides the same.
     */
    List<Rule> activeRulesFor(Class<?> caller) {
        List<Rule> rules = activeRules;
        if (rules == null) {
            rules = List.copyOf(super.getAllActiveRules());
            activeRules = rules;
        }
        if (DETERMINER_FILTER == null || caller != DETERMINER_FILTER.filter()) {
            return rules;
        }
        List<Rule> narrowed = determinerFilterRules;
        if (narrowed == null) {
            narrowed = rules.stream().filter(DETERMINER_FILTER::runs).toList();
            determinerFilterRules = narrowed;
        }
        return narrowed;
    }

    /**
     * A LanguageTool filter that runs, of the active rules, those of one category and a few by id;
     * read from the filter's private constants by reflection.
     */
    record FilterRules(Class<?> filter, String category, List<String> ruleIds) {

        /** The rules {@code filterClass} runs, or null (after a warning) when it is not as expected. */
        static FilterRules find(String filterClass, String categoryField, String idsField) {
            try {
                Class<?> filter = Class.forName(filterClass, false, SharedDefaultTool.class.getClassLoader());
                Field category = filter.getDeclaredField(categoryField);
                Field ids = filter.getDeclaredField(idsField);
                category.setAccessible(true);
                ids.setAccessible(true);
                List<String> ruleIds = ((List<?>) ids.get(null))
                        .stream().map(String.class::cast).toList();
                return new FilterRules(filter, (String) category.get(null), ruleIds);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                System.getLogger(SharedDefaultTool.class.getName())
                        .log(
                                System.Logger.Level.WARNING,
                                filterClass + " goes through every rule (LanguageTool's internals changed?): " + e);
                return null;
            }
        }

        /** Whether the filter runs {@code rule}: the test it applies itself, to each active rule. */
        boolean runs(Rule rule) {
            return rule.getCategory().getId().toString().equals(category) || ruleIds.contains(rule.getId());
        }
    }

    // What changes the active rules drops the list (LanguageTool's check changes none of them).

    @Override
    public void addRule(Rule rule) {
        super.addRule(rule);
        forget();
    }

    /** Drops the lists made: the next checker's call makes them again. */
    private void forget() {
        activeRules = null;
        determinerFilterRules = null;
    }

    @Override
    public void disableRule(String ruleId) {
        super.disableRule(ruleId);
        forget();
    }

    @Override
    public void disableRules(List<String> ruleIds) {
        super.disableRules(ruleIds);
        forget();
    }

    @Override
    public void disableCategory(CategoryId id) {
        super.disableCategory(id);
        forget();
    }

    @Override
    public void enableRule(String ruleId) {
        super.enableRule(ruleId);
        forget();
    }

    @Override
    public void enableRuleCategory(CategoryId id) {
        super.enableRuleCategory(id);
        forget();
    }

    @Override
    public void activateLanguageModelRules(File indexDir) throws IOException {
        super.activateLanguageModelRules(indexDir);
        forget();
    }

    @Override
    public void activateRemoteRules(File configFile) throws IOException {
        super.activateRemoteRules(configFile);
        forget();
    }

    @Override
    public void activateRemoteRules(List<RemoteRuleConfig> configs) throws IOException {
        super.activateRemoteRules(configs);
        forget();
    }

    @Override
    public void setConfigValues(Map<String, Object[]> configValues) {
        super.setConfigValues(configValues);
        forget();
    }
}
