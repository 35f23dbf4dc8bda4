package org.songngu.quality;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.language.French;
import org.languagetool.rules.RuleMatch;
import org.songngu.corpus.Language;
import org.songngu.glossary.Glossary;

/**
 * Checks the French sentences of articles with LanguageTool, fast and without false alarms on
 * names and glossary terms. The only class the rest of Songngu calls for French quality.
 *
 * <p>Thread-safe: build one per application and share it. It owns {@code threads} worker threads,
 * each using its own {@code JLanguageTool} (LanguageTool's checker is not thread-safe) over one
 * shared {@link French} language. The sentences of an article that are not in the cache are
 * joined into a few texts (one per worker), checked in parallel, and the findings are mapped back
 * to their sentences. Names are masked before the check ({@link MaskedSentence}) and the cache is
 * keyed by the masked text, so boilerplate, repeated sentences and sentences that differ only in
 * their names are checked once. Close it to stop the workers.
 */
public final class FrenchChecker implements AutoCloseable {

    /** Touches the tagger, the pattern rules and the speller's suggestions, all loaded lazily. */
    static final String WARM_UP_TEXT = "Les délégé du Comité provincial a tenu leurs réunion le 12 mars a Hanoï.";

    /** Characters of one text given to LanguageTool at most (a few thousand sentences). */
    static final long MAX_TEXT = 200_000;

    /**
     * Before the warm-up, an input shorter than this (about 150 sentences) is checked by one
     * worker: starting another {@code JLanguageTool} costs seconds of CPU, more than it saves on
     * a short text ({@code check-french} on a few lines starts one LanguageTool, lazily).
     */
    static final long LAZY_SPLIT = 20_000;

    /**
     * The checker's own part of {@link #checkerVersion}: change it when the checker changes what
     * it reports for a sentence (masking, suppressions, what a finding holds), so that findings
     * stored by an older checker are not used.
     */
    static final String SUPPRESSIONS_VERSION = "1";

    private final QualitySettings settings;
    private final LongSupplier clock;
    private final NameFinder names;
    private final AcceptedTerms acceptedTerms;
    private final TextChecker.Factory factory;
    private final SentenceCache cache;
    private final ExecutorService workers;
    /** Checkers not in use; lock-free: taken and given back once per text, by every worker. */
    private final ConcurrentLinkedQueue<TextChecker> idle = new ConcurrentLinkedQueue<>();

    private final Optional<FindingStore> store;
    private final FindingStore.Version version;
    private final AtomicBoolean storeFailed = new AtomicBoolean();
    private final AtomicBoolean warming = new AtomicBoolean();
    private final CompletableFuture<Void> warmedUp = new CompletableFuture<>();

    /**
     * @param terms French terms to accept (the glossary's variants), given to LanguageTool when
     *              each checker is built
     * @param names proper names to accept everywhere, with or without diacritics
     */
    public FrenchChecker(QualitySettings settings, Collection<String> terms, Collection<String> names) {
        this(settings, terms, names, (FindingStore) null);
    }

    /**
     * @param store findings of sentences checked before, across runs; null for none
     */
    public FrenchChecker(
            QualitySettings settings, Collection<String> terms, Collection<String> names, FindingStore store) {
        this(
                settings,
                terms,
                names,
                LanguageToolTextChecker.factory(
                        sharedFrench(),
                        settings,
                        Stream.concat(terms.stream(), names.stream()).toList()),
                store);
    }

    FrenchChecker(
            QualitySettings settings, Collection<String> terms, Collection<String> names, TextChecker.Factory factory) {
        this(settings, terms, names, factory, null);
    }

    FrenchChecker(
            QualitySettings settings,
            Collection<String> terms,
            Collection<String> names,
            TextChecker.Factory factory,
            FindingStore store) {
        this(settings, terms, names, factory, store, System::nanoTime);
    }

