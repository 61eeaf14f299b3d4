/**
 * The last stage of the pipeline, which turns a {@link org.secnotes.templates.LocalizedNote} into
 * bytes: the {@link org.secnotes.render.NoteRenderer} extension point (one implementation per
 * {@link org.secnotes.render.OutputFormat}), how document symbols become links
 * ({@link org.secnotes.render.SymbolResolver}), the exception a renderer throws for a note it
 * cannot draw, and the writing of output files whole or not at all. The implementations live in
 * {@link org.secnotes.render.markdown} and {@link org.secnotes.render.pdf}.
 */
package org.secnotes.render;
