package org.secnotes.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.secnotes.core.Footnote;
import org.secnotes.core.Inline;
import org.secnotes.templates.HeaderGroup;
import org.secnotes.templates.LocalizedBlock;
import org.secnotes.templates.LocalizedNote;

/**
 * The baseline: the same note set by Apache FOP from XSL-FO, with the same Liberation Serif
 * fonts embedded as subsets, the same A4 page, column, sizes, justification and footnotes. The
 * factory is built once, as a fair user of FOP would.
 *
 * <p>Thread-safe after construction: FOP's factory may be shared; each render makes its own Fop.
 */
final class FopBaseline {

    /** Held here because the logging framework keeps only weak references to configured loggers. */
    private static final java.util.logging.Logger FOP_LOG = java.util.logging.Logger.getLogger("org.apache.fop");

    private final FopFactory factory;

    FopBaseline() throws Exception {
        // FOP reports every page it renders at INFO; that noise would drown JMH's output.
        FOP_LOG.setLevel(java.util.logging.Level.WARNING);
        Path fonts = Files.createTempDirectory("secnotes-bench-fonts");
        StringBuilder config = new StringBuilder(
                "<fop version=\"1.0\"><renderers><renderer mime=\"application/pdf\"><fonts>");
        String[][] faces = {{"Regular", "normal", "normal"}, {"Bold", "normal", "bold"},
            {"Italic", "italic", "normal"}, {"BoldItalic", "italic", "bold"}};
        for (String[] face : faces) {
            Path file = fonts.resolve("LiberationSerif-" + face[0] + ".ttf");
            try (InputStream in = FopBaseline.class.getResourceAsStream("/liberation/LiberationSerif-" + face[0] + ".ttf")) {
                Files.copy(in, file);
            }
            config.append("<font embed-url=\"").append(file.toUri()).append("\" embedding-mode=\"subset\">")
                    .append("<font-triplet name=\"Liberation Serif\" style=\"").append(face[1])
                    .append("\" weight=\"").append(face[2]).append("\"/></font>");
        }
        config.append("</fonts></renderer></renderers></fop>");
        this.factory = new FopConfParser(new ByteArrayInputStream(config.toString().getBytes(StandardCharsets.UTF_8)),
                fonts.toUri()).getFopFactoryBuilder().build();
    }

    void render(String fo, OutputStream out) throws Exception {
        Fop fop = factory.newFop(MimeConstants.MIME_PDF, out);
        Transformer identity = TransformerFactory.newInstance().newTransformer();
        identity.transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
    }

