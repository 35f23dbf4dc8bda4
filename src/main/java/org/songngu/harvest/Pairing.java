package org.songngu.harvest;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.songngu.corpus.Language;

/**
 * Pairs French pages with their Vietnamese and English counterparts. Evidence is gathered in order
 * of strength: what the pages declare (hreflang alternates, language-switcher links), address
 * patterns the crawl itself shows (a language marker that agrees with the pages' languages across
 * the site, the same numeric id), then shared content (dates, numbers, names, codes, glossary
 * terms). Content candidates come from an inverted index of each page's rare features, so a page
 * is compared only with the few pages that share one, never with every page. Each candidate's
 * evidence is combined into a score (noisy-or: independent reasons each leave a chance of being
 * wrong, and the chances multiply), candidates below the review threshold are dropped, and an
 * exact one-to-one {@link Assignment} per language picks the pairs. Plain Java, single-threaded.
 */
public final class Pairing {

    /** Weights of the evidence on its own. */
    static final double HREFLANG_BOTH = 0.97;

    static final double HREFLANG_ONE = 0.9;
    static final double SWITCHER = 0.85;
    static final double URL_LEARNED = 0.85;
    static final double URL_UNLEARNED = 0.6;
    static final double SAME_ID = 0.6;
    /** Content similarity (a cosine in [0, 1]) times this is its weight, up to {@link #CONTENT_MAX}. */
    static final double CONTENT_SCALE = 1.3;

    static final double CONTENT_MAX = 0.92;
    /** A site's marker is learned when it agrees with the page's language this often, over this many pages. */
    static final double MARKER_AGREEMENT = 0.9;

    static final int MARKER_MIN_PAGES = 3;
    /** Rare features only probe the index: those in more pages than this share of the crawl are no blockers. */
    static final double RARE_SHARE = 0.02;

    static final int RARE_MIN = 10;
    /** Probing features per page, rarest first. */
    static final int PROBES = 40;

    /**
     * Translated words (the aligner's lexicon): a pair's similarity must reach this to count, and
     * it weighs {@link #LEXICON_MAX} when it is at least {@link #LEXICON_MARGIN} ahead of the best
     * rival of either page (less in proportion).
     */
    static final double LEXICON_MIN = 0.2;

    static final double LEXICON_MARGIN = 0.2;
    static final double LEXICON_MAX = 0.8;
    /** Pages with at least this many rare facts (numbers, names, codes) must share some for the words to count. */
    static final int FACTS_MIN = 3;

    static final double FACTS_AGREEMENT = 0.5;

    private final HarvestSettings settings;
    private final boolean exhaustive;
    private final TranslatedWords lexicon;

    public Pairing(HarvestSettings settings) {
        this(settings, false);
    }

    /** A pairing that also weighs how far the pages' words translate each other by {@code lexicon}. */
    public Pairing(HarvestSettings settings, TranslatedWords lexicon) {
        this(settings, false, lexicon);
    }

    /**
     * @param exhaustive compare every French page with every page of the other language: the naive
     *                   peer the benchmark measures the index against, never used by the harvest
     */
    Pairing(HarvestSettings settings, boolean exhaustive) {
        this(settings, exhaustive, TranslatedWords.none());
    }

    Pairing(HarvestSettings settings, boolean exhaustive, TranslatedWords lexicon) {
        this.settings = settings;
        this.exhaustive = exhaustive;
        this.lexicon = lexicon;
    }

    /** The chosen pairs, French page first, for every language but French. */
    public List<PagePair> pair(List<PageInfo> pages, Decisions decisions) {
        return pair(pages, null, decisions);
    }

