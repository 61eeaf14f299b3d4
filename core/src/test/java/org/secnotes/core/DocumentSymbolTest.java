package org.secnotes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one grammar of document symbols: validation, finding in text, joint separators. */
class DocumentSymbolTest {

    private static List<String> found(String text) {
        return DocumentSymbol.findAll(text).stream()
                .map(r -> text.substring(r.start(), r.end()) + " -> " + r.target())
                .toList();
    }

    @Test
    void validSymbols() {
        for (String symbol : List.of("A/73/328", "E/CN.7/2018/1", "A/73/328/Add.1", "CTOC/COP/WG.2/2017/4",
                "A/RES/ES-10/19", "A/S-29/2", "UNEP/OzL.Pro.WG.1/40/2")) {
            assertEquals(symbol, DocumentSymbol.of(symbol).value());
        }
    }

    @Test
    void aHyphenBeforeACapitalJoinsSymbolsAndIsNoPartOfOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DocumentSymbol.of("A/73/328-S/2018/592"));
        assertTrue(error.getMessage().contains("give a joint document as a list"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DocumentSymbol.of("A/ES-x/1"));
        assertThrows(IllegalArgumentException.class, () -> DocumentSymbol.of("A/73-/1"));
    }

    @Test
    void segmentsNeitherEmptyNorDotted() {
        for (String bad : List.of("A//1", "A/1/", "A/.1", "A/1./2", "A/1..2", "a/1", "A", "../x", "A/1 2")) {
            assertThrows(IllegalArgumentException.class, () -> DocumentSymbol.of(bad), bad);
        }
    }

    @Test
    void referencesInRunningText() {
        assertEquals(List.of("A/73/328 -> A/73/328", "A/RES/ES-10/19 -> A/RES/ES-10/19",
                "CTOC/COP/WG.2/2017/4-CTOC/COP/WG.3/2017/4 -> CTOC/COP/WG.2/2017/4", "S/2018/592 -> S/2018/592"),
                found("See A/73/328. And A/RES/ES-10/19, CTOC/COP/WG.2/2017/4-CTOC/COP/WG.3/2017/4; S/2018/592-x."));
        assertEquals(List.of(), found("decision 2/6, and/or, TCP/IP, x/A/1, 3A/1, A/B"));
    }

    @Test
    void theWholeTextAsOneReference() {
        assertEquals(Optional.of(DocumentSymbol.of("A/74/1")), DocumentSymbol.referencedBy("A/74/1"));
        assertEquals(Optional.empty(), DocumentSymbol.referencedBy("see A/74/1"));
    }

    @Test
    void jointSeparatorsAreHyphensAndEnDashesBeforeACapital() {
        String text = "A/73/328-S/2018/592 A/73/328\u2013S/1 ES-10 a-B";
        assertTrue(DocumentSymbol.isJointSeparator(text, text.indexOf('-')));
        assertTrue(DocumentSymbol.isJointSeparator(text, text.indexOf('\u2013')));
        assertFalse(DocumentSymbol.isJointSeparator(text, text.indexOf("-10")));
        assertFalse(DocumentSymbol.isJointSeparator(text, text.length() - 1));
    }
}
