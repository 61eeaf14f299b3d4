/**
 * The {@code secnotes} command line, built on picocli and shipped as {@code secnotes.jar}: it
 * reads notes from files and folders and writes every language version in every format asked for.
 */
package org.secnotes.examples.cli;