    /** The note as XSL-FO: the same geometry as secnotes' PageStyle on A4. */
    static String toFo(LocalizedNote note) {
        StringBuilder fo = new StringBuilder(64 * 1024);
        fo.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
          .append("<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\" font-family=\"Liberation Serif\" font-size=\"10pt\" line-height=\"12pt\">")
          .append("<fo:layout-master-set><fo:simple-page-master master-name=\"p\" page-width=\"595pt\" page-height=\"842pt\"")
          .append(" margin-top=\"40pt\" margin-bottom=\"40pt\" margin-left=\"60pt\" margin-right=\"60pt\">")
          .append("<fo:region-body margin-top=\"38pt\" margin-bottom=\"50pt\"/>")
          .append("<fo:region-before extent=\"30pt\"/><fo:region-after extent=\"30pt\"/>")
          .append("</fo:simple-page-master></fo:layout-master-set>")
          .append("<fo:page-sequence master-reference=\"p\">")
          .append("<fo:static-content flow-name=\"xsl-region-before\"><fo:block font-size=\"8.5pt\" font-weight=\"bold\" border-bottom=\"0.25pt solid black\">")
          .append(xml(note.masthead().symbolLine())).append("</fo:block></fo:static-content>")
          .append("<fo:static-content flow-name=\"xsl-region-after\"><fo:block font-size=\"8.5pt\" font-weight=\"bold\"><fo:page-number/></fo:block></fo:static-content>")
          .append("<fo:static-content flow-name=\"xsl-footnote-separator\"><fo:block><fo:leader leader-length=\"122pt\" leader-pattern=\"rule\" rule-thickness=\"0.5pt\"/></fo:block></fo:static-content>")
          .append("<fo:flow flow-name=\"xsl-region-body\">");
        // The header in the order the templates give it, each group set as the renderer sets it.
        for (HeaderGroup group : note.header()) {
            if (group instanceof HeaderGroup.Masthead masthead) {
                fo.append("<fo:block font-size=\"14pt\" margin-left=\"63.4pt\">").append(xml(masthead.unitedNations())).append("</fo:block>");
                fo.append("<fo:block font-size=\"10pt\" text-align=\"end\">").append(xml(masthead.symbolLine())).append("</fo:block>");
                fo.append("<fo:block-container width=\"270pt\" margin-left=\"63.4pt\"><fo:block font-size=\"20pt\" line-height=\"23pt\" font-weight=\"bold\">");
                masthead.organ().forEach(line -> fo.append(xml(line)).append(' '));
                fo.append("</fo:block></fo:block-container>");
            } else if (group instanceof HeaderGroup.IssueBlock issue) {
                for (String line : issue.lines()) {
                    fo.append("<fo:block margin-left=\"337pt\">").append(xml(line)).append("</fo:block>");
                }
                fo.append("<fo:block border-bottom=\"1.44pt solid black\" space-after=\"12pt\"/>");
            } else if (group instanceof HeaderGroup.SessionBlock session) {
                fo.append("<fo:block font-weight=\"bold\">").append(xml(session.sessionLine())).append("</fo:block>");
                fo.append("<fo:block>").append(xml(session.venueLine())).append("</fo:block>");
                fo.append("<fo:block space-before=\"6pt\">").append(xml(session.agendaLine()));
                if (note.body().agendaFootnote() != null) {
                    fo.append("<fo:footnote><fo:inline/><fo:footnote-body><fo:block font-size=\"9pt\" line-height=\"10.5pt\">* ")
                      .append(xml(Inline.plainText(note.body().agendaFootnote().text()))).append("</fo:block></fo:footnote-body></fo:footnote>");
                }
                fo.append("</fo:block>");
                fo.append("<fo:block-container width=\"230pt\"><fo:block font-weight=\"bold\" space-before=\"6pt\">")
                  .append(xml(session.agendaTitle())).append("</fo:block></fo:block-container>");
            } else if (group instanceof HeaderGroup.TitleBlock title) {
                fo.append("<fo:block margin-left=\"63.4pt\" margin-right=\"61.6pt\" font-size=\"14pt\" line-height=\"15pt\" font-weight=\"bold\" space-before=\"30pt\">")
                  .append(xml(title.title())).append("</fo:block>");
                fo.append("<fo:block margin-left=\"63.4pt\" font-size=\"12pt\" font-weight=\"bold\" space-before=\"18pt\" space-after=\"12pt\">")
                  .append(xml(title.kind())).append("</fo:block>");
            }
        }
        for (LocalizedBlock block : note.body().blocks()) {
            switch (block.role()) {
                case HEADING:
                    fo.append("<fo:block margin-left=\"63.4pt\" margin-right=\"61.6pt\" font-weight=\"bold\" font-size=\"")
                      .append(block.level() == 1 ? 14 : 12).append("pt\" space-before=\"12pt\" keep-with-next=\"always\">")
                      .append(xml(block.label())).append(' ').append(inlines(note, block.text())).append("</fo:block>");
                    break;
                case SUB_ITEM:
                    fo.append("<fo:block margin-left=\"").append(63.4 + 23.6 * block.level())
                      .append("pt\" margin-right=\"61.6pt\" text-align=\"justify\" space-before=\"3pt\" orphans=\"2\" widows=\"2\">")
                      .append(xml(block.label())).append(' ').append(inlines(note, block.text())).append("</fo:block>");
                    break;
                default:
                    fo.append("<fo:block margin-left=\"63.4pt\" margin-right=\"61.6pt\" text-align=\"justify\" space-before=\"6pt\" orphans=\"2\" widows=\"2\">");
                    if (!block.label().isEmpty()) {
                        fo.append("<fo:inline padding-right=\"14pt\">").append(xml(block.label())).append("</fo:inline>");
                    }
                    fo.append(inlines(note, block.text())).append("</fo:block>");
            }
        }
        fo.append("</fo:flow></fo:page-sequence></fo:root>");
        return fo.toString();
    }

    private static String inlines(LocalizedNote note, java.util.List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.FootnoteReference) {
                int number = ((Inline.FootnoteReference) inline).number();
                Footnote footnote = note.body().footnotes().get(number - 1);
                out.append("<fo:footnote><fo:inline baseline-shift=\"super\" font-size=\"6.5pt\">").append(number)
                   .append("</fo:inline><fo:footnote-body><fo:block font-size=\"9pt\" line-height=\"10.5pt\">")
                   .append(number).append(' ').append(xml(Inline.plainText(footnote.text())))
                   .append("</fo:block></fo:footnote-body></fo:footnote>");
            } else if (inline instanceof Inline.Emphasis) {
                out.append("<fo:inline font-style=\"italic\">").append(inlines(note, ((Inline.Emphasis) inline).children())).append("</fo:inline>");
            } else if (inline instanceof Inline.Strong) {
                out.append("<fo:inline font-weight=\"bold\">").append(inlines(note, ((Inline.Strong) inline).children())).append("</fo:inline>");
            } else if (inline instanceof Inline.DocumentReference) {
                Inline.DocumentReference reference = (Inline.DocumentReference) inline;
                out.append("<fo:basic-link external-destination=\"url(https://undocs.org/").append(note.language().code())
                   .append('/').append(xml(reference.target().value())).append(")\">").append(xml(reference.text())).append("</fo:basic-link>");
            } else {
                out.append(xml(Inline.plainText(java.util.List.of(inline))));
            }
        }
        return out.toString();
    }

    private static String xml(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
