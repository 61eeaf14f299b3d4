/**
 * The batch: every note found in files and folders rendered into one folder, with memory flat
 * however many sources there are, no source ever replaced, no temporary or partial file left, and
 * one bad source never stopping the rest. {@link org.secnotes.batch.Batch} runs it;
 * {@link org.secnotes.batch.SourceFinder} says which files are sources.
 */
package org.secnotes.batch;
