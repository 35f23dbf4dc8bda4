package org.songngu.quality;

import java.lang.reflect.Field;
import java.text.Normalizer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryAttribute;
import morfologik.stemming.DictionaryMetadata;

/**
 * Which characters morfologik's speller search takes as equal to a character, answered from tables
 * instead of by normalising both characters on every comparison.
 *
 * <p>Why: LanguageTool's French dictionary ignores diacritics in its suggestion search, and
 * morfologik's {@code Speller.areEqual(x, y)} then runs {@code Normalizer.normalize(.., NFD)} on
 * both characters each time they differ: in the edit-distance walk over the dictionary that is
 * millions of calls per misspelled word. On French prose two thirds of the search's comparison
 * time, a fifth of the checker's CPU (QUALITY.md, "Speller search").
 *
 * <p>How: {@code areEqual} asks the dictionary's "equivalent characters" map first and only then
 * normalises. {@link #dictionaryFor} gives a copy of a dictionary (same automaton, same attributes)
 * whose metadata no longer ignores diacritics and whose equivalent-characters map is this class:
 * for a character {@code x} it answers a list that contains {@code y} exactly when the original
 * {@code areEqual(x, y)} holds for {@code x != y}: {@code y} is among {@code x}'s declared
 * equivalents, or the first characters of their canonical decompositions are the same, or (the
 * dictionary converting case) those are one letter in two cases. The decompositions are computed
 * once per character, when the search first meets it, by the same {@code Normalizer} call. The
 * search reads the two settings nowhere else, so it finds the same candidates at the same distances.
 */
final class SpellerCharClasses extends LinkedHashMap<Character, List<Character>> {

    private static final long serialVersionUID = 1L;

    /**
     * Per UTF-16 unit, the first character of its canonical decomposition (NFD) plus one, 0 until
     * asked: filled as the search meets characters, so that a short run does not normalise all
     * 65,536 (one int, so a racing thread sees 0 or the answer).
     */
    private static final int[] DECOMPOSED = new int[Character.MAX_VALUE + 1];

    private static char decomposed(char c) {
        int known = DECOMPOSED[c];
        if (known == 0) {
            known = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD)
                            .charAt(0)
                    + 1;
            DECOMPOSED[c] = known;
        }
        return (char) (known - 1);
    }

    /** The copy made of each dictionary (LanguageTool keeps its dictionaries for the process's life). */
    private static final Map<Dictionary, Dictionary> QUICK = new ConcurrentHashMap<>();

    private final transient Map<Character, List<Character>> declared;
    private final boolean convertsCase;
    private final transient EqualTo[] classes = new EqualTo[Character.MAX_VALUE + 1];

    private SpellerCharClasses(Map<Character, List<Character>> declared, boolean convertsCase) {
        this.declared = Map.copyOf(declared);
        this.convertsCase = convertsCase;
    }

    /**
     * A copy of {@code dictionary} whose suggestion search compares characters through this class,
     * or {@code dictionary} itself when it does not ignore diacritics (nothing to gain).
     *
     * @throws ReflectiveOperationException when morfologik's metadata has no {@code equivalentChars}
     *     field (another morfologik version): the caller keeps the original
     */
    static Dictionary dictionaryFor(Dictionary dictionary) throws ReflectiveOperationException {
        Dictionary known = QUICK.get(dictionary);
        if (known == null) {
            // Every tool's spellers of one dictionary share one copy (and its tables).
            Dictionary made = quickCopy(dictionary);
            known = QUICK.putIfAbsent(dictionary, made);
            return known == null ? made : known;
        }
        return known;
    }

    private static Dictionary quickCopy(Dictionary dictionary) throws ReflectiveOperationException {
        DictionaryMetadata original = dictionary.metadata;
        if (!original.isIgnoringDiacritics()) {
            return dictionary;
        }
        Map<DictionaryAttribute, String> attributes = new EnumMap<>(original.getAttributes());
        attributes.put(DictionaryAttribute.IGNORE_DIACRITICS, "false");
        DictionaryMetadata copy = new DictionaryMetadata(attributes);
        Field equivalents = DictionaryMetadata.class.getDeclaredField("equivalentChars");
        equivalents.setAccessible(true);
        equivalents.set(copy, new SpellerCharClasses(original.getEquivalentChars(), original.isConvertingCase()));
        return new Dictionary(dictionary.fsa, copy);
    }

    @Override
    public List<Character> get(Object key) {
        if (!(key instanceof Character c)) {
            return null;
        }
        EqualTo known = classes[c];
        if (known == null) {
            // A race builds the same immutable object twice at worst.
            known = new EqualTo(c, declared.getOrDefault(c, List.of()));
            classes[c] = known;
        }
        return known;
    }

    /** The original {@code areEqual(x, y)} for {@code x != y}, from the tables. */
    boolean equal(char x, char y, List<Character> declaredForX) {
        if (declaredForX.contains(y)) {
            return true;
        }
        char xd = decomposed(x);
        char yd = decomposed(y);
        if (xd == yd) {
            return true;
        }
        if (convertsCase && Character.isLetter(xd) && Character.isLowerCase(xd) != Character.isLowerCase(yd)) {
            return Character.toLowerCase(xd) == Character.toLowerCase(yd);
        }
        return false;
    }

    /**
     * The characters equal to one character. The search only asks {@link #contains}; the list can
     * still be read whole (built by testing every character), as a {@code List} must allow.
     */
    private final class EqualTo extends AbstractList<Character> {

        private final char x;
        private final List<Character> declaredForX;
        private List<Character> all;

        EqualTo(char x, List<Character> declaredForX) {
            this.x = x;
            this.declaredForX = declaredForX;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Character y && equal(x, y, declaredForX);
        }

        @Override
        public Character get(int index) {
            return all().get(index);
        }

        @Override
        public int size() {
            return all().size();
        }

        private List<Character> all() {
            if (all == null) {
                List<Character> equal = new ArrayList<>();
                for (int y = 0; y <= Character.MAX_VALUE; y++) {
                    if (y != x && equal(x, (char) y, declaredForX)) {
                        equal.add((char) y);
                    }
                }
                all = List.copyOf(equal);
            }
            return all;
        }
    }
}
