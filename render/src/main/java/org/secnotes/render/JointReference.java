package org.secnotes.render;

import java.util.ArrayList;
import java.util.List;
import org.secnotes.core.DocumentSymbol;
import org.secnotes.core.Inline;

/**
 * A document reference split into the symbols it names, so that each part of a joint symbol
 * ({@code A/79/888–S/2024/888}, {@code CTOC/COP/WG.2/2017/4-CTOC/COP/WG.3/2017/4}) links to its own
 * document and the separator between them links to none. Both renderers use it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param parts the parts in order: symbols with their targets, separators with none
 */
public record JointReference(List<Part> parts) {

    /**
     * One part of the reference's text.
     *
     * @param text   the characters as written
     * @param target the document the part opens, or {@code null} for a separator
     */
    public record Part(String text, DocumentSymbol target) {
    }

    /**
     * Copies the parts.
     *
     * @param parts the parts in order
     */
    public JointReference {
        parts = List.copyOf(parts);
    }

    /**
     * Splits a reference at each dash or hyphen that joins two symbols
     * ({@link DocumentSymbol#isJointSeparator}), where the text on each side is a whole symbol. A
     * hyphen inside a symbol ({@code A/S-29/1}) is followed by a digit and never splits. If a part is not a symbol, the
     * whole reference stays one part that opens its target.
     *
     * @param reference the reference
     * @return its parts
     */
    public static JointReference of(Inline.DocumentReference reference) {
        String text = reference.text();
        List<Part> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            // The one grammar of symbols says where a joint symbol's parts meet.
            if (DocumentSymbol.isJointSeparator(text, i)) {
                DocumentSymbol symbol = symbolOrNull(text.substring(start, i));
                if (symbol == null) {
                    return whole(reference);
                }
                parts.add(new Part(text.substring(start, i), symbol));
                parts.add(new Part(String.valueOf(c), null));
                start = i + 1;
            }
        }
        if (parts.isEmpty()) {
            return whole(reference);
        }
        DocumentSymbol last = symbolOrNull(text.substring(start));
        if (last == null) {
            return whole(reference);
        }
        parts.add(new Part(text.substring(start), last));
        return new JointReference(parts);
    }

    private static JointReference whole(Inline.DocumentReference reference) {
        return new JointReference(List.of(new Part(reference.text(), reference.target())));
    }

    private static DocumentSymbol symbolOrNull(String text) {
        try {
            return DocumentSymbol.of(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
