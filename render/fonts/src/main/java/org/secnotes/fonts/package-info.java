/**
 * The fonts of the {@code org.secnotes:secnotes-fonts} artifact, for the scripts that Liberation
 * Serif cannot draw (Arabic and Chinese), and {@link org.secnotes.fonts.BundledFont}, which finds
 * them by script and weight. The fonts are under the SIL Open Font License 1.1, each with its
 * licence text beside it; the Java code is under the Apache License 2.0, like the rest of secnotes.
 */
package org.secnotes.fonts;
