package org.secnotes.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.DateConverter;
import org.secnotes.templates.LocalizedNote.DocumentInfo;

/**
 * The metadata that makes the file archival and says what it claims: PDF/A-2a and PDF/UA-1 for
 * a tagged file, PDF/A-2u for an untagged one. The info dictionary and the XMP packet agree, as
 * PDF/A requires; the title is shown in the viewer's title bar (PDF/UA-1 7.1). Nothing here reads
 * the clock: dates and the file identifier come from the note, so the same note gives the same
 * bytes.
 *
 * <p>Stateless and thread-safe.
 */
final class ArchivalMetadata {

    static final String PRODUCER = "secnotes";
    /** The sRGB profile that ships with the JDK, read once. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** The output intent's text entries: the name of the sRGB condition. */
    private static final String SRGB_NAME = "sRGB IEC61966-2.1";

    private ArchivalMetadata() {
    }

    /** Writes the info dictionary, the XMP packet, the output intent, /Lang and the viewer preferences. */
    static void write(PDDocument document, DocumentInfo note, boolean tagged) throws IOException {
        String title = note.title();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        // What setCreationDate(Calendar) writes, without its formatter (a per-note cost in a batch).
        String issued = pdfDate(note.issued());
        info.getCOSObject().setString(COSName.CREATION_DATE, issued);
        info.getCOSObject().setString(COSName.MOD_DATE, issued);

        // Midnight UTC as Instant.toString() writes it.
        byte[] xmp = xmpPacket(title, note.language().code(), note.issued() + "T00:00:00Z", tagged);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp);
        catalog.setMetadata(metadata);

        PDOutputIntent intent = outputIntent(document);
        intent.setInfo(SRGB_NAME);
        intent.setOutputCondition(SRGB_NAME);
        intent.setOutputConditionIdentifier(SRGB_NAME);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        catalog.setLanguage(note.language().code());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        // The file identifier is derived from the document, never from the clock.
        document.setDocumentId(stableId(note));
    }

    /**
     * The date as {@code DateConverter.toString} writes a calendar set to its midnight UTC, such
     * as {@code D:20201002000000+00'00'}.
     */
    static String pdfDate(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            calendar.clear();
            calendar.set(year, date.getMonthValue() - 1, date.getDayOfMonth());
            return DateConverter.toString(calendar);
        }
        StringBuilder text = new StringBuilder(23).append("D:").append(year);
        twoDigits(text, date.getMonthValue());
        twoDigits(text, date.getDayOfMonth());
        return text.append("000000+00'00'").toString();
    }

    private static void twoDigits(StringBuilder text, int value) {
        text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /**
     * The sRGB output intent, as {@code new PDOutputIntent(document, sRGB)} makes it: that
     * constructor parses the profile and compresses it again for every document, which cost a
     * note of a batch more than the rest of its metadata. The profile stream's entries and its
     * compressed bytes are taken once from such an intent, made by PDFBox itself.
     */
    private static PDOutputIntent outputIntent(PDDocument document) throws IOException {
        COSStream profile = document.getDocument().createCOSStream();
        CompressedProfile compressed = CompressedProfile.current();
        compressed.entries.forEach(profile::setItem);
        try (OutputStream out = profile.createRawOutputStream()) {
            out.write(compressed.bytes);
        }
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        intent.setItem(COSName.S, COSName.GTS_PDFA1);
        intent.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        return new PDOutputIntent(intent);
    }

    /**
     * The sRGB profile stream of a PDFBox output intent: its entries but the length, and its
     * encoded bytes, made again if PDFBox's deflate level (a system property it reads for every
     * stream) has changed since, so that the profile is deflated as every other stream is.
     */
    private static final class CompressedProfile {
        /** PDFBox's system property for the zlib level of the streams it deflates. */
        private static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";
        private static volatile CompressedProfile last;

        private final String level;
        private final Map<COSName, COSBase> entries = new LinkedHashMap<>();
        private byte[] bytes;

        private CompressedProfile(String level) {
            this.level = level;
        }

        static CompressedProfile current() {
            String level = System.getProperty(DEFLATE_LEVEL);
            CompressedProfile profile = last;
            if (profile == null || !Objects.equals(profile.level, level)) {
                profile = make(level);
                last = profile;
            }
            return profile;
        }

        private static CompressedProfile make(String level) {
            CompressedProfile made = new CompressedProfile(level);
            try (PDDocument scratch = new PDDocument()) {
                COSStream stream = new PDOutputIntent(scratch, new ByteArrayInputStream(ArchivalMetadata.SRGB))
                        .getDestOutputIntent();
                for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
                    if (entry.getKey().equals(COSName.LENGTH)) {
                        continue;
                    }
                    // Shared by every document, so only values no document changes: names and numbers.
                    if (!(entry.getValue() instanceof COSName || entry.getValue() instanceof COSNumber)) {
                        throw new IllegalStateException("unexpected profile entry " + entry);
                    }
                    made.entries.put(entry.getKey(), entry.getValue());
                }
                try (InputStream in = stream.createRawInputStream()) {
                    made.bytes = in.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot compress the sRGB profile", e);
            }
            return made;
        }
    }

    /**
     * The XMP packet: PDF/A identification (part 2, conformance A when tagged, U otherwise), the
     * PDF/UA-1 identification when tagged, title, language, dates and producer. PDF/A admits
     * only the schemas it predefines, so the PDF/UA one is described in a
     * {@code pdfaExtension:schemas} entry, which XMPBox's strict parser and veraPDF both need.
     * It is a fixed template rather than XMPBox's serializer because that serializer starts the
     * JDK's XSLT machinery, which cost 170 ms of a cold start to write these few lines; the tests
     * read the packet back with XMPBox and veraPDF checks it.
     */
    static byte[] xmpPacket(String title, String language, String date, boolean tagged) {
        StringBuilder packet = new StringBuilder(2048);
        packet.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>").append(tagged ? 'A' : 'U')
                .append("</pdfaid:conformance>\n</rdf:Description>\n");
        if (tagged) {
            packet.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                    .append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n")
                    .append("<rdf:Description rdf:about=\"\"")
                    .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                    .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                    .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                    .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                    .append("<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\n")
                    .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                    .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                    .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                    .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                    .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                    .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                    .append("<pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>\n")
                    .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                    .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n");
        }
        packet.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(xml(title))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("<dc:language><rdf:Bag><rdf:li>").append(xml(language))
                .append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n<xmp:ModifyDate>").append(date)
                .append("</xmp:ModifyDate>\n</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>").append(PRODUCER).append("</pdf:Producer>\n</rdf:Description>\n")
                .append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return packet.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                default:
                    // XML 1.0 has no place for most control characters.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    private static long stableId(DocumentInfo note) {
        byte[] key = (note.name() + "|" + note.language().code() + "|" + note.issued())
                .getBytes(StandardCharsets.UTF_8);
        long hash = 1125899906842597L;
        for (byte b : key) {
            hash = 31 * hash + b;
        }
        return hash;
    }
}
