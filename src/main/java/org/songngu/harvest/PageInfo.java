package org.songngu.harvest;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.songngu.corpus.Language;

/**
 * What pairing knows of a page: its address, language, declarations and content features (the
 * text itself stays in the spool, so that a large crawl is not held in memory).
 */
public record PageInfo(
        String url,
        Language language,
        String title,
        LocalDate date,
        Map<Language, String> alternates,
        Map<Language, String> switchers,
        Set<String> features,
        int textLength) {}