    /**
     * The chosen pairs, French page first, for every language but French.
     *
     * @param words each page's words the lexicon knows ({@link TranslatedWords#words}), in the
     *              order of {@code pages}; null without a lexicon
     */
    public List<PagePair> pair(List<PageInfo> pages, List<int[]> words, Decisions decisions) {
        Map<String, Integer> byUrl = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            byUrl.put(pages.get(i).url(), i);
        }
        Map<String, Integer> frequencies = documentFrequencies(pages);
        double[] norms = new double[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            norms[i] = Math.sqrt(pages.get(i).features().stream()
                    .mapToDouble(f -> square(idf(frequencies, f, pages.size())))
                    .sum());
        }
        Map<String, Double> markerWeights = markerWeights(pages);
        TranslatedWords.Crawl translated = words == null || lexicon.isEmpty()
                ? null
                : lexicon.crawl(pages.stream().map(PageInfo::language).toList(), words);
        List<PagePair> chosen = new ArrayList<>();
        for (Language target : List.of(Language.VI, Language.EN)) {
            Map<Long, List<Evidence>> candidates = new LinkedHashMap<>();
            declared(pages, byUrl, target, candidates);
            urlPatterns(pages, target, markerWeights, candidates);
            content(pages, target, frequencies, norms, candidates);
            if (translated != null && lexicon.covers(target)) {
                translatedWords(pages, target, translated, frequencies, candidates);
            }
            chosen.addAll(assign(pages, byUrl, target, candidates, frequencies, norms, decisions));
        }
        return chosen;
    }

    private static long key(int french, int other) {
        return ((long) french << 32) | (other & 0xffffffffL);
    }

    private static void add(Map<Long, List<Evidence>> candidates, int french, int other, Evidence evidence) {
        List<Evidence> list = candidates.computeIfAbsent(key(french, other), k -> new ArrayList<>());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).kind() == evidence.kind()) {
                if (list.get(i).weight() < evidence.weight()) {
                    list.set(i, evidence);
                }
                return;
            }
        }
        list.add(evidence);
    }

    /** hreflang alternates and switcher links, in either direction, between a French and a target page. */
    private static void declared(
            List<PageInfo> pages, Map<String, Integer> byUrl, Language target, Map<Long, List<Evidence>> candidates) {
        for (int i = 0; i < pages.size(); i++) {
            PageInfo page = pages.get(i);
            if (page.language() != Language.FR && page.language() != target) {
                continue;
            }
            Language wanted = page.language() == Language.FR ? target : Language.FR;
            String declared = page.alternates().get(wanted);
            Integer other = declared == null ? null : byUrl.get(declared);
            if (other != null && pages.get(other).language() == wanted) {
                int french = page.language() == Language.FR ? i : other;
                int counterpart = page.language() == Language.FR ? other : i;
                boolean both = page.url().equals(pages.get(other).alternates().get(page.language()));
                add(
                        candidates,
                        french,
                        counterpart,
                        both
                                ? new Evidence(
                                        Evidence.Kind.HREFLANG_BOTH,
                                        "each page names the other as its " + name(target) + "/French alternate",
                                        HREFLANG_BOTH)
                                : new Evidence(
                                        Evidence.Kind.HREFLANG,
                                        page.url() + " names " + declared + " as its " + name(wanted) + " alternate",
                                        HREFLANG_ONE));
            }
            String switched = page.switchers().get(wanted);
            Integer linked = switched == null ? null : byUrl.get(switched);
            if (linked != null && pages.get(linked).language() == wanted) {
                int french = page.language() == Language.FR ? i : linked;
                int counterpart = page.language() == Language.FR ? linked : i;
                add(
                        candidates,
                        french,
                        counterpart,
                        new Evidence(
                                Evidence.Kind.SWITCHER,
                                "the " + name(wanted) + " link of " + page.url() + " leads to " + switched,
                                SWITCHER));
            }
        }
    }

    /**
     * Per site and kind of marker, how far the marker agrees with the languages of the pages that
     * carry it: a site whose "/fr/" pages are all French has learned that "/fr/" marks French.
     */
    static Map<String, Double> markerWeights(List<PageInfo> pages) {
        Map<String, int[]> counts = new HashMap<>();
        for (PageInfo page : pages) {
            Urls.Shape shape = Urls.shape(page.url());
            if (shape.marked() != null) {
                int[] count = counts.computeIfAbsent(shape.site() + " " + shape.kind(), k -> new int[2]);
                count[0]++;
                if (shape.marked() == page.language()) {
                    count[1]++;
                }
            }
        }
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((site, count) -> weights.put(
                site,
                count[0] >= MARKER_MIN_PAGES && count[1] >= MARKER_AGREEMENT * count[0] ? URL_LEARNED : URL_UNLEARNED));
        return weights;
    }

    private static void urlPatterns(
            List<PageInfo> pages,
            Language target,
            Map<String, Double> markerWeights,
            Map<Long, List<Evidence>> candidates) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        Map<String, List<Integer>> byId = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            PageInfo page = pages.get(i);
            if (page.language() != Language.FR && page.language() != target) {
                continue;
            }
            Urls.Shape shape = Urls.shape(page.url());
            if (shape.marked() == null || shape.marked() == page.language()) {
                byKey.computeIfAbsent(shape.key(), k -> new ArrayList<>()).add(i);
            }
            for (String id : Urls.numericIds(page.url())) {
                byId.computeIfAbsent(shape.site() + " " + id, k -> new ArrayList<>())
                        .add(i);
            }
        }
        for (List<Integer> group : byKey.values()) {
            for (int french : group) {
                for (int other : group) {
                    if (pages.get(french).language() != Language.FR
                            || pages.get(other).language() != target) {
                        continue;
                    }
                    Urls.Shape a = Urls.shape(pages.get(french).url());
                    Urls.Shape b = Urls.shape(pages.get(other).url());
                    Urls.MarkerKind kind = a.kind() != null ? a.kind() : b.kind();
                    if (kind == null) {
                        continue; // the same address: not two versions
                    }
                    double weight = markerWeights.getOrDefault(a.site() + " " + kind, URL_UNLEARNED);
                    add(
                            candidates,
                            french,
                            other,
                            new Evidence(
                                    Evidence.Kind.URL_PATTERN,
                                    "addresses differ by the "
                                            + "language marker " + kind.pattern()
                                            + (weight == URL_LEARNED
                                                    ? ", which agrees with the" + " pages' languages across " + a.site()
                                                    : ", seen on too few pages of " + a.site() + " to be learned"),
                                    weight));
                }
            }
        }
        for (Map.Entry<String, List<Integer>> group : byId.entrySet()) {
            List<Integer> members = group.getValue();
            if (members.size() > 4) {
                continue; // an id many pages carry is a section or a year, not an article
            }
            for (int french : members) {
                for (int other : members) {
                    if (pages.get(french).language() == Language.FR
                            && pages.get(other).language() == target) {
                        add(
                                candidates,
                                french,
                                other,
                                new Evidence(
                                        Evidence.Kind.SAME_ID,
                                        "both addresses carry the id "
                                                + group.getKey()
                                                        .substring(
                                                                group.getKey().indexOf(' ') + 1),
                                        SAME_ID));
                    }
                }
            }
        }
    }

    private static Map<String, Integer> documentFrequencies(List<PageInfo> pages) {
        Map<String, Integer> frequencies = new HashMap<>();
        for (PageInfo page : pages) {
            for (String feature : page.features()) {
                frequencies.merge(feature, 1, Integer::sum);
            }
        }
        return frequencies;
    }

    private static double idf(Map<String, Integer> frequencies, String feature, int pages) {
        return Math.log(1 + (double) pages / frequencies.getOrDefault(feature, 1));
    }

    private static double square(double x) {
        return x * x;
    }

    /** Content candidates through an inverted index of rare features: only pages sharing one are compared. */
    private void content(
            List<PageInfo> pages,
            Language target,
            Map<String, Integer> frequencies,
            double[] norms,
            Map<Long, List<Evidence>> candidates) {
        int rare = Math.max(RARE_MIN, (int) (RARE_SHARE * pages.size()));
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).language() == target) {
                for (String feature : pages.get(i).features()) {
                    if (frequencies.get(feature) <= rare) {
                        index.computeIfAbsent(feature, k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
        for (int french = 0; french < pages.size(); french++) {
            PageInfo page = pages.get(french);
            if (page.language() != Language.FR) {
                continue;
            }
            if (exhaustive) {
                List<int[]> ranked = new ArrayList<>();
                for (int other = 0; other < pages.size(); other++) {
                    if (pages.get(other).language() == target) {
                        scoredAll(pages, french, other, frequencies, norms, ranked);
                    }
                }
                ranked.sort((a, b) -> Integer.compare(b[1], a[1]));
                for (int[] candidate : ranked.subList(0, Math.min(ranked.size(), settings.candidatesPerPage()))) {
                    double similarity = similarity(pages, french, candidate[0], frequencies, norms);
                    Evidence evidence = contentEvidence(pages, french, candidate[0], similarity, frequencies);
                    if (evidence.weight() > 0) {
                        add(candidates, french, candidate[0], evidence);
                    }
                }
                continue;
            }
            List<String> probes = page.features().stream()
                    .filter(f -> frequencies.get(f) <= rare && index.containsKey(f))
                    .sorted(Comparator.comparingInt((String f) -> frequencies.get(f))
                            .thenComparing(f -> f))
                    .limit(PROBES)
                    .toList();
            Map<Integer, Integer> hits = new HashMap<>();
            for (String probe : probes) {
                for (int other : index.get(probe)) {
                    hits.merge(other, 1, Integer::sum);
                }
            }
            int french0 = french;
            List<int[]> ranked = new ArrayList<>();
            hits.forEach((other, count) -> ranked.add(new int[] {other, count}));
            ranked.sort((a, b) -> b[1] != a[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
            List<double[]> scored = new ArrayList<>();
            for (int[] hit : ranked.subList(0, Math.min(ranked.size(), settings.candidatesPerPage() * 4))) {
                scored.add(new double[] {hit[0], similarity(pages, french0, hit[0], frequencies, norms)});
            }
            scored.sort((a, b) -> Double.compare(b[1], a[1]));
            for (double[] candidate : scored.subList(0, Math.min(scored.size(), settings.candidatesPerPage()))) {
                Evidence evidence = contentEvidence(pages, french, (int) candidate[0], candidate[1], frequencies);
                if (evidence.weight() > 0) {
                    add(candidates, french, (int) candidate[0], evidence);
                }
            }
        }
    }

    /**
     * The aligner's lexicon as evidence. First as blocking: the rare words a French page's words
     * translate into propose the pages holding them (the inverted index again, never every page), so
     * that a translation sharing no date, number or name is still found. Then as weight, on every
     * candidate whatever proposed it: how far the two pages' words translate each other, counted
     * only as far as it sets the pair apart from the best rival of either page (a site's articles on
     * one subject all share its vocabulary; what decides is that this page translates that one
     * better than any other does), and only when the pages' rare facts do not disagree (two pages
     * whose words translate but whose figures and names differ are one template filled twice).
     */
    private void translatedWords(
            List<PageInfo> pages,
            Language target,
            TranslatedWords.Crawl translated,
            Map<String, Integer> frequencies,
            Map<Long, List<Evidence>> candidates) {
        int rare = Math.max(RARE_MIN, (int) (RARE_SHARE * pages.size()));
        Map<Integer, int[]> index = translated.index(target, rare);
        for (int french = 0; french < pages.size(); french++) {
            if (pages.get(french).language() != Language.FR) {
                continue;
            }
            List<double[]> scored = new ArrayList<>();
            for (int other :
                    translated.candidates(index, french, target, rare, PROBES, settings.candidatesPerPage() * 4)) {
                scored.add(new double[] {other, translated.similarity(french, other)});
            }
            scored.sort((a, b) -> Double.compare(b[1], a[1]));
            for (double[] candidate : scored.subList(0, Math.min(scored.size(), settings.candidatesPerPage()))) {
                if (candidate[1] >= LEXICON_MIN) {
                    candidates.computeIfAbsent(key(french, (int) candidate[0]), k -> new ArrayList<>());
                }
            }
        }
        // each page's best and second-best similarity over its candidates, to measure a pair against its rivals
        Map<Long, Double> similarities = new HashMap<>();
        Map<Integer, double[]> best = new HashMap<>(); // page → {best, partner, second}
        for (long key : candidates.keySet()) {
            int french = (int) (key >> 32);
            int other = (int) key;
            double similarity = translated.similarity(french, other);
            similarities.put(key, similarity);
            rank(best, french, other, similarity);
            rank(best, other, french, similarity);
        }
        for (Map.Entry<Long, Double> entry : similarities.entrySet()) {
            int french = (int) (entry.getKey() >> 32);
            int other = (int) (long) entry.getKey();
            double similarity = entry.getValue();
            if (similarity < LEXICON_MIN) {
                continue;
            }
            double rival = Math.max(rival(best, french, other), rival(best, other, french));
            double margin = Math.min(1, (similarity - rival) / LEXICON_MARGIN);
            double facts = factAgreement(pages.get(french), pages.get(other), frequencies, rare);
            double weight = LEXICON_MAX * margin * Math.min(1, facts / FACTS_AGREEMENT);
            if (weight > 0.005) {
                add(
                        candidates,
                        french,
                        other,
                        new Evidence(
                                Evidence.Kind.LEXICON,
                                translated.describe(french, other, 4)
                                        + String.format(
                                                Locale.ROOT, "; similarity %.2f, next best %.2f", similarity, rival)
                                        + (facts < FACTS_AGREEMENT
                                                ? String.format(
                                                        Locale.ROOT,
                                                        "; only %.0f %% of the rare figures" + " and names agree",
                                                        100 * facts)
                                                : "")
                                        + "; lexicon: " + lexicon.source(),
                                Math.round(weight * 1000) / 1000.0));
            }
        }
    }

    private static void rank(Map<Integer, double[]> best, int page, int partner, double similarity) {
        double[] known = best.computeIfAbsent(page, k -> new double[] {-1, -1, 0});
        if (similarity > known[0]) {
            known[2] = Math.max(known[0], 0);
            known[0] = similarity;
            known[1] = partner;
        } else if (similarity > known[2]) {
            known[2] = similarity;
        }
    }

    /** The best similarity of {@code page} with another page than {@code partner}. */
    private static double rival(Map<Integer, double[]> best, int page, int partner) {
        double[] known = best.get(page);
        return known[1] == partner ? known[2] : known[0];
    }

    /**
     * The share of rare facts (numbers, names, codes in few pages) the pages agree on, of the fewer
     * either holds; 1 when either holds fewer than {@link #FACTS_MIN}: nothing to disagree on.
     */
    static double factAgreement(PageInfo a, PageInfo b, Map<String, Integer> frequencies, int rare) {
        Set<String> first = rareFacts(a, frequencies, rare);
        Set<String> second = rareFacts(b, frequencies, rare);
        int fewer = Math.min(first.size(), second.size());
        if (fewer < FACTS_MIN) {
            return 1;
        }
        long shared = first.stream().filter(second::contains).count();
        return (double) shared / fewer;
    }

    private static Set<String> rareFacts(PageInfo page, Map<String, Integer> frequencies, int rare) {
        Set<String> facts = new java.util.HashSet<>();
        for (String feature : page.features()) {
            char kind = feature.charAt(0);
            if ((kind == 'n' || kind == 'p' || kind == 'c') && frequencies.getOrDefault(feature, 0) <= rare) {
                facts.add(feature);
            }
        }
        return facts;
    }

    /** The exhaustive peer's candidate: similarity scaled to an int rank key. */
    private static void scoredAll(
            List<PageInfo> pages,
            int french,
            int other,
            Map<String, Integer> frequencies,
            double[] norms,
            List<int[]> ranked) {
        ranked.add(new int[] {other, (int) (similarity(pages, french, other, frequencies, norms) * 1_000_000)});
    }

    /** Cosine of the pages' features weighted by rarity, lowered when lengths or dates disagree. */
    static double similarity(List<PageInfo> pages, int a, int b, Map<String, Integer> frequencies, double[] norms) {
        PageInfo first = pages.get(a);
        PageInfo second = pages.get(b);
        if (norms[a] == 0 || norms[b] == 0) {
            return 0;
        }
        Set<String> small = first.features().size() <= second.features().size() ? first.features() : second.features();
        Set<String> large = small == first.features() ? second.features() : first.features();
        double dot = 0;
        for (String feature : small) {
            if (large.contains(feature)) {
                dot += square(idf(frequencies, feature, pages.size()));
            }
        }
        double cosine = dot / (norms[a] * norms[b]);
        double ratio = (double) Math.max(first.textLength(), 1) / Math.max(second.textLength(), 1);
        if (ratio > 2.5 || ratio < 0.4) {
            cosine *= 0.5; // a translation is not half or twice its original's length
        }
        if (first.date() != null
                && second.date() != null
                && Math.abs(ChronoUnit.DAYS.between(first.date(), second.date())) > 31) {
            cosine *= 0.5; // translations follow their original within days, not months
        }
        return cosine;
    }

    private static Evidence contentEvidence(
            List<PageInfo> pages, int french, int other, double similarity, Map<String, Integer> frequencies) {
        PageInfo a = pages.get(french);
        PageInfo b = pages.get(other);
        List<String> shared = a.features().stream()
                .filter(b.features()::contains)
                .sorted(Comparator.comparingInt((String f) -> frequencies.get(f))
                        .thenComparing(f -> f))
                .toList();
        Map<Character, Integer> kinds = new java.util.TreeMap<>();
        shared.forEach(f -> kinds.merge(f.charAt(0), 1, Integer::sum));
        StringBuilder detail = new StringBuilder(String.format(Locale.ROOT, "similarity %.2f; shared", similarity));
        kinds.forEach((kind, count) -> detail.append(' ')
                .append(count)
                .append(' ')
                .append(
                        switch (kind) {
                            case 'n' -> "numbers";
                            case 'd' -> "dates";
                            case 'p' -> "names";
                            case 'c' -> "codes";
                            case 't' -> "glossary terms";
                            default -> "features";
                        }));
        if (!shared.isEmpty()) {
            detail.append(", rarest: ")
                    .append(String.join(
                            ", ",
                            shared.subList(0, Math.min(4, shared.size())).stream()
                                    .map(f -> f.substring(2))
                                    .toList()));
        }
        return new Evidence(
                Evidence.Kind.CONTENT,
                detail.toString(),
                Math.min(CONTENT_MAX, Math.max(0, similarity * CONTENT_SCALE)));
    }

    /** Noisy-or of the evidence weights. */
    static double combine(List<Evidence> evidence) {
        double wrong = 1;
        for (Evidence item : evidence) {
            wrong *= 1 - item.weight();
        }
        return 1 - wrong;
    }

    private List<PagePair> assign(
            List<PageInfo> pages,
            Map<String, Integer> byUrl,
            Language target,
            Map<Long, List<Evidence>> candidates,
            Map<String, Integer> frequencies,
            double[] norms,
            Decisions decisions) {
        // Reviewers' decisions first: a confirmed pair takes its two pages out of every other candidate.
        Map<Integer, Integer> forcedFrench = new HashMap<>();
        Map<Integer, Integer> forcedOther = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).language() != Language.FR) {
                continue;
            }
            String confirmed = decisions.confirmed(pages.get(i).url(), target);
            Integer other = confirmed == null ? null : byUrl.get(confirmed);
            if (other != null && pages.get(other).language() == target && !forcedOther.containsKey(other)) {
                forcedFrench.put(i, other);
                forcedOther.put(other, i);
                add(
                        candidates,
                        i,
                        other,
                        new Evidence(
                                Evidence.Kind.REVIEWED,
                                "paired by " + decisions.reviewer(pages.get(i).url(), target),
                                1.0));
            }
        }
        List<Assignment.Edge> edges = new ArrayList<>();
        Map<Long, Double> scores = new HashMap<>();
        for (Map.Entry<Long, List<Evidence>> entry : candidates.entrySet()) {
            int french = (int) (entry.getKey() >> 32);
            int other = (int) (long) entry.getKey();
            if (decisions.isRejected(
                    pages.get(french).url(), target, pages.get(other).url())) {
                continue;
            }
            Integer forced = forcedFrench.get(french);
            Integer forcedBy = forcedOther.get(other);
            if (forced != null && forced != other || forcedBy != null && forcedBy != french) {
                continue;
            }
            List<Evidence> evidence = entry.getValue();
            if (evidence.stream().noneMatch(e -> e.kind() == Evidence.Kind.CONTENT)) {
                Evidence content = contentEvidence(
                        pages, french, other, similarity(pages, french, other, frequencies, norms), frequencies);
                if (content.weight() > 0) {
                    evidence.add(content);
                }
            }
            double score = combine(evidence);
            if (score >= settings.reviewScore()) {
                edges.add(new Assignment.Edge(french, other, score));
                scores.put(entry.getKey(), score);
            }
        }
        int[] match = Assignment.solve(pages.size(), pages.size(), edges);
        List<PagePair> pairs = new ArrayList<>();
        for (int french = 0; french < match.length; french++) {
            if (match[french] >= 0) {
                long key = key(french, match[french]);
                List<Evidence> evidence = new ArrayList<>(candidates.get(key));
                evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
                pairs.add(new PagePair(
                        pages.get(french).url(),
                        target,
                        pages.get(match[french]).url(),
                        Math.round(scores.get(key) * 1000) / 1000.0,
                        evidence));
            }
        }
        return pairs;
    }

    private static String name(Language language) {
        return language.locale().getDisplayLanguage(Locale.ENGLISH);
    }

    /** The pairs per French page: {@code result.get(frenchUrl).get(VI)}. */
    public static Map<String, Map<Language, PagePair>> byFrenchPage(List<PagePair> pairs) {
        Map<String, Map<Language, PagePair>> byPage = new LinkedHashMap<>();
        for (PagePair pair : pairs) {
            byPage.computeIfAbsent(pair.french(), k -> new EnumMap<>(Language.class))
                    .put(pair.language(), pair);
        }
        return byPage;
    }
}
