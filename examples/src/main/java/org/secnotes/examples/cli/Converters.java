package org.secnotes.examples.cli;

import org.secnotes.core.Language;
import org.secnotes.render.OutputFormat;
import picocli.CommandLine;

/** Option values parsed for picocli, with errors in the user's words rather than Java's. */
final class Converters {

    private Converters() {
    }

    /** Parses a language code. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Parses a format name. */
    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.fromExtension(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
