package org.songngu.harvest;

import java.util.function.Consumer;

/** Where pages come from: WARC files or a folder of saved pages. */
public interface PageSource {

    /**
     * Gives every HTML page of the source to {@code pages}, in crawl order, and every record that
     * could not be read to {@code problems}; a bad record never stops the reading of the rest.
     */
    void read(Consumer<FetchedPage> pages, Consumer<HarvestProblem> problems);

    /** How many records were passed over because they are no HTML page (images, requests, redirects...). */
    long skipped();
}
