/**
 * Reads note sources, Markdown files with a YAML front matter, one per language version, into the
 * model of {@link org.secnotes.core}.
 *
 * <p>{@link org.secnotes.core.source.NoteReader} is the entry point. A source that cannot be read
 * is refused with a {@link org.secnotes.core.source.SourceException} whose message names the file,
 * the line and the field and says what was expected; nothing partial is returned.
 */
package org.secnotes.core.source;
