package org.songngu.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.songngu.corpus.BoilerplateModel;
import org.songngu.corpus.Language;
import org.songngu.corpus.MetadataKind;
import org.songngu.corpus.MetadataTemplates;

/**
 * What a run learns from all its articles before ingesting any (site chrome, metadata templates),
 * as bytes a worker process decodes into the same objects: its ingest then cleans each article
 * exactly as the manager's process would.
 */
record CorpusLearning(BoilerplateModel chrome, MetadataTemplates templates) {

    private static final int FORMAT = 1;

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            Map<Language, Set<Long>> hashes = chrome.hashes();
            out.writeInt(hashes.size());
            for (Map.Entry<Language, Set<Long>> entry : hashes.entrySet()) {
                string(out, entry.getKey().code());
                out.writeInt(entry.getValue().size());
                for (long hash : entry.getValue()) {
                    out.writeLong(hash);
                }
            }
            List<MetadataTemplates.Template> all = templates.all();
            out.writeInt(all.size());
            for (MetadataTemplates.Template template : all) {
                string(out, template.language().code());
                string(out, template.site());
                string(out, template.shape());
                string(out, template.kind().name());
                out.writeInt(template.articles());
                string(out, template.example());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static CorpusLearning decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalStateException("staged run state of format " + format + ", this version reads "
                        + FORMAT + ": the manager and the workers must run the same Songngu version");
            }
            Map<Language, Set<Long>> hashes = new EnumMap<>(Language.class);
            for (int languages = in.readInt(); languages > 0; languages--) {
                Language language = Language.fromCode(string(in));
                int count = in.readInt();
                Set<Long> keys = new HashSet<>(count * 2);
                for (int i = 0; i < count; i++) {
                    keys.add(in.readLong());
                }
                hashes.put(language, keys);
            }
            List<MetadataTemplates.Template> templates = new ArrayList<>();
            for (int count = in.readInt(); count > 0; count--) {
                templates.add(new MetadataTemplates.Template(
                        Language.fromCode(string(in)),
                        string(in),
                        string(in),
                        MetadataKind.valueOf(string(in)),
                        in.readInt(),
                        string(in)));
            }
            return new CorpusLearning(BoilerplateModel.ofHashes(hashes), MetadataTemplates.of(templates));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
