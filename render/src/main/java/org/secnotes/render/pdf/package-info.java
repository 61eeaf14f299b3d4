/**
 * The PDF renderer: a localized note laid out on the real UN page and painted with Apache PDFBox
 * as an archival PDF/A-2u file, fonts embedded and subset.
 *
 * <p>{@link org.secnotes.render.pdf.PdfRenderer} is the entry point. The layout is a value of its
 * own, made before any PDF exists, so that it can be inspected and tested; every measure of the
 * page is named in one place.
 */
package org.secnotes.render.pdf;
