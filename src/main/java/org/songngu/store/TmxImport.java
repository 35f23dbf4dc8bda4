package org.songngu.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.songngu.corpus.Language;
import org.songngu.corpus.LanguagePair;
import org.songngu.corpus.SearchKey;
import org.songngu.tmx.TmxEntry;
import org.songngu.tmx.TmxFinding;
import org.songngu.tmx.TmxPair;
import org.songngu.tmx.TmxProperty;
import org.songngu.tmx.TmxReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a TMX memory, streaming: units are read one at a time and written in chunks of
 * {@value #CHUNK} inside one transaction, so memory stays bounded whatever the file's size and a
 * failure anywhere leaves the database as it was.
 *
 * <p>A unit goes into the article its {@code x-document} names (Songngu's own exports), else into
 * the article given (or {@code tmx-FILENAME}); {@code --as} puts every unit into one article. Each
 * unit becomes one French sentence with its Vietnamese and English ones and a 1-1 bead per pair,
 * keeping its tuid, dates, creator and changer, review status, confidence, French findings
 * ({@code x-finding}), notes and other {@code x-} properties, so that an export gives it back as it
 * came. What cannot be kept is counted in the {@link Report}. An article that came from the corpus
 * is never replaced; an imported one only with {@code replace}.
 *
 * <p>The beads go through {@link BeadStore}, their one writer, and each article's lock is taken
 * before its beads are written or an earlier import of it is deleted, as the job and the reviewers
 * take it: a reviewer's action on an article being replaced waits for the import to end.
 */
@Service
public class TmxImport {

    static final int CHUNK = 1000;
    private static final Pattern ARTICLE_ID = Pattern.compile("[\\p{L}\\p{N}._-]{1,200}");
    // A file path (Unix, home, file: URL, Windows drive or share, relative): never stored as a source.
    private static final Pattern LOCAL_PATH = Pattern.compile(
            "(/|~|file:|[A-Za-z]:[\\\\/]|\\\\|\\.\\.?[\\\\/]).*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> KEPT_ATTRIBUTES =
            Set.of("tuid", "creationdate", "creationid", "changedate", "changeid");
    private static final Set<String> MAPPED_PROPERTIES =
            Set.of("x-document", "x-confidence", "x-status", TmxFinding.TYPE);
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;
    private static final Set<String> LANGUAGE_CODES = java.util.Arrays.stream(Language.values())
            .map(Language::code)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final JdbcTemplate jdbc;
    private final BeadStore beadStore;
    private final SearchIndex search;

    public TmxImport(JdbcTemplate jdbc, BeadStore beadStore, SearchIndex search) {
        this.jdbc = jdbc;
        this.beadStore = beadStore;
        this.search = search;
    }

    /**
     * @param articleId every unit goes into this article ({@code --as}); {@code null} to follow {@code x-document}
     * @param defaultArticle the article of units without {@code x-document} when {@code articleId} is null
     * @param replace replace an imported article that exists (a corpus article is never replaced)
     * @param defaultStatus the review status of units that carry none: {@code APPROVED} or {@code PENDING}
     */
    public record Options(String articleId, String defaultArticle, boolean replace, String defaultStatus) {

        public Options {
            if (!"APPROVED".equals(defaultStatus) && !"PENDING".equals(defaultStatus)) {
                throw new IllegalArgumentException("status must be approved or pending, got " + defaultStatus);
            }
            if (articleId != null && !ARTICLE_ID.matcher(articleId).matches()) {
                throw new IllegalArgumentException(
                        "'" + articleId + "' is not an article id (letters, digits, '.', '_', '-')");
            }
            if (defaultArticle == null || !ARTICLE_ID.matcher(defaultArticle).matches()) {
                throw new IllegalArgumentException("'" + defaultArticle + "' is not an article id");
            }
        }
    }

    /** How far a long import is: units read, bytes read of the file's size. */
    public record Progress(long units, long bytesRead, long fileSize) {

        public int percent() {
            return fileSize <= 0 ? 100 : (int) Math.min(100, bytesRead * 100 / fileSize);
        }
    }

    /**
     * What an import did and what it could not keep.
     *
     * @param articles the articles stored, with their unit counts
     * @param skipped units without French or without a Vietnamese or English translation
     * @param duplicates units identical to an earlier one of the file (same article, tuid and texts)
     * @param repeatedLanguage units with two variants in one language (the first was kept), and examples
     * @param defaultStatus units that carried no status and got the default
     * @param dropped what was not kept, by kind ("property client", "attribute usagecount", "language de"...)
     */
    public record Report(
            long read,
            Map<String, Long> articles,
            long stored,
            long vietnamese,
            long english,
            long approved,
            long skipped,
            long duplicates,
            long repeatedLanguage,
            List<String> repeatedExamples,
            long defaultStatus,
            Map<String, Long> dropped) {}

    /** Imports {@code file} in one transaction; see the class comment. */
    @Transactional
    public Report importFile(Path file, Options options, Consumer<Progress> progress) throws IOException {
        long size = Files.size(file);
        MessageDigest digest = sha256();
        Run run = new Run(options, file.getFileName().toString());
        try (CountingStream counting = new CountingStream(Files.newInputStream(file));
                InputStream in = new DigestInputStream(counting, digest)) {
            long[] lastReport = {System.nanoTime()};
            new TmxReader().read(in, entry -> {
                run.add(entry);
                long now = System.nanoTime();
                if (now - lastReport[0] >= PROGRESS_EVERY_NANOS) {
                    lastReport[0] = now;
                    progress.accept(new Progress(run.read, counting.count, size));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        run.finish(HexFormat.of().formatHex(digest.digest()));
        return run.report();
    }

    /** One import's state: per-article counters, the chunk being filled, what was seen. */
    private final class Run {

        private final Options options;
        private final String fileName;
        private final Timestamp now = Timestamp.from(Instant.now());
        private final Map<String, ArticleState> articles = new LinkedHashMap<>();
        private final Set<UnitKey> seen = new HashSet<>();
        private final List<Object[]> sentences = new ArrayList<>();
        private final List<BeadStore.ImportedBead> beads = new ArrayList<>();
        private final List<Object[]> findings = new ArrayList<>();
        private final Map<String, Long> dropped = new TreeMap<>();
        private final List<String> repeatedExamples = new ArrayList<>();
        /** The variant languages met, for the refusal of a memory with nothing to store; a few suffice. */
        private final Set<String> languagesSeen = new java.util.TreeSet<>();

        private long read;
        private long stored;
        private long vietnamese;
        private long english;
        private long approved;
        private long skipped;
        private long duplicates;
        private long repeated;
        private long defaulted;
        private int unitsInChunk;

        Run(Options options, String fileName) {
            this.options = options;
            this.fileName = fileName;
        }

        void add(TmxEntry entry) {
            read++;
            if (languagesSeen.size() < 12) {
                languagesSeen.addAll(entry.variants().keySet());
            }
            Optional<String> fr = nonBlank(entry, Language.FR);
            Optional<String> vi = nonBlank(entry, Language.VI);
            Optional<String> en = nonBlank(entry, Language.EN);
            if (fr.isEmpty() || (vi.isEmpty() && en.isEmpty())) {
                skipped++;
                return;
            }
            Document document = document(entry);
            if (!seen.add(UnitKey.of(document.articleId, entry.tuid(), fr.get(), vi.orElse(""), en.orElse("")))) {
                duplicates++;
                return;
            }
            noteWhatIsDropped(entry);
            ArticleState article = article(document);
            String status = status(entry);
            double confidence = confidence(entry);
            Instant created = entry.date("creationdate")
                    .or(() -> entry.date("changedate"))
                    .orElse(now.toInstant());
            Instant changed = entry.date("changedate").orElse(created);
            String creator = bounded(entry.attributes().get("creationid"));
            String changer = bounded(entry.attributes().get("changeid"));
            String extras = extras(entry).encode();

            int french = article.french++;
            sentences.add(new Object[] {article.id, Language.FR.code(), french, fr.get()});
            for (TmxFinding finding : findings(entry, fr.get().length())) {
                findings.add(new Object[] {
                    article.id,
                    french,
                    finding.ruleId(),
                    finding.category(),
                    truncate(finding.message()),
                    finding.start(),
                    finding.end(),
                    truncate(String.join("|", finding.suggestions()))
                });
            }
            String tuid = entry.tuid().isBlank() ? null : entry.tuid().strip();
            if (tuid != null && tuid.length() > 1000) {
                count("tuid longer than 1000 characters");
                tuid = null;
            }
            addBead(
                    article,
                    LanguagePair.FR_VI,
                    vi,
                    french,
                    fr.get(),
                    status,
                    confidence,
                    created,
                    creator,
                    changed,
                    changer,
                    tuid,
                    extras);
            addBead(
                    article,
                    LanguagePair.FR_EN,
                    en,
                    french,
                    fr.get(),
                    status,
                    confidence,
                    created,
                    creator,
                    changed,
                    changer,
                    tuid,
                    extras);
            stored++;
            article.units++;
            vietnamese += vi.isPresent() ? 1 : 0;
            english += en.isPresent() ? 1 : 0;
            approved += "APPROVED".equals(status) ? 1 : 0;
            if (++unitsInChunk >= CHUNK) {
                flush();
            }
        }

        private void addBead(
                ArticleState article,
                LanguagePair pair,
                Optional<String> text,
                int french,
                String frenchText,
                String status,
                double confidence,
                Instant created,
                String creator,
                Instant changed,
                String changer,
                String tuid,
                String extras) {
            int target = article.targetSentences(pair);
            if (text.isPresent()) {
                sentences.add(new Object[] {article.id, pair.target().code(), target, text.get()});
                article.targets[pair.ordinal()]++;
            }
            int index = article.beads[pair.ordinal()]++;
            int targetEnd = text.isPresent() ? target + 1 : target;
            // A unit without this pair's language is a French sentence left unaligned: pending, no metadata.
            boolean unit = text.isPresent();
            String kept = unit && tuid != null && !tuid.equals(TmxPair.of(pair).tuid(article.id, index)) ? tuid : null;
            beads.add(new BeadStore.ImportedBead(
                    article.id,
                    pair,
                    index,
                    french,
                    french + 1,
                    target,
                    targetEnd,
                    frenchText,
                    text.orElse(""),
                    unit ? confidence : 1.0,
                    BeadStatus.valueOf(unit ? status : "PENDING"),
                    Timestamp.from(unit ? changed : now.toInstant()),
                    unit ? changer : null,
                    kept,
                    unit ? Timestamp.from(created) : null,
                    unit ? creator : null,
                    unit ? extras : null));
        }

        private Document document(TmxEntry entry) {
            if (options.articleId() != null) {
                return new Document(options.articleId(), null);
            }
            String value = entry.properties().get("x-document");
            if (value == null || value.isBlank()) {
                return new Document(options.defaultArticle(), null);
            }
            String[] parts = value.strip().split("\\s+", 2);
            String url = null;
            if (parts.length == 2) {
                if (LOCAL_PATH.matcher(parts[1]).matches()) {
                    // Earlier versions wrote the imported file's local path here: it never goes into the memory.
                    count("x-document source that is a local path");
                } else if (parts[1].length() > 2000) {
                    count("x-document source longer than 2000 characters");
                } else {
                    url = parts[1];
                }
            }
            if (!ARTICLE_ID.matcher(parts[0]).matches()) {
                throw new ImportRefusedException("unit " + describe(entry) + ": x-document '" + parts[0]
                        + "' is not an article id (letters, digits, '.', '_', '-'; at most 200); use --as ID");
            }
            return new Document(parts[0], url);
        }

        private ArticleState article(Document document) {
            ArticleState known = articles.get(document.articleId);
            if (known != null) {
                return known;
            }
            List<String> origin =
                    jdbc.queryForList("SELECT origin FROM article WHERE id = ?", String.class, document.articleId);
            if (!origin.isEmpty()) {
                if (!"tmx".equals(origin.get(0))) {
                    throw new ImportRefusedException("article " + document.articleId + " comes from the corpus; an"
                            + " import never replaces a corpus article (choose another id with --as)");
                }
                if (!options.replace()) {
                    throw new ImportRefusedException("article " + document.articleId + " exists (an earlier import);"
                            + " give --replace to replace it, or choose another id with --as");
                }
                flush(); // rows of this run never belong to it, but keep the order of writes simple
                // the lock reviewers take: one acting on the old import's beads finishes first, or waits
                beadStore.lockArticle(document.articleId);
                jdbc.update("DELETE FROM article WHERE id = ?", document.articleId);
            }
            jdbc.update("""
                    INSERT INTO article (id, title, source_url, content_hash, status, updated_at, origin)
                    VALUES (?, ?, ?, NULL, 'ALIGNED', ?, 'tmx')\
                    """, document.articleId, truncate("TMX import: " + fileName), document.url, now);
            beadStore.lockArticle(document.articleId);
            ArticleState state = new ArticleState(document.articleId);
            articles.put(document.articleId, state);
            return state;
        }

        private String status(TmxEntry entry) {
            String status = entry.properties().get("x-status");
            if (status != null) {
                String upper = status.strip().toUpperCase(Locale.ROOT);
                if (upper.equals("APPROVED") || upper.equals("PENDING") || upper.equals("REJECTED")) {
                    return upper;
                }
                count("x-status value '" + abbreviate(status) + "'");
            }
            // Trados Studio's confirmation level, the one status a foreign memory commonly carries.
            String trados = entry.properties().get("x-ConfirmationLevel");
            if (trados != null) {
                switch (trados.strip()) {
                    case "ApprovedTranslation", "ApprovedSignOff" -> {
                        return "APPROVED";
                    }
                    case "RejectedTranslation", "RejectedSignOff" -> {
                        return "REJECTED";
                    }
                    case "Draft", "Translated", "Unspecified" -> {
                        return "PENDING";
                    }
                    default -> {
                        // unknown level: the default below
                    }
                }
            }
            defaulted++;
            return options.defaultStatus();
        }

        private double confidence(TmxEntry entry) {
            String value = entry.properties().get("x-confidence");
            if (value == null) {
                return 1.0; // a memory made by translators: as sure as a reviewed pair
            }
            try {
                double confidence = Double.parseDouble(value.strip());
                if (confidence >= 0 && confidence <= 1) {
                    return confidence;
                }
            } catch (NumberFormatException e) {
                // counted below
            }
            count("x-confidence that is not a number in [0, 1]");
            return 1.0;
        }

        private List<TmxFinding> findings(TmxEntry entry, int frenchLength) {
            List<TmxFinding> parsed = new ArrayList<>();
            for (String value : entry.all(TmxFinding.TYPE)) {
                Optional<TmxFinding> finding = TmxFinding.parse(value).filter(found -> found.end() <= frenchLength);
                if (finding.isPresent()) {
                    parsed.add(finding.get());
                } else {
                    count("x-finding that is not START-END RULE CATEGORY message \u21d2 suggestions");
                }
            }
            return parsed;
        }

        private TmxExtras extras(TmxEntry entry) {
            List<TmxProperty> properties = new ArrayList<>();
            for (TmxEntry.Field property : entry.propertyList()) {
                if (MAPPED_PROPERTIES.contains(property.key())) {
                    continue;
                }
                try {
                    properties.add(new TmxProperty(property.key(), property.value()));
                } catch (IllegalArgumentException e) {
                    count("property " + abbreviate(property.key()) + " (not an x- property)");
                }
            }
            return new TmxExtras(properties, entry.notes());
        }

        private void noteWhatIsDropped(TmxEntry entry) {
            for (String attribute : entry.attributes().keySet()) {
                if (!KEPT_ATTRIBUTES.contains(attribute)) {
                    count("attribute " + abbreviate(attribute));
                }
            }
            for (String attribute : List.of("creationdate", "changedate")) {
                String value = entry.attributes().get(attribute);
                if (value != null && entry.date(attribute).isEmpty()) {
                    count(attribute + " not in TMX's form (yyyyMMddTHHmmssZ)");
                }
            }
            for (TmxEntry.Field variant : entry.variantList()) {
                String language = variant.key().toLowerCase(Locale.ROOT).split("[-_]")[0];
                if (!LANGUAGE_CODES.contains(language)) {
                    count("variant in " + abbreviate(variant.key()));
                }
            }
            if (entry.inlineCodesDropped()) {
                count("inline codes (bpt, ept, ph, it, ut) of a unit");
            }
            Set<String> repeatedLanguages = entry.repeatedLanguages();
            repeatedLanguages.retainAll(LANGUAGE_CODES);
            if (!repeatedLanguages.isEmpty()) {
                repeated++;
                if (repeatedExamples.size() < 5) {
                    repeatedExamples.add(describe(entry) + " (" + String.join(", ", repeatedLanguages) + ")");
                }
            }
        }

        private void flush() {
            if (!sentences.isEmpty()) {
                jdbc.batchUpdate(
                        "INSERT INTO sentence (article_id, lang, idx, paragraph, content, search_key)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        sentences.stream()
                                .map(row -> new Object[] {
                                    row[0], row[1], row[2], row[2], row[3], SearchKey.of((String) row[3])
                                })
                                .toList());
            }
            if (!beads.isEmpty()) {
                beadStore.insertImported(beads);
            }
            if (!findings.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO finding (article_id, sentence_idx, rule_id, category, message, start_pos, end_pos,
                                             suggestions)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", findings);
            }
            sentences.clear();
            beads.clear();
            findings.clear();
            unitsInChunk = 0;
        }

        void finish(String hash) {
            if (stored == 0) {
                // an empty result would look like success: say what the file holds instead
                throw new ImportRefusedException(
                        read == 0
                                ? "the memory holds no translation unit"
                                : "none of its " + read + " unit(s) has French with a Vietnamese or English translation"
                                        + " (languages found: " + String.join(", ", languagesSeen) + ")");
            }
            flush();
            for (ArticleState article : articles.values()) {
                jdbc.update(
                        "INSERT INTO article_version (article_id, lang, paragraphs) VALUES (?, ?, ?)",
                        article.id,
                        Language.FR.code(),
                        article.french);
                for (LanguagePair pair : LanguagePair.values()) {
                    int count = article.targetSentences(pair);
                    if (count > 0) {
                        jdbc.update(
                                "INSERT INTO article_version (article_id, lang, paragraphs) VALUES (?, ?, ?)",
                                article.id,
                                pair.target().code(),
                                count);
                    } else {
                        // No unit had this language: the article has no such pair, not a pair of empty beads.
                        beadStore.deletePair(article.id, pair);
                    }
                }
                jdbc.update("UPDATE article SET content_hash = ? WHERE id = ?", hash, article.id);
                // Imported sentences are searchable as the job's are: search keys stored with them, article queued.
                search.queue(article.id);
            }
        }

        Report report() {
            Map<String, Long> stored = new LinkedHashMap<>();
            articles.values().forEach(article -> stored.put(article.id, article.units));
            return new Report(
                    read,
                    stored,
                    this.stored,
                    vietnamese,
                    english,
                    approved,
                    skipped,
                    duplicates,
                    repeated,
                    List.copyOf(repeatedExamples),
                    defaulted,
                    Map.copyOf(dropped));
        }

        private void count(String what) {
            dropped.merge(what, 1L, Long::sum);
        }

        private String describe(TmxEntry entry) {
            return (entry.tuid().isBlank() ? "#" + read : entry.tuid())
                    + (entry.line() > 0 ? " at line " + entry.line() : "");
        }
    }

    private record Document(String articleId, String url) {}

    private static final class ArticleState {
        final String id;
        int french;
        /** Per pair (by ordinal): the target sentences stored so far, and the beads. */
        final int[] targets = new int[LanguagePair.values().length];

        final int[] beads = new int[LanguagePair.values().length];
        long units;

        ArticleState(String id) {
            this.id = id;
        }

        int targetSentences(LanguagePair pair) {
            return targets[pair.ordinal()];
        }
    }

    /** 128 bits of a unit's SHA-256: what makes two units identical, at 16 bytes a unit. */
    private record UnitKey(long high, long low) {

        static UnitKey of(String... parts) {
            MessageDigest digest = sha256();
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            byte[] hash = digest.digest();
            return new UnitKey(
                    java.nio.ByteBuffer.wrap(hash, 0, 8).getLong(),
                    java.nio.ByteBuffer.wrap(hash, 8, 8).getLong());
        }
    }

    private static Optional<String> nonBlank(TmxEntry entry, Language language) {
        return entry.text(language).map(String::strip).filter(text -> !text.isEmpty());
    }

    private static String bounded(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        return stripped.length() <= 100 ? stripped : stripped.substring(0, 100);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
