package org.secnotes.core;

import java.util.Locale;

/**
 * The six official languages of the United Nations, in which a note may be issued.
 *
 * <p>Immutable and thread-safe.
 */
public enum Language {
    /** Arabic, written right to left. */
    AR,
    /** English. */
    EN,
    /** Spanish. */
    ES,
    /** French. */
    FR,
    /** Russian. */
    RU,
    /** Chinese. */
    ZH;

    /** @return the ISO 639-1 code, such as {@code "es"} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the locale for this language, such as {@code es} */
    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /**
     * Looks a language up by its ISO 639-1 code.
     *
     * @param code {@code ar}, {@code en}, {@code es}, {@code fr}, {@code ru} or {@code zh}, in any case
     * @return the language
     * @throws IllegalArgumentException if the code names no official language
     */
    public static Language fromCode(String code) {
        if (code != null) {
            for (Language language : values()) {
                if (language.code().equalsIgnoreCase(code.strip())) {
                    return language;
                }
            }
        }
        throw new IllegalArgumentException(
                "'" + code + "' is not an official language; expected one of ar, en, es, fr, ru, zh");
    }
}