    /**
     * @param clock what times each text against the article's time-out, in nanoseconds
     *              ({@link System#nanoTime()}; a test's clock, so that a test of the time-out rule
     *              does not depend on the speed of the machine)
     */
    FrenchChecker(
            QualitySettings settings,
            Collection<String> terms,
            Collection<String> names,
            TextChecker.Factory factory,
            FindingStore store,
            LongSupplier clock) {
        this.clock = clock;
        this.settings = settings;
        this.store = Optional.ofNullable(store);
        this.version = checkerVersion(settings, terms, names);
        this.names = new NameFinder(names);
        this.acceptedTerms =
                new AcceptedTerms(Stream.concat(terms.stream(), names.stream()).toList());
        this.factory = factory;
        this.cache = new SentenceCache(settings.cacheSize());
        this.workers = Executors.newFixedThreadPool(settings.threads(), workerThreads());
    }

    /**
     * LanguageTool's one French instance. Getting it here, on the caller's thread, also runs
     * LanguageTool's static set-up, which fails when two threads start it at the same time (hence
     * synchronized: {@link LanguageToolPreload} may be starting it).
     */
    static synchronized org.languagetool.Language sharedFrench() {
        return Languages.getLanguageForShortCode("fr");
    }

    /** A checker that accepts every French variant of {@code glossary} and the given names. */
    public static FrenchChecker forGlossary(QualitySettings settings, Glossary glossary, Collection<String> names) {
        return forGlossary(settings, glossary, names, null);
    }

    /** The same, with findings kept across runs in {@code store} (null for none). */
    public static FrenchChecker forGlossary(
            QualitySettings settings, Glossary glossary, Collection<String> names, FindingStore store) {
        return new FrenchChecker(settings, glossary.variants(Language.FR), names, store);
    }

    /**
     * What a stored finding depends on besides its sentence: LanguageTool's version, the rules
     * and categories switched off, the accepted words and names, and the checker's suppressions
     * ({@link #SUPPRESSIONS_VERSION}): LanguageTool's version and a hash of the rest.
     */
    static FindingStore.Version checkerVersion(
            QualitySettings settings, Collection<String> terms, Collection<String> names) {
        StringBuilder rules = new StringBuilder(SUPPRESSIONS_VERSION)
                .append('\n')
                .append(new TreeSet<>(settings.disabledRules()))
                .append('\n')
                .append(new TreeSet<>(settings.disabledCategories()))
                .append('\n')
                .append(new TreeSet<>(terms))
                .append('\n')
                .append(new TreeSet<>(names));
        return new FindingStore.Version(
                JLanguageTool.VERSION, sha256(rules.toString()).substring(0, 32));
    }

    /** The key of a sentence as LanguageTool reads it (names masked), for a {@link FindingStore}. */
    static String sentenceKey(String maskedText) {
        return sha256(maskedText);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** {@link #checkerVersion} of this checker. */
    public FindingStore.Version version() {
        return version;
    }

    /**
     * Builds every worker's {@code JLanguageTool} and runs a first check on each, so that the
     * several seconds LanguageTool needs to load are not paid by the first article. Call once at
     * start-up; blocks until done.
     *
     * @throws IllegalStateException when LanguageTool cannot start
     */
    public void warmUp() {
        if (!warming.compareAndSet(false, true)) {
            awaitWarmUp();
            return;
        }
        try {
            startWorkers();
            warmedUp.complete(null);
        } catch (RuntimeException e) {
            warmedUp.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Waits for a warm-up under way, if any: LanguageTool's start-up is not the article's time, so
     * the first article's time-out only starts once it is over ({@link #check} calls this first;
     * the job calls it before timing the check). Never throws: a failed warm-up is left to the
     * check, which reports it.
     */
    public void awaitWarmUp() {
        if (!warming.get()) {
            return;
        }
        try {
            warmedUp.join();
        } catch (CompletionException | CancellationException e) {
            // The check builds its own LanguageTool and reports a failure with its reason.
        }
    }

    private void startWorkers() {
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < settings.threads(); i++) {
            started.add(workers.submit(() -> {
                idle.add(startChecker());
                return null;
            }));
        }
        for (Future<?> future : started) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while LanguageTool was starting", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("LanguageTool could not start: " + e.getCause(), e.getCause());
            }
        }
    }

