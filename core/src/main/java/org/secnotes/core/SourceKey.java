package org.secnotes.core;

import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The one mapping between the model's enum constants and the words a source (and a template
 * key) spells them with: {@code NOTE_BY_THE_SECRETARIAT} is {@code note-by-the-secretariat},
 * {@code RESTRICTED} is {@code restricted}.
 *
 * <p>Stateless and thread-safe.
 */
public final class SourceKey {

    private SourceKey() {
    }

    /**
     * The source word for a constant.
     *
     * @param constant any constant of the model's enums
     * @return its name in lower case, with hyphens between words
     */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant a source word names; case and surrounding spaces do not matter, and an
     * underscore is read as a hyphen.
     *
     * @param <E>  the enum
     * @param type the enum's class
     * @param word the word, such as {@code note-by-the-secretariat}
     * @return the constant, or empty when the word names none
     */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
        if (word == null) {
            return Optional.empty();
        }
        String key = word.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(key)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * The words of all constants, for "expected ..." messages.
     *
     * @param type the enum's class
     * @return such as {@code general, limited or restricted}
     */
    public static String choices(Class<? extends Enum<?>> type) {
        Enum<?>[] constants = type.getEnumConstants();
        StringJoiner out = new StringJoiner(", ");
        for (int i = 0; i < constants.length - 1; i++) {
            out.add(of(constants[i]));
        }
        String last = of(constants[constants.length - 1]);
        return constants.length == 1 ? last : out + " or " + last;
    }
}
