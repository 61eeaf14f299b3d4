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
 */
public record Meeting(String venue, LocalDate first, LocalDate last) {

    /**
     * Validates the meeting.
     *
     * @param venue the city's English name, such as {@code Vienna}, or {@code null} when the
     *     line prints the dates alone
     * @param first the first day
     * @param last the last day, on or after the first
     * @throws IllegalArgumentException if the last day comes before the first
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
