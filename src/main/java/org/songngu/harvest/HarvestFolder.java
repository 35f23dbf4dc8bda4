package org.songngu.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.songngu.corpus.AccentFolding;
import org.songngu.corpus.HtmlTextExtractor;
import org.songngu.corpus.Language;

/**
 * The output of a harvest, and its review state, all in one folder: the article folders in the
 * corpus layout ({@code <article>/fr.html, vi.html, en.html, meta.properties}), and beside them a
 * hidden {@code .harvest/} (the corpus scanner skips hidden folders) holding the pairs with their
 * score and evidence ({@code pairs.tsv}), the pages left unpaired, the problems met, the pages
 * themselves (so a reviewer can re-pair without the crawl), and the reviewers' decisions
 * ({@code decisions.tsv}, append-only, replayed by every later harvest). Files, not tables: the
 * harvest runs without a database, its output is a folder a user hands to {@code run}, and the
 * review state travels with it. Changes are made under a file lock (another process may harvest
 * into the same folder) and files are replaced atomically. The harvest only ever touches the
 * article folders it wrote itself (listed in {@code articles.tsv}); others in the folder stay as
 * they are.
 */
public final class HarvestFolder {

    static final String STATE = ".harvest";
    private static final String PAIRS = "pairs.tsv";
    private static final String UNPAIRED = "unpaired.tsv";
    private static final String PROBLEMS = "problems.tsv";
    private static final String DECISIONS = "decisions.tsv";
    private static final String ARTICLES = "articles.tsv";
    private static final String PAGES = "pages";
    private static final String META = "meta.properties";
    private static final int SLUG_CHARS = 80;

    private final Path root;
    private final Path state;

    public HarvestFolder(Path root) {
        this.root = root;
        this.state = root.resolve(STATE);
    }

    public Path root() {
        return root;
    }

    /** Whether a harvest has written into this folder. */
    public boolean exists() {
        return Files.isRegularFile(state.resolve(PAIRS));
    }

    /** What the review shows of one pair. */
    public enum Status {
        ACCEPTED,
        REVIEW,
        CONFIRMED,
        REJECTED;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }

