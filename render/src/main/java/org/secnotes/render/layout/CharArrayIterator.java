package org.secnotes.render.layout;

import java.text.CharacterIterator;

/**
 * A character iterator over a paragraph's characters, for ICU's line-break iterator, which reads
 * its text through one. The JDK's {@link java.text.StringCharacterIterator} reads a string with
 * {@link String#charAt}, whose index check is a call of its own on text that is not Latin-1 (a
 * dash or a quotation mark makes it so): the break search read every character that way. The
 * characters are the paragraph's own array, never changed.
 *
 * <p>Not thread-safe, as no iterator is.
 */
final class CharArrayIterator implements CharacterIterator {

    private final char[] text;
    private int index;

    /** An iterator over all of {@code text}, at its first character. */
    CharArrayIterator(char[] text) {
        this.text = text;
    }

    @Override
    public char first() {
        index = 0;
        return current();
    }

    @Override
    public char last() {
        index = text.length > 0 ? text.length - 1 : 0;
        return current();
    }

    @Override
    public char current() {
        return index < text.length ? text[index] : DONE;
    }

    @Override
    public char next() {
        if (index < text.length - 1) {
            return text[++index];
        }
        index = text.length;
        return DONE;
    }

    @Override
    public char previous() {
        if (index > 0) {
            return text[--index];
        }
        return DONE;
    }

    @Override
    public char setIndex(int position) {
        if (position < 0 || position > text.length) {
            throw new IllegalArgumentException("index " + position + " outside 0.." + text.length);
        }
        index = position;
        return current();
    }

    @Override
    public int getBeginIndex() {
        return 0;
    }

    @Override
    public int getEndIndex() {
        return text.length;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public CharArrayIterator clone() {
        CharArrayIterator copy = new CharArrayIterator(text);
        copy.index = index;
        return copy;
    }
}
