package org.songngu.corpus;

import java.util.Locale;

/** What a per-article metadata line says. */
public enum MetadataKind {
    /** A publication or update date, with or without its time and verb ("Mis à jour le 12/03/2024 à 08:45"). */
    DATE,
    /** A counter: views, reads, comments, shares, reading time ("1 532 lectures", "3 phút đọc"). */
    COUNTER,
    /** A credit: photo, video, graphic, source ("Photo : VNA", "Ảnh: TTXVN", "Theo TTXVN"). */
    CREDIT,
    /** An author or agency line ("Par Minh Chau – VNA", "Minh Châu (TTXVN)"). */
    AUTHOR,
    /** A line of a shape learned from the site, that no rule names ("Mã tin: VNA-2024-0312"). */
    OTHER;

    /** The lower-case name used in files, reports and the database. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code label} (any case). */
    public static MetadataKind of(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
