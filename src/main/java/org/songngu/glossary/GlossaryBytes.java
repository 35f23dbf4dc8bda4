package org.songngu.glossary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.songngu.corpus.Language;

/**
 * A loaded glossary as bytes, and back: what a remote run's manager stores for its workers, so
 * that every process of the run uses the same terms whatever glossary file each one has (or has
 * none). The format keeps every term in order with its variants, note and line; decoding gives an
 * equal glossary.
 */
public final class GlossaryBytes {

    private static final int FORMAT = 1;
    /** Far above any real glossary: bytes from the database are checked before they are trusted. */
    private static final int MAX_COUNT = 10_000_000;

    private GlossaryBytes() {}

    public static byte[] encode(Glossary glossary) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(glossary.terms().size());
            for (Term term : glossary.terms()) {
                out.writeInt(term.line());
                string(out, term.note());
                // The languages the term has an entry for, even an empty one: decoding gives an equal term.
                out.writeInt(term.variants().size());
                for (Language language : Language.values()) {
                    if (term.variants().containsKey(language)) {
                        string(out, language.code());
                        List<String> variants = term.in(language);
                        out.writeInt(variants.size());
                        for (String variant : variants) {
                            string(out, variant);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @throws IllegalArgumentException when the bytes are not a glossary of this format
     */
    public static Glossary decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("a stored glossary of format " + format + ", this version reads "
                        + FORMAT + ": the manager and the workers must run the same Songngu version");
            }
            int count = count(in);
            List<Term> terms = new ArrayList<>(Math.min(count, 10_000));
            for (int t = 0; t < count; t++) {
                int line = in.readInt();
                String note = string(in);
                Map<Language, List<String>> variants = new EnumMap<>(Language.class);
                for (int languages = count(in); languages > 0; languages--) {
                    Language language = Language.fromCode(string(in));
                    int forms = count(in);
                    List<String> list = new ArrayList<>(Math.min(forms, 100));
                    for (int v = 0; v < forms; v++) {
                        list.add(string(in));
                    }
                    variants.put(language, List.copyOf(list));
                }
                terms.add(new Term(variants, note, line));
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("a stored glossary with bytes after its last term");
            }
            return new Glossary(terms);
        } catch (IOException e) {
            throw new IllegalArgumentException("a stored glossary cut short: " + e, e);
        }
    }

    /** The SHA-256 of the encoded glossary, in hex: equal glossaries have equal digests. */
    public static String digest(byte[] encoded) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("a stored glossary with a count of " + count);
        }
        return count;
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = count(in);
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length != length) {
            throw new IOException("end of data inside a text of " + length + " bytes");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
