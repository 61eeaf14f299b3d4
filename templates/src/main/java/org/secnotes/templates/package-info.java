/**
 * The templates stage: turns a language-neutral {@link org.secnotes.core.Note} into the
 * {@link org.secnotes.templates.LocalizedNote} of one language, with every piece of UN boilerplate
 * written out, ready for a renderer.
 *
 * <p>{@link org.secnotes.templates.NoteLocalizer} is the extension point and
 * {@link org.secnotes.templates.NoteTemplates} the standard implementation. The phrases of each
 * language live in one template file of ICU MessageFormat patterns
 * ({@code org/secnotes/templates/lang/<lang>.properties}); organs and venues are data files, so a
 * new language or a changed phrase needs no Java change.
 */
package org.secnotes.templates;
