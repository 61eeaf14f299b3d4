/**
 * The facade: {@link org.secnotes.SecNotes} reads a note's sources and writes any language version
 * in any output format in one call, with the standard templates and renderers, or with the
 * parts its builder is given. Most applications need nothing else; it lives in the
 * {@code org.secnotes:secnotes-render} artifact, which brings the other stages with it.
 */
package org.secnotes;