    /**
     * A new LanguageTool, past its first check: LanguageTool loads much of itself (dictionaries,
     * rule data) lazily during its first check, seconds that belong to start-up, not to an article.
     */
    private TextChecker startChecker() throws Exception {
        TextChecker checker = factory.create();
        checker.check(CheckedText.of(List.of(WARM_UP_TEXT), List.of(List.of())).annotated(), Long.MAX_VALUE);
        return checker;
    }

    /**
     * Checks the French sentences of one article.
     *
     * @param sentences  the article's French sentences, in order
     * @param extraNames names found in the aligned Vietnamese and English versions of the article,
     *                   accepted in this article only (with or without diacritics)
     * @return per sentence its findings (offsets within the sentence) and score, and a summary;
     *         or a failed check with the reason when LanguageTool fails or the article takes
     *         longer than the configured time-out. Never throws for a LanguageTool problem.
     */
    public ArticleCheck check(List<String> sentences, Collection<String> extraNames) {
        awaitWarmUp();
        List<MaskedSentence> masked = new ArrayList<>(sentences.size());
        List<List<QualityFinding>> found = new ArrayList<>(sentences.size());
        Map<String, Pending> pending = new LinkedHashMap<>();
        int cached = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            MaskedSentence sentenceAsRead =
                    MaskedSentence.of(sentence, sentence.isBlank() ? List.of() : names.find(sentence, extraNames));
            masked.add(sentenceAsRead);
            List<QualityFinding> hit = sentence.isBlank() ? List.of() : cache.get(sentenceAsRead.text());
            found.add(hit);
            if (hit != null) {
                cached += sentence.isBlank() ? 0 : 1;
            } else {
                pending.computeIfAbsent(sentenceAsRead.text(), Pending::new)
                        .indices
                        .add(i);
            }
        }
        cached += fromStore(pending, found);
        try {
            checkPending(new ArrayList<>(pending.values()));
        } catch (TimeoutException e) {
            return timedOut(sentences.size());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimeoutException) {
                return timedOut(sentences.size());
            }
            return ArticleCheck.failed(sentences.size(), "LanguageTool failed: " + describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ArticleCheck.failed(sentences.size(), "French check interrupted");
        }
        for (Pending unit : pending.values()) {
            cache.put(unit.text, unit.findings);
            unit.indices.forEach(i -> found.set(i, unit.findings));
        }
        toStore(pending.values());
        List<SentenceCheck> results = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            int index = i;
            MaskedSentence sentence = masked.get(i);
            // toOriginal accepts any position (MaskedSentenceTest covers empty and edge findings)
            List<QualityFinding> findings =
                    accepted(sentence.original(), sentence.names(), sentence.toOriginal(found.get(i))).stream()
                            .map(finding -> finding.onSentence(index))
                            .toList();
            results.add(new SentenceCheck(i, findings, QualityScore.of(findings)));
        }
        return ArticleCheck.of(results, cached);
    }

    /**
     * Answers the pending sentences that the store holds, removes them from {@code pending} and
     * keeps them in memory. A failing store is logged once and treated as empty.
     *
     * @return how many sentences of the article were answered
     */
    private int fromStore(Map<String, Pending> pending, List<List<QualityFinding>> found) {
        if (store.isEmpty() || pending.isEmpty()) {
            return 0;
        }
        Map<String, Pending> byKey = new LinkedHashMap<>();
        pending.values().forEach(unit -> byKey.put(sentenceKey(unit.text), unit));
        Map<String, List<QualityFinding>> stored;
        try {
            stored = store.get().find(version, byKey.keySet());
        } catch (RuntimeException e) {
            storeFailure("read", e);
            return 0;
        }
        int answered = 0;
        for (Map.Entry<String, List<QualityFinding>> entry : stored.entrySet()) {
            Pending unit = byKey.get(entry.getKey());
            if (unit == null) {
                continue;
            }
            List<QualityFinding> findings = List.copyOf(entry.getValue());
            cache.put(unit.text, findings);
            unit.indices.forEach(i -> found.set(i, findings));
            answered += unit.indices.size();
            pending.remove(unit.text);
        }
        return answered;
    }

    private void toStore(Collection<Pending> checked) {
        if (store.isEmpty() || checked.isEmpty()) {
            return;
        }
        Map<String, List<QualityFinding>> findings = new LinkedHashMap<>();
        checked.forEach(unit -> findings.put(sentenceKey(unit.text), unit.findings));
        try {
            store.get().save(version, findings);
        } catch (RuntimeException e) {
            storeFailure("write", e);
        }
    }

    private void storeFailure(String what, RuntimeException e) {
        if (storeFailed.compareAndSet(false, true)) {
            System.getLogger(FrenchChecker.class.getName())
                    .log(
                            System.Logger.Level.WARNING,
                            "cannot " + what + " stored French findings, checking with LanguageTool instead: " + e);
        }
    }

    /** How many distinct sentences the cache holds. */
    public int cachedSentences() {
        return cache.size();
    }

    /**
     * Empties the sentence cache and the checkers' memos of speller suggestions and synthesized
     * forms (the benchmark's passes).
     */
    void clearCache() {
        cache.clear();
        factory.forget();
    }

    /** Stops the worker threads; a check running on one is abandoned. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    /**
     * Checks the units on the workers. Each text's time-out starts when its worker has a
     * LanguageTool and begins to check it: neither the wait in the queue behind other articles
     * (the job checks several at once) nor a LanguageTool being built counts against the article.
     */
    private void checkPending(List<Pending> units) throws TimeoutException, ExecutionException, InterruptedException {
        if (units.isEmpty()) {
            return;
        }
        List<Task> tasks = new ArrayList<>();
        for (List<Pending> chunk : chunks(units, parts(units))) {
            Task task = new Task(chunk);
            task.future = workers.submit(task);
            tasks.add(task);
        }
        try {
            for (Task task : tasks) {
                long deadline = task.awaitStart();
                task.future.get(Math.max(0, deadline - clock.getAsLong()), TimeUnit.NANOSECONDS);
            }
        } finally {
            tasks.forEach(task -> task.future.cancel(true));
        }
    }

    /**
     * Into how many texts to split: one per worker once they are warmed up; before that, one for
     * a short input, so that a few lines start a single LanguageTool.
     */
    private int parts(List<Pending> units) {
        if (warmedUp.isDone() && !warmedUp.isCompletedExceptionally()) {
            return settings.threads();
        }
        long total = units.stream().mapToLong(unit -> unit.text.length() + 2).sum();
        return (int) Math.max(1, Math.min(settings.threads(), total / LAZY_SPLIT + 1));
    }

    /** One text of an article on a worker; says when it started so that the caller times it. */
    private final class Task implements Callable<Void> {

        private final List<Pending> chunk;
        private final CompletableFuture<Long> deadline = new CompletableFuture<>();
        private Future<?> future;

        Task(List<Pending> chunk) {
            this.chunk = chunk;
        }

        @Override
        public Void call() throws Exception {
            TextChecker checker;
            try {
                checker = idle.poll();
                if (checker == null) {
                    checker = startChecker();
                }
            } catch (Exception | Error e) {
                // The caller sees the failure as soon as the future completes, within the time-out.
                deadline.complete(clock.getAsLong() + settings.articleTimeout().toNanos());
                throw e;
            }
            // The article's time starts here, on the worker, with a LanguageTool in hand.
            long due = clock.getAsLong() + settings.articleTimeout().toNanos();
            deadline.complete(due);
            // Names are already masked: LanguageTool reads the stand-in, positions stay masked.
            CheckedText text = CheckedText.of(
                    chunk.stream().map(unit -> unit.text).toList(),
                    chunk.stream().map(unit -> List.<Span>of()).toList());
            List<RuleMatch> matches = checker.check(text.annotated(), due);
            // Only a checker that came back normally goes back to the pool.
            idle.add(checker);
            if (clock.getAsLong() - due > 0) {
                throw new TimeoutException("past the article's deadline");
            }
            List<List<QualityFinding>> perSentence = text.distribute(matches);
            for (int k = 0; k < chunk.size(); k++) {
                chunk.get(k).findings = List.copyOf(perSentence.get(k));
            }
            return null;
        }

        /** Waits until a worker has started this text, and gives its deadline (on the checker's clock). */
        long awaitStart() throws ExecutionException, InterruptedException, TimeoutException {
            while (true) {
                try {
                    return deadline.get(1, TimeUnit.SECONDS);
                } catch (TimeoutException stillQueued) {
                    if (future.isDone()) {
                        future.get();
                        return clock.getAsLong();
                    }
                    if (workers.isShutdown()) {
                        throw new ExecutionException(new IllegalStateException("the French checker is closed"));
                    }
                }
            }
        }
    }

    /** The name spans of {@code sentence} as this checker marks them (for the benchmark's baseline). */
    List<Span> nameSpans(String sentence, Collection<String> extraNames) {
        return names.find(sentence, extraNames);
    }

    /** Drops findings that lie wholly inside a name or an accepted term. */
    List<QualityFinding> accepted(String sentence, List<Span> nameSpans, List<QualityFinding> findings) {
        if (findings.isEmpty()) {
            return findings;
        }
        List<Span> protectedSpans = new ArrayList<>(nameSpans);
        protectedSpans.addAll(acceptedTerms.find(sentence));
        return findings.stream()
                .filter(finding -> protectedSpans.stream()
                        .noneMatch(span ->
                                finding.end() > finding.start() && span.contains(finding.start(), finding.end())))
                .toList();
    }

    /**
     * Splits the units into {@code count} runs of about equal length, in order; or, for an article
     * longer than {@code count} × {@link #MAX_TEXT} characters, into more runs of at most about
     * that length, which the workers take in turn: LanguageTool analyses a whole text at once, so
     * the length of one text bounds the check's memory however long the article is.
     */
    static List<List<Pending>> chunks(List<Pending> units, int count) {
        long total = units.stream().mapToLong(unit -> unit.text.length() + 2).sum();
        long share = Math.max(1, Math.min(MAX_TEXT, total / count));
        if (share == MAX_TEXT) {
            count = Integer.MAX_VALUE;
        }
        List<List<Pending>> chunks = new ArrayList<>();
        List<Pending> current = new ArrayList<>();
        long length = 0;
        for (Pending unit : units) {
            current.add(unit);
            length += unit.text.length() + 2;
            if (length >= share && chunks.size() < count - 1) {
                chunks.add(current);
                current = new ArrayList<>();
                length = 0;
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private ArticleCheck timedOut(int sentenceCount) {
        return ArticleCheck.failed(
                sentenceCount,
                "French check timed out after " + settings.articleTimeout().toMillis() + " ms");
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(
                    () -> {
                        SpellerSuggestionMemo.markCheckerThread();
                        runnable.run();
                    },
                    "french-check-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * A distinct masked sentence to check, the article positions it fills, and its findings in
     * masked positions (what the cache keeps).
     */
    static final class Pending {
        final String text;
        final List<Integer> indices = new ArrayList<>();
        volatile List<QualityFinding> findings = List.of();

        Pending(String text) {
            this.text = text;
        }
    }
}
