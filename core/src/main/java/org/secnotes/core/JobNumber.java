package org.secnotes.core;

import java.util.regex.Pattern;

/**
 * The job number that the conference services give a document, such as {@code V.18-04130}
 * (Vienna), {@code GE.21-01234} (Geneva) or {@code 21-02065} (New York).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the job number without its language letter
 */
public record JobNumber(String value) {

    private static final Pattern FORM = Pattern.compile("(?:([A-Z]{1,3})\\.)?(\\d{2})-(\\d{5})");

    /**
     * Validates the job number.
     *
     * @param value the job number without its language letter
     * @throws IllegalArgumentException if it is not of the form {@code [PREFIX.]YY-NNNNN}
     */
    public JobNumber {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value
                    + "' is not a job number: expected two digits of the year, a hyphen and five digits,"
                    + " with an optional office prefix, such as V.18-04130 or 21-02065");
        }
    }

    /**
     * The digits that the Code 39 barcode encodes, without prefix or hyphen: {@code 1804130}.
     *
     * @return the job's digits
     */
    public String digits() {
        var matcher = FORM.matcher(value);
        matcher.matches();
        return matcher.group(2) + matcher.group(3);
    }

    @Override
    public String toString() {
        return value;
    }
}
