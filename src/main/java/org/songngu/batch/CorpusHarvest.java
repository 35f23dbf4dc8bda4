package org.songngu.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.songngu.glossary.Glossary;
import org.songngu.harvest.HarvestFolder;
import org.songngu.harvest.HarvestResult;
import org.songngu.harvest.HarvestSettings;
import org.songngu.harvest.HarvestSources;
import org.songngu.harvest.Harvester;
import org.songngu.harvest.TranslatedWords;
import org.songngu.system.SongnguProperties;
import org.springframework.stereotype.Component;

/**
 * The harvest a scheduled tick runs first when {@code songngu.harvest.in} is set: the crawl into the
 * corpus folder, skipped when neither the crawl's files nor the reviewers' decisions changed since
 * the last one (a harvest reads the whole crawl; a tick with nothing new should cost nothing).
 */
@Component
public class CorpusHarvest {

    private static final Logger log = LoggerFactory.getLogger(CorpusHarvest.class);

    private final HarvestProperties harvest;
    private final SongnguProperties properties;
    private final Glossary glossary;
    private final StoredLexicon lexicon;
    private String lastFingerprint;

    /**
     * @param lexicon the aligner's stored model, whose lexicons weigh how far pages' words translate
     *                each other (from the first model the job learns on)
     */
    public CorpusHarvest(
            HarvestProperties harvest, SongnguProperties properties, Glossary glossary, StoredLexicon lexicon) {
        this.harvest = harvest;
        this.properties = properties;
        this.glossary = glossary;
        this.lexicon = lexicon;
    }

    /** Harvests when configured and something changed; answers whether it harvested. */
    public synchronized boolean harvestIfChanged() {
        if (!harvest.enabled()) {
            return false;
        }
        String fingerprint = fingerprint();
        if (fingerprint.equals(lastFingerprint)) {
            log.info("scheduled harvest skipped: nothing new in {}", harvest.in());
            return false;
        }
        HarvestSettings settings = new HarvestSettings(
                HarvestSettings.DEFAULT_MAX_PAGE_BYTES,
                harvest.accept(),
                harvest.review(),
                HarvestSettings.defaults().candidatesPerPage());
        TranslatedWords words = lexicon.current();
        HarvestResult result = new Harvester(settings, glossary, words)
                .harvest(
                        HarvestSources.of(harvest.in(), settings.maxPageBytes()),
                        new HarvestFolder(properties.corpus()),
                        problem -> log.warn("harvest: {}", problem));
        log.info(
                "scheduled harvest of {}: {} pages kept, {} pairs into {} articles, {} for review, {} unpaired;"
                        + " lexicon evidence: {}",
                harvest.in(),
                result.kept(),
                result.accepted(),
                result.articles(),
                result.forReview(),
                result.unpaired().size(),
                words.isEmpty() ? "none (no model learned yet)" : words.source() + ", " + words.links() + " links");
        lastFingerprint = fingerprint();
        return true;
    }

    /**
     * Paths, sizes and modification times of the crawl's files and of the decisions file, and the
     * model version (a new lexicon may pair the crawl differently).
     */
    private String fingerprint() {
        StringBuilder fingerprint =
                new StringBuilder("model ").append(lexicon.currentVersion()).append('\n');
        try (Stream<Path> files = Files.walk(harvest.in())) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                fingerprint
                        .append(file)
                        .append(' ')
                        .append(Files.size(file))
                        .append(' ')
                        .append(Files.getLastModifiedTime(file).toMillis())
                        .append('\n');
            }
            Path decisions = properties.corpus().resolve(".harvest/decisions.tsv");
            if (Files.exists(decisions)) {
                fingerprint
                        .append(Files.size(decisions))
                        .append(' ')
                        .append(Files.getLastModifiedTime(decisions).toMillis());
            }
        } catch (IOException | UncheckedIOException e) {
            return "unreadable " + Objects.hashCode(e.getMessage()) + " " + List.of(System.nanoTime());
        }
        return fingerprint.toString();
    }
}
