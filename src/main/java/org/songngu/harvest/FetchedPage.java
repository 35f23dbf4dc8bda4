package org.songngu.harvest;

import java.time.Instant;

/**
 * One page as a crawl gives it, before anything is made of it.
 *
 * @param url         the address it was fetched from (the record's WARC-Target-URI, or the address
 *                    a saved file names)
 * @param body        its bytes, at most the harvest's page limit
 * @param contentType the Content-Type the server sent, or null (a saved file)
 * @param fetched     when it was fetched (the WARC-Date), or null when unknown
 */
public record FetchedPage(String url, byte[] body, String contentType, Instant fetched) {}
