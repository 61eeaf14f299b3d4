/**
 * The model of a United Nations Secretariat note, the first product of the pipeline
 * <em>source → model → localized note → layout → bytes</em>.
 *
 * <p>A {@link org.secnotes.core.Note} holds what every language version shares once
 * ({@link org.secnotes.core.NoteMetadata}: symbols, distribution, dates, session, agenda, job
 * number) and the text of each language version ({@link org.secnotes.core.NoteVersion} with its
 * {@link org.secnotes.core.Body} of {@link org.secnotes.core.Block}s and
 * {@link org.secnotes.core.Inline} runs). The model knows no locale data and no output format:
 * the words a UN document prints around it ("Distr.: General", "Ninth session") are written by
 * the templates stage, and its look by the renderers.
 *
 * <p>Every type here is an immutable value (a record, an enum or a sealed interface of records)
 * and thread-safe; constructors check their arguments and say what was expected.
 */
package org.secnotes.core;
