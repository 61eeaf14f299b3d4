package org.secnotes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one mapping between enum constants and source words. */
class SourceKeyTest {

    @Test
    void everyConstantRoundTrips() {
        for (Class<? extends Enum<?>> type : List.of(Distribution.class, NoteKind.class, AgendaStage.class,
                SessionKind.class, SessionStyle.class, Language.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertEquals(Optional.of(constant), parse(type, SourceKey.of(constant)));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Enum<?>> parse(Class type, String word) {
        return SourceKey.parse(type, word);
    }

    @Test
    void wordsAsASourceWritesThem() {
        assertEquals("note-by-the-secretary-general", SourceKey.of(NoteKind.NOTE_BY_THE_SECRETARY_GENERAL));
        assertEquals(Optional.of(Distribution.LIMITED), SourceKey.parse(Distribution.class, " Limited "));
        assertEquals(Optional.empty(), SourceKey.parse(Distribution.class, "public"));
        assertEquals("general, limited or restricted", SourceKey.choices(Distribution.class));
    }
}
