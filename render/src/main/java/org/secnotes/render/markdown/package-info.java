/**
 * The Markdown renderer: a localized note as CommonMark shaped like the UN's own Markdown
 * editions, with its boilerplate, numbered paragraphs, footnotes and links.
 */
package org.secnotes.render.markdown;
