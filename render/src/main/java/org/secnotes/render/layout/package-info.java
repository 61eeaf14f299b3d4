/**
 * The layout stage: a localized note laid out on UN pages before any output format exists, as a
 * {@link org.secnotes.render.layout.DocumentLayout} of pages, lines, pieces, rules and boxes that
 * a painter turns into bytes and that tests can inspect.
 *
 * <p>{@link org.secnotes.render.layout.NoteLayouter} is the entry point; every measure of the page
 * is named in {@link org.secnotes.render.layout.PageStyle}, and the shaping of text for its script
 * sits behind {@link org.secnotes.render.layout.TextShaper}.
 */
package org.secnotes.render.layout;
