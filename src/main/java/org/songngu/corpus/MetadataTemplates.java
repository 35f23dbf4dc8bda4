package org.songngu.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The learned half of metadata detection: line shapes ({@link LineShape}) that repeat across the
 * articles of one site in one language, with values that differ between them. "Mã tin: VNA-2024-0312"
 * in one article and "Mã tin: VNA-2024-0419" in the next have the shape {@code mã tin : N - # - #};
 * seen in enough articles of the site, a line of that shape is metadata there even though no rule
 * knows it. Learned per language and per site ({@link ArticleMeta#site()}), from the lines no rule
 * matched. A shape is a template when it is {@link LineShape#learnable learnable}, appears in at
 * least {@code max(minArticles, ceil(minShare × articles of the site in that language))} different
 * articles, with at least two different texts (a line that never changes is site chrome, the
 * {@link BoilerplateModel}'s business). Immutable and thread-safe.
 */
public final class MetadataTemplates {

    /** A template needs this many articles at least: two articles sharing a shape may be chance. */
    public static final int DEFAULT_MIN_ARTICLES = 3;
    /** ... and this share of the site's articles in that language. */
    public static final double DEFAULT_MIN_SHARE = 0.1;

    /**
     * One learned template.
     *
     * @param language the language of the lines
     * @param site     the site they come from ({@link ArticleMeta#site()})
     * @param shape    the masked shape
     * @param kind     {@link MetadataKind#DATE} when the shape holds a date or time, else {@link MetadataKind#OTHER}
     * @param articles how many articles of the site hold a line of that shape
     * @param example  one of those lines
     */
    public record Template(
            Language language, String site, String shape, MetadataKind kind, int articles, String example) {}

    private record Key(Language language, String site, String shape) {}

    private final Map<Key, Template> templates;

    private MetadataTemplates(Map<Key, Template> templates) {
        this.templates = templates;
    }

    /** No template: for an article read on its own. */
    public static MetadataTemplates empty() {
        return new MetadataTemplates(Map.of());
    }

    /** The templates {@link #all} listed: the same templates, rebuilt elsewhere (a worker process). */
    public static MetadataTemplates of(Collection<Template> all) {
        Map<Key, Template> templates = new HashMap<>();
        all.forEach(
                template -> templates.put(new Key(template.language(), template.site(), template.shape()), template));
        return new MetadataTemplates(Map.copyOf(templates));
    }

    /** The template {@code line} of {@code site} fits, if any. */
    public Optional<Template> match(Language language, String site, String line) {
        if (templates.isEmpty() || line.length() > LineShape.MAX_CHARS) {
            return Optional.empty();
        }
        return Optional.ofNullable(templates.get(new Key(language, site, LineShape.of(line))));
    }

    /** Every template, by language, site, then most articles first. */
    public List<Template> all() {
        List<Template> all = new ArrayList<>(templates.values());
        all.sort(Comparator.comparing(Template::language)
                .thenComparing(Template::site)
                .thenComparing(Comparator.comparingInt(Template::articles).reversed())
                .thenComparing(Template::shape));
        return List.copyOf(all);
    }

    public boolean isEmpty() {
        return templates.isEmpty();
    }

    /** Collects the lines of a run's articles, then {@link #build}s the templates. Not thread-safe. */
    public static final class Learner {

        private final Map<Key, Set<String>> articlesPerShape = new HashMap<>();
        private final Map<Key, Set<String>> textsPerShape = new HashMap<>();
        private final Map<Key, String> examples = new HashMap<>();
        private final Map<String, Set<String>> articlesPerSite = new HashMap<>();

        /** Adds the lines of one version of an article that no rule recognised. */
        public Learner add(String articleId, String site, Language language, List<String> lines) {
            Objects.requireNonNull(site, "site");
            articlesPerSite
                    .computeIfAbsent(language.code() + "\u0000" + site, key -> new HashSet<>())
                    .add(articleId);
            for (String line : lines) {
                if (line.length() > LineShape.MAX_CHARS) {
                    continue;
                }
                String shape = LineShape.of(line);
                if (!LineShape.learnable(line, shape)) {
                    continue;
                }
                Key key = new Key(language, site, shape);
                articlesPerShape.computeIfAbsent(key, k -> new HashSet<>()).add(articleId);
                Set<String> texts = textsPerShape.computeIfAbsent(key, k -> new HashSet<>());
                if (texts.size() < 2) {
                    texts.add(line);
                }
                examples.putIfAbsent(key, line);
            }
            return this;
        }

        public MetadataTemplates build() {
            return build(DEFAULT_MIN_ARTICLES, DEFAULT_MIN_SHARE);
        }

        public MetadataTemplates build(int minArticles, double minShare) {
            if (minArticles < 2) {
                throw new IllegalArgumentException("minArticles must be at least 2: " + minArticles);
            }
            Map<Key, Template> templates = new HashMap<>();
            articlesPerShape.forEach((key, articles) -> {
                int siteArticles = articlesPerSite
                        .get(key.language().code() + "\u0000" + key.site())
                        .size();
                int threshold = Math.max(minArticles, (int) Math.ceil(minShare * siteArticles));
                if (articles.size() >= threshold && textsPerShape.get(key).size() >= 2) {
                    MetadataKind kind = LineShape.dated(key.shape()) ? MetadataKind.DATE : MetadataKind.OTHER;
                    templates.put(
                            key,
                            new Template(
                                    key.language(), key.site(), key.shape(), kind, articles.size(), examples.get(key)));
                }
            });
            return new MetadataTemplates(Map.copyOf(templates));
        }
    }
}
