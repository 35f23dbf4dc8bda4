package org.songngu.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.songngu.corpus.Language;
import org.songngu.tmx.TmxEntry;
import org.songngu.tmx.TmxReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an existing TMX memory as one article of approved pairs: its French segments, with the
 * Vietnamese and English ones where units have them, aligned one to one. Stored like any aligned
 * article, it is exported with the rest and teaches the aligner's lexicon on the next run.
 */
@Service
public class TmxImport {

    static final String REVIEWER = "tmx-import";

    private final ArticleStore store;

    public TmxImport(ArticleStore store) {
        this.store = store;
    }

    /** What an import stored. */
    public record Result(String articleId, int units, int vietnamese, int english, int skipped) {
    }

    /**
     * @param file the TMX file
     * @param articleId the article the memory is stored as; replaced if it exists
     * @throws org.songngu.tmx.TmxFormatException when the file is not well-formed TMX
     */
    @Transactional
    public Result importFile(Path file, String articleId) throws IOException {
        List<String> french = new ArrayList<>();
        List<Optional<String>> vietnamese = new ArrayList<>();
        List<Optional<String>> english = new ArrayList<>();
        int[] skipped = {0};
        String hash = hash(file);
        new TmxReader().read(file, entry -> {
            Optional<String> fr = nonBlank(entry, Language.FR);
            Optional<String> vi = nonBlank(entry, Language.VI);
            Optional<String> en = nonBlank(entry, Language.EN);
            if (fr.isEmpty() || (vi.isEmpty() && en.isEmpty())) {
                skipped[0]++;
                return;
            }
            french.add(fr.get());
            vietnamese.add(vi);
            english.add(en);
        });
        List<VersionContent> versions = new ArrayList<>();
        versions.add(version(Language.FR, french.stream().map(Optional::of).toList()));
        if (vietnamese.stream().anyMatch(Optional::isPresent)) {
            versions.add(version(Language.VI, vietnamese));
        }
        if (english.stream().anyMatch(Optional::isPresent)) {
            versions.add(version(Language.EN, english));
        }
        store.saveSegmented(new ArticleRow(articleId, "TMX import: " + file.getFileName(), file.toString(), null, hash),
                versions);
        store.saveBeads(articleId, "fr-vi", beads(french, vietnamese));
        store.saveBeads(articleId, "fr-en", beads(french, english));
        store.setStatus(articleId, "APPROVED", REVIEWER);
        store.markAligned(articleId);
        return new Result(articleId, french.size(), (int) vietnamese.stream().filter(Optional::isPresent).count(),
                (int) english.stream().filter(Optional::isPresent).count(), skipped[0]);
    }

    private static Optional<String> nonBlank(TmxEntry entry, Language language) {
        return entry.text(language).map(String::strip).filter(text -> !text.isEmpty());
    }

    private static VersionContent version(Language language, List<Optional<String>> texts) {
        List<SentenceRow> rows = new ArrayList<>();
        for (Optional<String> text : texts) {
            text.ifPresent(value -> rows.add(new SentenceRow(rows.size(), rows.size(), value)));
        }
        return new VersionContent(language.code(), rows.size(), rows);
    }

    /** One bead per unit: 1-1 where the unit has the target, 1-0 where it has only the other language. */
    private static List<BeadRow> beads(List<String> french, List<Optional<String>> targets) {
        List<BeadRow> beads = new ArrayList<>();
        int target = 0;
        for (int i = 0; i < french.size(); i++) {
            Optional<String> text = targets.get(i);
            int end = text.isPresent() ? target + 1 : target;
            beads.add(new BeadRow(beads.size(), i, i + 1, target, end, french.get(i), text.orElse(""), 1.0));
            target = end;
        }
        return targets.stream().anyMatch(Optional::isPresent) ? beads : List.of();
    }

    private static String hash(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
