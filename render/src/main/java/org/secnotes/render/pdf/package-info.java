/**
 * The PDF renderer: a localized note laid out by {@link org.secnotes.render.layout} and painted
 * with Apache PDFBox as an archival PDF/A-2u file, fonts embedded and subset.
 *
 * <p>{@link org.secnotes.render.pdf.PdfRenderer} is the entry point.
 */
package org.secnotes.render.pdf;
