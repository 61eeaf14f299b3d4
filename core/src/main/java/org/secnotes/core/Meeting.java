package org.secnotes.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and when the session meets: "Vienna, 15–19 October 2018".
 *
 * <p>Immutable and thread-safe.
 *
 * @param venue the city's English name, such as {@code Vienna}, or {@code null} when the line
 *              prints the dates alone
 * @param first the first day
 * @param last  the last day, on or after the first
 * @param country the host country's ISO 3166 code ({@code MA}), printed after the city where UN
 *              documents print it (host cities away from the usual seats), or {@code null}
 */
public record Meeting(String venue, LocalDate first, LocalDate last, String country) {

    /**
     * Validates the meeting.
     *
     * @param venue the city's English name, such as {@code Vienna}, or {@code null} when the
     *     line prints the dates alone
     * @param first the first day
     * @param last the last day, on or after the first
     * @param country the host country's ISO 3166 code, or {@code null}
     * @throws IllegalArgumentException if the last day comes before the first, or the country is
     *     no code or comes without a venue
     */
    public Meeting {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "the last day " + last + " comes before the first day " + first);
        }
        if (venue != null && venue.isBlank()) {
            venue = null;
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("'" + country
                    + "' is not a country code; expected the two capital letters of ISO 3166, such as MA");
        }
        if (country != null && venue == null) {
            throw new IllegalArgumentException("a country needs a venue: the line names the city, then its country");
        }
    }

    /**
     * A meeting in one of the usual places, printed without its country.
     *
     * @param venue the city's English name, or {@code null}
     * @param first the first day
     * @param last  the last day
     */
    public Meeting(String venue, LocalDate first, LocalDate last) {
        this(venue, first, last, null);
    }

    /** @return the host country's ISO 3166 code, if the line prints it */
    public Optional<String> countryIfAny() {
        return Optional.ofNullable(country);
    }

    /** @return the venue's English name, if the line names one */
    public Optional<String> venueName() {
        return Optional.ofNullable(venue);
    }

    /** @return true if the session meets on one day only */
    public boolean isSingleDay() {
        return first.equals(last);
    }
}
