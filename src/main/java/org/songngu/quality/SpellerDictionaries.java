package org.songngu.quality;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import morfologik.fsa.CFSA2;
import morfologik.fsa.FSA;
import morfologik.fsa.FSAFlags;
import morfologik.fsa.FSAHeader;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryMetadata;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;

/**
 * The speller dictionaries LanguageTool builds from its plain-text word lists, saved and restored.
 *
 * <p>Why: the French speller accepts the 35,000 words of {@code spelling.txt} through a dictionary
 * LanguageTool builds at start-up (sorting the lines, building an automaton and serializing it:
 * seconds of CPU, once per process), then keeps in a static map by the word lists' names. The
 * automaton is the same in every run of one LanguageTool, so {@link LanguageToolCacheFile} keeps
 * its bytes and the next run puts them back into that map before any speller asks for it.
 *
 * <p>It changes no finding: the restored automaton has exactly the bytes LanguageTool built (its
 * arcs, flags and label table, copied as they are), and the metadata is read from the same file
 * LanguageTool reads. LanguageTool 6.6 offers no hook for this: the map is a private field,
 * reached by reflection; when LanguageTool's internals differ, nothing is saved or restored and
 * LanguageTool builds its dictionaries as usual.
 */
final class SpellerDictionaries {

    private static final System.Logger LOG = System.getLogger(SpellerDictionaries.class.getName());

    private SpellerDictionaries() {}

    /** The dictionaries LanguageTool built from word lists so far, serialized, by LanguageTool's key. */
    static Map<String, byte[]> saved() {
        Map<String, byte[]> saved = new LinkedHashMap<>();
        Map<String, Dictionary> built = builtDictionaries();
        if (built == null) {
            return saved;
        }
        synchronized (built) {
            built.forEach((key, dictionary) -> {
                if (dictionary.fsa instanceof CFSA2 automaton) {
                    saved.put(key, serialize(automaton));
                }
            });
        }
        return saved;
    }

    /**
     * Puts the saved dictionaries LanguageTool does not hold yet into its map. Call before any
     * speller is created (the map is a plain {@code HashMap}).
     *
     * @return how many were restored
     */
    static int restore(Map<String, byte[]> saved) {
        Map<String, Dictionary> built = builtDictionaries();
        if (built == null || saved.isEmpty()) {
            return 0;
        }
        int restored = 0;
        synchronized (built) {
            for (Map.Entry<String, byte[]> entry : saved.entrySet()) {
                if (built.containsKey(entry.getKey())) {
                    continue;
                }
                try {
                    built.put(
                            entry.getKey(),
                            new Dictionary(
                                    FSA.read(new ByteArrayInputStream(entry.getValue())), metadata(entry.getKey())));
                    restored++;
                } catch (IOException | RuntimeException e) {
                    LOG.log(
                            System.Logger.Level.DEBUG,
                            "cannot restore the speller dictionary " + entry.getKey() + ": " + e);
                }
            }
        }
        return restored;
    }

    /**
     * The automaton in the format LanguageTool wrote it in ({@code CFSA2Serializer}): header, flags, label table, arcs.
     */
    static byte[] serialize(CFSA2 automaton) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(automaton.arcs.length + 64);
            FSAHeader.write(bytes, CFSA2.VERSION);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeShort(FSAFlags.asShort(automaton.getFlags()));
            out.writeByte(automaton.labelMapping.length);
            out.write(automaton.labelMapping);
            out.write(automaton.arcs);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
    }

    /** The metadata LanguageTool reads for a dictionary of this key ({@code "[word lists]|/fr/french.info"}). */
    private static DictionaryMetadata metadata(String key) throws IOException {
        String infoPath = key.substring(key.lastIndexOf('|') + 1);
        // As MorfologikMultiSpeller.getDictionary: a file of that path first, else LanguageTool's resource.
        try (InputStream in = new File(infoPath).exists()
                ? new FileInputStream(infoPath)
                : JLanguageTool.getDataBroker().getFromResourceDirAsStream(infoPath)) {
            if (in == null) {
                throw new IOException("no metadata " + infoPath);
            }
            return DictionaryMetadata.read(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Dictionary> builtDictionaries() {
        try {
            Field field = MorfologikMultiSpeller.class.getDeclaredField("dicPathToDict");
            field.setAccessible(true);
            return field.get(null) instanceof Map<?, ?> map ? (Map<String, Dictionary>) map : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "LanguageTool's speller dictionaries are out of reach: " + e);
            return null;
        }
    }
}
