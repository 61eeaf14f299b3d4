package org.secnotes.render;

import java.util.Locale;

/**
 * The output formats secnotes writes.
 *
 * <p>Immutable and thread-safe.
 */
public enum OutputFormat {
    /** Markdown, shaped like the UN's own Markdown editions. */
    MARKDOWN("md"),
    /** Print-ready, archival and accessible PDF (tagged; PDF/UA-1 and PDF/A-2a) with the UN page layout. */
    PDF("pdf");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file extension without the dot: {@code md} or {@code pdf} */
    public String extension() {
        return extension;
    }

    /**
     * Looks a format up by its extension.
     *
     * @param extension {@code md} or {@code pdf}, in any case
     * @return the format
     * @throws IllegalArgumentException for any other name
     */
    public static OutputFormat fromExtension(String extension) {
        for (OutputFormat format : values()) {
            if (format.extension.equalsIgnoreCase(extension.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("'" + extension
                + "' is not an output format; expected md or pdf");
    }

    @Override
    public String toString() {
        return extension.toLowerCase(Locale.ROOT);
    }
}
