/**
 * How an application embeds secnotes, as a small program to read and run
 * ({@link org.secnotes.examples.EmbedExample}).
 */
package org.secnotes.examples;
