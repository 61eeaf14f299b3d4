package org.secnotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Inline;

/** A joint symbol splits into its symbols; a hyphen inside one symbol splits nothing. */
class JointReferenceTest {

    private static List<String> parts(String text) {
        DocumentSymbol first = DocumentSymbol.of(text.split("[\u2013]|-(?=[A-Z])")[0]);
        return JointReference.of(new Inline.DocumentReference(text, first)).parts().stream()
                .map(p -> p.text() + (p.target() == null ? "" : " -> " + p.target().value())).toList();
    }

    @Test
    void aJointSymbolLinksEachPart() {
        assertEquals(List.of("A/79/888 -> A/79/888", "\u2013", "S/2024/888 -> S/2024/888"), parts("A/79/888\u2013S/2024/888"));
        assertEquals(List.of("CTOC/COP/WG.2/2017/4 -> CTOC/COP/WG.2/2017/4", "-",
                "CTOC/COP/WG.3/2017/4 -> CTOC/COP/WG.3/2017/4"), parts("CTOC/COP/WG.2/2017/4-CTOC/COP/WG.3/2017/4"));
    }

    @Test
    void theHyphenOfASpecialSessionSplitsNothing() {
        assertEquals(List.of("A/S-29/1 -> A/S-29/1"), parts("A/S-29/1"));
        assertEquals(List.of("A/S-29/1 -> A/S-29/1", "-", "S/2025/1 -> S/2025/1"), parts("A/S-29/1-S/2025/1"));
    }
}
