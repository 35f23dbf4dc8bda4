package org.songngu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryAttribute;
import morfologik.stemming.DictionaryMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;
import org.languagetool.rules.spelling.morfologik.WeightedSuggestion;

class SpellerCharClassesTest {

    /** LanguageTool's own French dictionary spellers (unwrapped), those of edit distance 3 last. */
    private static final List<MorfologikSpeller> ORIGINALS = new ArrayList<>();

    private static int slowFrom;

    @BeforeAll
    static void frenchSpellers() throws Exception {
        // A rule of our own, so that no memo of another test wraps its spellers.
        MorfologikSpellerRule rule =
                (MorfologikSpellerRule) new org.languagetool.JLanguageTool(FrenchChecker.sharedFrench())
                        .getAllRules().stream()
                                .filter(MorfologikSpellerRule.class::isInstance)
                                .findFirst()
                                .orElseThrow();
        rule.isMisspelled("initialise");
        for (String name : List.of("speller1", "speller2", "speller3")) {
            Field multi = MorfologikSpellerRule.class.getDeclaredField(name);
            multi.setAccessible(true);
            Field list = MorfologikMultiSpeller.class.getDeclaredField("defaultDictSpellers");
            list.setAccessible(true);
            if (name.equals("speller3")) {
                slowFrom = ORIGINALS.size();
            }
            for (Object speller : (List<?>) list.get(multi.get(rule))) {
                // Another test's checker may have wrapped them already; on this thread the wrapper
                // hands over LanguageTool's own speller.
                ORIGINALS.add(
                        speller instanceof SpellerSuggestionMemo.Memoizing memo
                                ? memo.delegate()
                                : (MorfologikSpeller) speller);
            }
        }
        assertThat(ORIGINALS).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theQuickerSearchSuggestsExactlyWhatLanguageToolsSearchSuggests() throws IOException {
        SpellerCopies copies = SpellerCopies.find();
        List<String> words = misspellings(120);
        for (int i = 0; i < ORIGINALS.size(); i++) {
            MorfologikSpeller original = ORIGINALS.get(i);
            MorfologikSpeller quick = copies.searchCopyOf(original);
            assertThat(quick).as("a copy is made").isNotSameAs(original);
            // The distance-3 search is the slow one (LanguageTool runs it only when the others find nothing).
            for (String word : i >= slowFrom ? words.subList(0, 24) : words) {
                assertThat(describe(quick.getSuggestions(word)))
                        .as("suggestions for %s from %s", word, original)
                        .isEqualTo(describe(original.getSuggestions(word)));
            }
        }
    }

    @Test
    void aCharacterEqualsItsAccentedAndOtherCaseFormsAndNothingElse() throws Exception {
        Dictionary quick = SpellerCharClasses.dictionaryFor(dictionaryOf(ORIGINALS.get(0)));
        Map<Character, List<Character>> classes = quick.metadata.getEquivalentChars();

        assertThat(quick.metadata.isIgnoringDiacritics()).isFalse();
        assertThat(SpellerCharClasses.dictionaryFor(dictionaryOf(ORIGINALS.get(0))))
                .as("one copy per dictionary")
                .isSameAs(quick);
        assertThat(classes.get('e')).contains('é', 'è', 'ê', 'E', 'É').doesNotContain('f', 'a', 'œ');
        assertThat(classes.get('é')).contains('e', 'E', 'ë').doesNotContain('i');
        assertThat(classes.get('c')).contains('ç', 'C').doesNotContain('k');
        assertThat(classes.get('x')).as("a key that is not a character").isNotNull();
        assertThat(classes.get("e")).isNull();
        List<Character> all = classes.get('ô');
        assertThat(all).contains('o', 'O', 'ö').allMatch(c -> classes.get('ô').contains(c));
    }

    @Test
    void aDictionaryThatKeepsDiacriticsIsLeftAsItIs() throws Exception {
        Dictionary french = dictionaryOf(ORIGINALS.get(0));
        Map<DictionaryAttribute, String> attributes = new EnumMap<>(french.metadata.getAttributes());
        attributes.put(DictionaryAttribute.IGNORE_DIACRITICS, "false");
        Dictionary strict = new Dictionary(french.fsa, new DictionaryMetadata(attributes));

        assertThat(SpellerCharClasses.dictionaryFor(strict)).isSameAs(strict);
    }

    @Test
    void withoutLanguageToolsFieldsTheSearchIsTheOriginal() {
        MorfologikSpeller original = ORIGINALS.get(0);

        assertThat(SpellerCopies.find(MorfologikSpeller.class, "speller", "maxEditDistance")
                        .searchCopyOf(original))
                .as("a copy that cannot be made is the original")
                .isSameAs(original);
    }

    private static Dictionary dictionaryOf(MorfologikSpeller speller) throws ReflectiveOperationException {
        Field field = MorfologikSpeller.class.getDeclaredField("dictionary");
        field.setAccessible(true);
        return (Dictionary) field.get(speller);
    }

    /**
     * Words of the corpus's French made wrong the ways people and scanners get them wrong (a letter
     * left out, doubled, swapped, an accent dropped or added, upper case), with names as written
     * in Vietnamese: the comparisons take every branch of the search.
     */
    private static List<String> misspellings(int count) throws IOException {
        List<String> words = new ArrayList<>();
        try (var articles = Files.list(Path.of("corpus"))) {
            for (Path article : articles.sorted().toList()) {
                Path french = article.resolve("fr.txt");
                if (Files.exists(french)) {
                    for (String word : Files.readString(french).split("[^\\p{L}'’-]+")) {
                        if (word.length() >= 3) {
                            words.add(word);
                        }
                    }
                }
            }
        }
        Random random = new Random(7);
        Set<String> wrong = new LinkedHashSet<>(List.of("Nguyễn", "Thành", "Phước", "dôngs", "ĐẢNG", "Xuân"));
        String accents = "eéèêëaàâiîïoôuùûücç";
        while (wrong.size() < count) {
            StringBuilder word = new StringBuilder(words.get(random.nextInt(words.size())));
            int at = random.nextInt(word.length());
            switch (random.nextInt(6)) {
                case 0 -> word.deleteCharAt(at);
                case 1 -> word.insert(at, word.charAt(at));
                case 2 -> {
                    if (at + 1 < word.length()) {
                        char c = word.charAt(at);
                        word.setCharAt(at, word.charAt(at + 1));
                        word.setCharAt(at + 1, c);
                    }
                }
                case 3 -> word.setCharAt(at, accents.charAt(random.nextInt(accents.length())));
                case 4 -> word.replace(0, word.length(), word.toString().toUpperCase(Locale.FRENCH));
                default -> word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
            }
            wrong.add(word.toString());
        }
        return List.copyOf(wrong);
    }

    private static List<String> describe(List<WeightedSuggestion> suggestions) {
        return suggestions.stream()
                .map(suggestion -> suggestion.getWord() + "/" + suggestion.getWeight())
                .toList();
    }
}
