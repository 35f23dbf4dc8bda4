package org.songngu.harvest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.songngu.corpus.Language;

/**
 * A page the harvest kept: an HTML page whose language is known, what it declares and its text.
 *
 * @param url        its address, normalised ({@link Urls#normalize})
 * @param language   its language, as the guesser reads its text
 * @param title      its title (og:title, else h1, else title), or null
 * @param date       its publication date from its tags or its address, or null
 * @param alternates the translations it declares with {@code <link rel="alternate" hreflang>}
 * @param switchers  the translations its language-switcher links point to
 * @param html       the page decoded, as written to the corpus
 * @param paragraphs its article paragraphs, site chrome not yet removed
 * @param contentHash a digest of its paragraphs, to find the same article under two addresses
 */
public record HarvestedPage(
        String url,
        Language language,
        String title,
        LocalDate date,
        Map<Language, String> alternates,
        Map<Language, String> switchers,
        String html,
        List<String> paragraphs,
        String contentHash) {

    public HarvestedPage {
        alternates = Map.copyOf(alternates);
        switchers = Map.copyOf(switchers);
        paragraphs = List.copyOf(paragraphs);
    }
}
