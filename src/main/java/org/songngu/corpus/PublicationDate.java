package org.songngu.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date out of a date line ("Mis à jour le 12/03/2024 à 08:45", "Cập nhật: 08:45,
 * 12/03/2024", "Published March 12, 2024", "2024-03-12T08:45:00+07:00"). Numeric dates are read
 * day first, as Vietnamese and French sites write them, and month first only when day first is no
 * date. Also the strict reading of the {@code date} of {@code meta.properties} ({@link #declared}).
 * Only dates of years 1 to 9999 are dates here: the range both databases store (PostgreSQL refuses
 * a year 0, which Java's calendar has). Stateless.
 */
public final class PublicationDate {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1),
            Map.entry("février", 2),
            Map.entry("fevrier", 2),
            Map.entry("mars", 3),
            Map.entry("avril", 4),
            Map.entry("mai", 5),
            Map.entry("juin", 6),
            Map.entry("juillet", 7),
            Map.entry("août", 8),
            Map.entry("aout", 8),
            Map.entry("septembre", 9),
            Map.entry("octobre", 10),
            Map.entry("novembre", 11),
            Map.entry("décembre", 12),
            Map.entry("decembre", 12),
            Map.entry("january", 1),
            Map.entry("february", 2),
            Map.entry("march", 3),
            Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("june", 6),
            Map.entry("july", 7),
            Map.entry("august", 8),
            Map.entry("september", 9),
            Map.entry("october", 10),
            Map.entry("november", 11),
            Map.entry("december", 12),
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH = "(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
            + "novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|"
            + "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH =
            Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})(?:er)?\\s+" + MONTH + "\\.?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY =
            Pattern.compile("(?iu)\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern VIETNAMESE =
            Pattern.compile("(?iu)(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*,?\\s*năm\\s+(\\d{4})");

    /** The date of {@code meta.properties}: an ISO date, or an ISO date and time of which the date is kept. */
    private static final Pattern DECLARED = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\S.*)?");

    private static final int SHOWN_CHARS = 40;

    private PublicationDate() {}

    /**
     * The {@code date} of {@code meta.properties}: {@code 2024-08-15}, or a date and time as scrapers
     * write it ({@code 2024-08-15T08:45:00+07:00}, the date kept). Empty for none; a value of any other
     * form is refused rather than guessed or dropped, since a date read wrongly misfiles the article in
     * every export filtered by date.
     *
     * @throws IllegalArgumentException with a one-line reason naming the value ({@code date "12/03/2024"
     *         is not a date of the form YYYY-MM-DD})
     */
    public static Optional<LocalDate> declared(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher matcher = DECLARED.matcher(text.strip());
        Optional<LocalDate> date =
                matcher.matches() ? date(matcher.group(1), matcher.group(2), matcher.group(3)) : Optional.empty();
        if (date.isEmpty()) {
            String cut = text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "…";
            throw new IllegalArgumentException(
                    "date \"" + cut.replaceAll("\\p{Cntrl}", "?") + "\" is not a date of the form YYYY-MM-DD");
        }
        return date;
    }

    /** The first date written in {@code text}, if there is one and it exists in the calendar. */
    public static Optional<LocalDate> in(String text) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.find()) {
            return date(numeric.group(3), numeric.group(2), numeric.group(1))
                    .or(() -> date(numeric.group(3), numeric.group(1), numeric.group(2)));
        }
        Matcher vietnamese = VIETNAMESE.matcher(text);
        if (vietnamese.find()) {
            return date(vietnamese.group(3), vietnamese.group(2), vietnamese.group(1));
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        if (dayMonth.find()) {
            return date(dayMonth.group(3), month(dayMonth.group(2)), dayMonth.group(1));
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        if (monthDay.find()) {
            return date(monthDay.group(3), month(monthDay.group(1)), monthDay.group(2));
        }
        return Optional.empty();
    }

    /**
     * The publication date the metadata of an article gives: the earliest date of its date lines
     * (a page shows when it was published and when it was updated; publication comes first), French
     * lines first, then the other versions'.
     */
    public static Optional<LocalDate> of(Collection<MetadataLine> lines) {
        Optional<LocalDate> french = earliest(
                lines.stream().filter(line -> line.language() == Language.FR).toList());
        return french.isPresent() ? french : earliest(lines);
    }

    private static Optional<LocalDate> earliest(Collection<MetadataLine> lines) {
        return lines.stream()
                .filter(line -> line.kind() == MetadataKind.DATE)
                .map(line -> in(line.text()))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    private static String month(String name) {
        Integer number = MONTHS.get(name.toLowerCase(Locale.ROOT).replace('û', 'u'));
        return Objects.toString(number, "0");
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1 || y > 9999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
