package org.secnotes.core;

import java.util.List;
import java.util.Objects;

/**
 * A run of text inside a paragraph, heading or footnote.
 *
 * <p>Every implementation is an immutable record and thread-safe.
 */
public sealed interface Inline {

    /**
     * Plain text.
     *
     * @param text the characters, never {@code null}
     */
    record Text(String text) implements Inline {
        /**
         * Checks the text.
         *
         * @param text the characters, never {@code null}
         */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Emphasised text, set in italics.
     *
     * @param children what is emphasised
     */
    record Emphasis(List<Inline> children) implements Inline {
        /**
         * Copies the children.
         *
         * @param children what is emphasised
         */
        public Emphasis {
            children = List.copyOf(children);
        }
    }

    /**
     * Strong text, set in bold.
     *
     * @param children what is strong
     */
    record Strong(List<Inline> children) implements Inline {
        /**
         * Copies the children.
         *
         * @param children what is strong
         */
        public Strong {
            children = List.copyOf(children);
        }
    }

    /**
     * Text set below the baseline and smaller, such as the "2" of "CO~2~" in a source. A character
     * that Unicode has as a subscript of its own ("CO₂") stays {@link Text}: the model keeps the
     * source's characters.
     *
     * @param children what is lowered
     */
    record Subscript(List<Inline> children) implements Inline {
        /**
         * Copies the children.
         *
         * @param children what is lowered
         */
        public Subscript {
            children = List.copyOf(children);
        }
    }

    /**
     * Text set above the baseline and smaller, such as the "2" of "m^2^" or the "er" of the French
     * "1^er^" in a source. A character that Unicode has as a superscript of its own ("m²") stays
     * {@link Text}.
     *
     * @param children what is raised
     */
    record Superscript(List<Inline> children) implements Inline {
        /**
         * Copies the children.
         *
         * @param children what is raised
         */
        public Superscript {
            children = List.copyOf(children);
        }
    }

    /**
     * A link to a web address. Only {@code http}, {@code https} and {@code mailto} addresses are
     * ever modelled as links; the source reader turns any other into plain text.
     *
     * @param uri      the address
     * @param children the linked text
     */
    record Link(String uri, List<Inline> children) implements Inline {
        /**
         * Checks the address and copies the children.
         *
         * @param uri the address
         * @param children the linked text
         */
        public Link {
            if (!isSafeUri(uri)) {
                throw new IllegalArgumentException(
                        "a link must use http, https or mailto, not '" + uri + "'");
            }
            children = List.copyOf(children);
        }

        /**
         * Whether an address may become a link.
         *
         * @param uri the address
         * @return true for http, https and mailto addresses
         */
        public static boolean isSafeUri(String uri) {
            if (uri == null) {
                return false;
            }
            String lower = uri.strip().toLowerCase(java.util.Locale.ROOT);
            return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
        }
    }

    /**
     * A reference to another UN document by its symbol, such as {@code A/73/328}. The text is kept
     * as written, because joint symbols are written together ({@code CTOC/COP/WG.2/2017/4-CTOC/COP/WG.3/2017/4});
     * the target is the first symbol in it.
     *
     * @param text   the text as written
     * @param target the document the reference opens
     */
    record DocumentReference(String text, DocumentSymbol target) implements Inline {
        /**
         * Checks the parts.
         *
         * @param text the text as written
         * @param target the document the reference opens
         */
        public DocumentReference {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * The call of a numbered footnote.
     *
     * @param number the footnote's number, 1 or more
     */
    record FootnoteReference(int number) implements Inline {
        /**
         * Checks the number.
         *
         * @param number the footnote's number, 1 or more
         */
        public FootnoteReference {
            if (number < 1) {
                throw new IllegalArgumentException("footnote numbers start at 1, not " + number);
            }
        }
    }

    /**
     * The text of a list of inlines with all formatting removed, as a reader would copy it.
     *
     * @param inlines the runs
     * @return their text, footnote calls as their numbers
     */
    static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendPlain(inlines, out);
        return out.toString();
    }

    private static void appendPlain(List<Inline> inlines, StringBuilder out) {
        for (Inline inline : inlines) {
            // Java 17 has no pattern matching for switch; the chain below covers every permitted type.
            if (inline instanceof Text t) {
                out.append(t.text());
            } else if (inline instanceof Emphasis e) {
                appendPlain(e.children(), out);
            } else if (inline instanceof Strong s) {
                appendPlain(s.children(), out);
            } else if (inline instanceof Subscript s) {
                appendPlain(s.children(), out);
            } else if (inline instanceof Superscript s) {
                appendPlain(s.children(), out);
            } else if (inline instanceof Link l) {
                appendPlain(l.children(), out);
            } else if (inline instanceof DocumentReference r) {
                out.append(r.text());
            } else if (inline instanceof FootnoteReference f) {
                out.append(f.number());
            }
        }
    }
}