        /** Whether the pair's page is in the corpus. */
        public boolean inCorpus() {
            return this == ACCEPTED || this == CONFIRMED;
        }
    }

    /** One line of {@code pairs.tsv}. */
    public record PairRow(
            Status status,
            double score,
            String french,
            Language language,
            String other,
            String folder,
            String evidence) {}

    /** How many pairs went to the corpus and how many folders hold them. */
    public record Written(int acceptedPairs, int articles) {}

    // ---- spool of page HTML -------------------------------------------------------------------

    /** The pages of a harvest being read, written aside until the harvest commits. */
    public final class Spool {
        private final Path dir;

        Spool() {
            try {
                Files.createDirectories(state);
                dir = state.resolve(PAGES + ".new");
                deleteTree(dir);
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write into " + state + ": " + e.getMessage(), e);
            }
        }

        public void put(String url, String html) throws IOException {
            Files.writeString(dir.resolve(fileName(url)), html, StandardCharsets.UTF_8);
        }

        void commit() throws IOException {
            try (FileLock lock = lock()) {
                Path pages = state.resolve(PAGES);
                Path old = state.resolve(PAGES + ".old");
                deleteTree(old);
                if (Files.exists(pages)) {
                    Files.move(pages, old);
                }
                Files.move(dir, pages);
                deleteTree(old);
            }
        }
    }

    public Spool newSpool() {
        return new Spool();
    }

    static String fileName(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + ".html";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The spooled HTML of a harvested page. */
    public Optional<String> page(String url) {
        Path file = state.resolve(PAGES).resolve(fileName(url));
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first paragraphs of a harvested page, for a reviewer to compare. */
    public List<String> excerpt(String url, int paragraphs) {
        return page(url)
                .map(html -> {
                    List<String> all = HtmlTextExtractor.paragraphs(html);
                    return all.subList(0, Math.min(paragraphs, all.size()));
                })
                .orElse(List.of());
    }

    // ---- writing a harvest --------------------------------------------------------------------

    Written write(
            List<PageInfo> pages,
            List<PagePair> pairs,
            double acceptScore,
            List<HarvestResult.UnpairedPage> unpaired,
            List<HarvestProblem> problems)
            throws IOException {
        Files.createDirectories(state);
        try (FileLock lock = lock()) {
            Map<String, PageInfo> byUrl = new HashMap<>();
            pages.forEach(page -> byUrl.put(page.url(), page));
            Map<String, String> previous = articles();
            Map<String, String> folders = new LinkedHashMap<>();
            Set<String> taken = new HashSet<>(previous.values());
            List<PairRow> rows = new ArrayList<>();
            int accepted = 0;
            for (Map.Entry<String, Map<Language, PagePair>> entry :
                    Pairing.byFrenchPage(pairs).entrySet()) {
                String french = entry.getKey();
                Map<Language, PagePair> versions = new LinkedHashMap<>();
                for (PagePair pair : entry.getValue().values()) {
                    boolean reviewed = pair.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.REVIEWED);
                    if (reviewed || pair.score() >= acceptScore) {
                        versions.put(pair.language(), pair);
                    }
                }
                String folder = null;
                if (!versions.isEmpty()) {
                    folder = previous.containsKey(french) ? previous.get(french) : newFolder(french, taken);
                    taken.add(folder);
                    folders.put(french, folder);
                    writeArticle(folder, byUrl.get(french), versions, byUrl);
                    accepted += versions.size();
                }
                for (PagePair pair : entry.getValue().values()) {
                    boolean in = versions.containsKey(pair.language());
                    boolean reviewed = pair.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.REVIEWED);
                    rows.add(new PairRow(
                            reviewed ? Status.CONFIRMED : in ? Status.ACCEPTED : Status.REVIEW,
                            pair.score(),
                            french,
                            pair.language(),
                            pair.other(),
                            in ? folder : "",
                            pair.evidenceLine()));
                }
            }
            for (Map.Entry<String, String> old : previous.entrySet()) {
                if (!folders.containsKey(old.getKey())) {
                    removeArticle(old.getValue());
                }
            }
            writeArticles(folders);
            writePairs(rows);
            writeTable(
                    UNPAIRED,
                    "url\tlanguage\treason",
                    unpaired.stream()
                            .map(page -> cells(page.url(), page.language(), page.reason()))
                            .toList());
            writeTable(
                    PROBLEMS,
                    "where\tproblem",
                    problems.stream().map(p -> cells(p.where(), p.message())).toList());
            return new Written(accepted, folders.size());
        }
    }

    /** An article folder name from the French page's address: its last path segment, folded. */
    private String newFolder(String french, Set<String> taken) {
        String path =
                french.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "").replaceFirst("[?#].*$", "");
        String[] segments = path.split("/");
        String last = "";
        for (int i = segments.length - 1; i >= 0 && last.isEmpty(); i--) {
            last = segments[i].replaceFirst("\\.(html?|php|aspx?)$", "");
            if (last.equalsIgnoreCase("index") || Urls.languageCode(last) != null) {
                last = "";
            }
        }
        String slug = AccentFolding.fold(java.net.URLDecoder.decode(last, StandardCharsets.UTF_8))
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_CHARS) {
            slug = slug.substring(0, SLUG_CHARS).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            slug = "page-" + fileName(french).substring(0, 8);
        }
        String name = slug;
        for (int n = 2; taken.contains(name) || Files.exists(root.resolve(name)); n++) {
            name = slug + "-" + n;
        }
        return name;
    }

    private void writeArticle(
            String folder, PageInfo french, Map<Language, PagePair> versions, Map<String, PageInfo> byUrl)
            throws IOException {
        Path dir = root.resolve(folder);
        Files.createDirectories(dir);
        copyPage(french.url(), dir.resolve("fr.html"));
        for (Language language : List.of(Language.VI, Language.EN)) {
            PagePair pair = versions.get(language);
            Path file = dir.resolve(language.code() + ".html");
            if (pair == null) {
                Files.deleteIfExists(file);
            } else {
                copyPage(pair.other(), file);
            }
        }
        writeMeta(dir, french, versions);
    }

    private void writeMeta(Path dir, PageInfo french, Map<Language, PagePair> versions) throws IOException {
        StringBuilder meta = new StringBuilder("# Written by songngu harvest; the pairs' evidence is in ../")
                .append(STATE)
                .append('/')
                .append(PAIRS)
                .append('\n');
        if (french != null && french.title() != null) {
            meta.append("title=").append(escape(french.title())).append('\n');
        }
        String frenchUrl = french != null
                ? french.url()
                : versions.values().iterator().next().french();
        meta.append("source=").append(escape(frenchUrl)).append('\n');
        LocalDate date = french == null ? null : french.date();
        if (date != null) {
            meta.append("date=").append(date).append('\n');
        }
        meta.append("harvest.french=").append(escape(frenchUrl)).append('\n');
        for (PagePair pair : versions.values()) {
            String code = pair.language().code();
            meta.append("harvest.")
                    .append(code)
                    .append('=')
                    .append(escape(pair.other()))
                    .append('\n');
            meta.append("harvest.")
                    .append(code)
                    .append(".score=")
                    .append(pair.score())
                    .append('\n');
        }
        writeIfChanged(dir.resolve(META), meta.toString());
    }

    /** A properties value: backslash and line breaks escaped, a leading space kept. */
    static String escape(String value) {
        String escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }

    private void copyPage(String url, Path target) throws IOException {
        String html =
                page(url).orElseThrow(() -> new IOException("the page " + url + " is not in the harvest's spool"));
        writeIfChanged(target, html);
    }

    /** Rewrites only a file whose content changed: an unchanged article stays unchanged for {@code run}. */
    private static void writeIfChanged(Path file, String content) throws IOException {
        if (Files.isRegularFile(file)
                && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
            return;
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        move(temporary, file);
    }

    private void removeArticle(String folder) throws IOException {
        Path dir = root.resolve(folder);
        Path meta = dir.resolve(META);
        // Only a folder that still says it is ours: a person may have taken it over.
        if (Files.isRegularFile(meta)
                && Files.readString(meta, StandardCharsets.UTF_8).contains("\nharvest.french=")) {
            for (String name : List.of("fr.html", "vi.html", "en.html", META)) {
                Files.deleteIfExists(dir.resolve(name));
            }
            try (Stream<Path> rest = Files.list(dir)) {
                if (rest.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
    }

    // ---- review -------------------------------------------------------------------------------

    /** The pairs of the last harvest, with what reviewers did since. */
    public List<PairRow> pairs() {
        return readTable(PAIRS).stream()
                .map(cells -> new PairRow(
                        Status.of(cells[0]),
                        Double.parseDouble(cells[1]),
                        cells[2],
                        Language.fromCode(cells[3]),
                        cells[4],
                        cells[5],
                        cells[6]))
                .toList();
    }

    /** Pages left without counterpart: url, language, reason. */
    public List<HarvestResult.UnpairedPage> unpaired() {
        return readTable(UNPAIRED).stream()
                .map(c -> new HarvestResult.UnpairedPage(c[0], c[1], c[2]))
                .toList();
    }

    public List<HarvestProblem> problems() {
        return readTable(PROBLEMS).stream()
                .map(c -> new HarvestProblem(c[0], c[1]))
                .toList();
    }

    /** The decisions recorded so far, for the next harvest to replay. */
    public Decisions decisions() {
        Decisions decisions = Decisions.none();
        for (String[] cells : readTable(DECISIONS)) {
            Language language = Language.fromCode(cells[4]);
            if (cells[2].equals("reject")) {
                decisions.reject(cells[3], language, cells[5]);
            } else {
                decisions.confirm(cells[3], language, cells[5], cells[1]);
            }
        }
        return decisions;
    }

    /**
     * Confirms a pair, or pairs the French page with another page ({@code other} differs from the
     * harvest's choice): the page goes into the article folder at once, and every later harvest
     * keeps the pair.
     *
     * @throws IllegalArgumentException when a page is not one the harvest kept, or not in the language
     */
    public synchronized void confirm(String french, Language language, String other, String reviewer) {
        change(french, language, other, reviewer, true);
    }

    /** Rejects a pair: its page leaves the article folder, and later harvests never propose it again. */
    public synchronized void reject(String french, Language language, String other, String reviewer) {
        change(french, language, other, reviewer, false);
    }

    private void change(String french, Language language, String other, String reviewer, boolean confirm) {
        if (language == Language.FR) {
            throw new IllegalArgumentException("a pair is a French page and a Vietnamese or English one");
        }
        try (FileLock lock = lock()) {
            if (page(french).isEmpty()) {
                throw new IllegalArgumentException("no harvested page at " + french);
            }
            if (page(other).isEmpty()) {
                throw new IllegalArgumentException("no harvested page at " + other);
            }
            List<PairRow> rows = new ArrayList<>(pairs());
            Map<String, String> folders = articles();
            String folder = folders.get(french);
            PairRow current = rows.stream()
                    .filter(r -> r.french().equals(french) && r.language() == language)
                    .findFirst()
                    .orElse(null);
            if (confirm) {
                if (folder == null) {
                    folder = newFolder(french, new HashSet<>(folders.values()));
                    folders.put(french, folder);
                }
                Path dir = root.resolve(folder);
                Files.createDirectories(dir);
                copyPage(french, dir.resolve("fr.html"));
                copyPage(other, dir.resolve(language.code() + ".html"));
                rows.remove(current);
                rows.add(new PairRow(
                        Status.CONFIRMED,
                        1.0,
                        french,
                        language,
                        other,
                        folder,
                        "reviewed 1.00 (paired by " + reviewer + ")"
                                + (current != null && current.other().equals(other) ? "; " + current.evidence() : "")));
                // another French page that had this page loses it: one page is one translation
                for (int i = 0; i < rows.size(); i++) {
                    PairRow row = rows.get(i);
                    if (row.language() == language
                            && row.other().equals(other)
                            && !row.french().equals(french)
                            && row.status() != Status.REJECTED) {
                        rows.set(
                                i,
                                new PairRow(
                                        Status.REJECTED,
                                        row.score(),
                                        row.french(),
                                        language,
                                        other,
                                        "",
                                        row.evidence()));
                        removeVersion(folders, row.french(), language);
                    }
                }
                rewriteMeta(folders.get(french), french, rows);
            } else {
                if (current != null && current.other().equals(other)) {
                    rows.set(
                            rows.indexOf(current),
                            new PairRow(
                                    Status.REJECTED, current.score(), french, language, other, "", current.evidence()));
                    removeVersion(folders, french, language);
                }
            }
            appendDecision(reviewer, confirm ? "confirm" : "reject", french, language, other);
            writeArticles(folders);
            writePairs(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the decision in " + state + ": " + e.getMessage(), e);
        }
    }

    private void removeVersion(Map<String, String> folders, String french, Language language) throws IOException {
        String folder = folders.get(french);
        if (folder == null) {
            return;
        }
        Path dir = root.resolve(folder);
        Files.deleteIfExists(dir.resolve(language.code() + ".html"));
        if (!Files.exists(dir.resolve("vi.html")) && !Files.exists(dir.resolve("en.html"))) {
            removeArticle(folder);
            folders.remove(french);
        }
    }

    private void rewriteMeta(String folder, String french, List<PairRow> rows) throws IOException {
        Path dir = root.resolve(folder);
        Map<Language, PagePair> versions = new LinkedHashMap<>();
        for (PairRow row : rows) {
            if (row.french().equals(french) && row.status().inCorpus()) {
                versions.put(row.language(), new PagePair(french, row.language(), row.other(), row.score(), List.of()));
            }
        }
        String title = null;
        LocalDate date = null;
        Path meta = dir.resolve(META);
        if (Files.isRegularFile(meta)) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(new java.io.StringReader(Files.readString(meta, StandardCharsets.UTF_8)));
            title = properties.getProperty("title");
            String written = properties.getProperty("date");
            date = written == null ? null : LocalDate.parse(written);
        }
        writeMeta(dir, new PageInfo(french, Language.FR, title, date, Map.of(), Map.of(), Set.of(), 0), versions);
    }

    private void appendDecision(String reviewer, String action, String french, Language language, String other)
            throws IOException {
        Path file = state.resolve(DECISIONS);
        if (!Files.exists(file)) {
            Files.writeString(file, "time\treviewer\taction\tfrench\tlanguage\tother\n", StandardCharsets.UTF_8);
        }
        Files.writeString(
                file,
                cells(Instant.now().toString(), reviewer, action, french, language.code(), other) + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    // ---- files --------------------------------------------------------------------------------

    private Map<String, String> articles() {
        Map<String, String> folders = new LinkedHashMap<>();
        readTable(ARTICLES).forEach(cells -> folders.put(cells[1], cells[0]));
        return folders;
    }

    private void writeArticles(Map<String, String> folders) throws IOException {
        writeTable(
                ARTICLES,
                "folder\tfrench",
                folders.entrySet().stream()
                        .map(e -> cells(e.getValue(), e.getKey()))
                        .toList());
    }

    private void writePairs(List<PairRow> rows) throws IOException {
        List<PairRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(PairRow::french).thenComparing(PairRow::language));
        writeTable(
                PAIRS,
                "status\tscore\tfrench\tlanguage\tother\tfolder\tevidence",
                sorted.stream()
                        .map(r -> cells(
                                r.status().code(),
                                String.valueOf(r.score()),
                                r.french(),
                                r.language().code(),
                                r.other(),
                                r.folder(),
                                r.evidence()))
                        .toList());
    }

    private static String cells(String... values) {
        return String.join(
                "\t",
                Arrays.stream(values)
                        .map(v -> v == null ? "" : v.replaceAll("[\\t\\r\\n]+", " "))
                        .toList());
    }

    private void writeTable(String name, String header, List<String> lines) throws IOException {
        Path file = state.resolve(name);
        Path temporary = state.resolve(name + ".tmp");
        Files.write(temporary, Stream.concat(Stream.of(header), lines.stream()).toList(), StandardCharsets.UTF_8);
        move(temporary, file);
    }

    private List<String[]> readTable(String name) {
        Path file = state.resolve(name);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** One lock per harvest folder in this JVM: a file lock is per process, and two threads may not both take it. */
    private static final java.util.concurrent.ConcurrentMap<Path, java.util.concurrent.locks.ReentrantLock> IN_PROCESS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** This folder's lock: the in-process one, then the file lock that keeps other processes out. */
    private FileLock lock() throws IOException {
        Files.createDirectories(state);
        java.util.concurrent.locks.ReentrantLock local = IN_PROCESS.computeIfAbsent(
                state.toAbsolutePath().normalize(), k -> new java.util.concurrent.locks.ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(state.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            FileChannel held = channel;
            return new FileLock(channel, 0, Long.MAX_VALUE, false) {
                @Override
                public boolean isValid() {
                    return lock.isValid();
                }

                @Override
                public void release() throws IOException {
                    try {
                        lock.release();
                        held.close();
                    } finally {
                        local.unlock();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
