/**
 * The PDF renderer: a localized note laid out by {@link org.secnotes.render.layout} and painted
 * with Apache PDFBox as an archival, accessible file, fonts embedded and subset: tagged in the
 * note's logical order and claiming PDF/UA-1 and PDF/A-2a ({@code StructureTagger}), or untagged
 * PDF/A-2u on request.
 *
 * <p>{@link org.secnotes.render.pdf.PdfRenderer} is the entry point.
 */
package org.secnotes.render.pdf;
