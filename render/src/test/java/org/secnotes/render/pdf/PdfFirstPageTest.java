package org.secnotes.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code39Reader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** The foot and masthead of page 1 as a reader or a scanner sees them. */
class PdfFirstPageTest {

    private static BufferedImage page1(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, 200);
        }
    }

    private static BinaryBitmap bitmap(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    }

    @Test
    void theBarcodeScansAsTheJobDigits() throws Exception {
        BufferedImage page = page1(Fixtures.pdf(Fixtures.example("es")));
        // The foot of the page, where the job line and its barcode are.
        BufferedImage foot = page.getSubimage(0, page.getHeight() * 5 / 6, page.getWidth() / 2, page.getHeight() / 6);
        Result result = new Code39Reader().decode(bitmap(foot));
        assertEquals("1804130", result.getText());
    }

    @Test
    void theOptionalQrCodeOpensTheDocument() throws Exception {
        PdfRenderer withQr = PdfRenderer.builder().qrCode(true).build();
        BufferedImage page = page1(Fixtures.pdf(withQr, Fixtures.example("en")));
        BufferedImage corner = page.getSubimage(page.getWidth() * 2 / 3, page.getHeight() * 4 / 5,
                page.getWidth() / 3, page.getHeight() / 5);
        assertEquals("https://undocs.org/CTOC/COP/2018/10", new QRCodeReader().decode(bitmap(corner)).getText());
    }

    @Test
    void noEmblemUnlessTheUserSuppliesOne() throws Exception {
        assertEquals(List.of(), images(Fixtures.pdf(Fixtures.example("en"))), "no emblem by default");

        BufferedImage square = new BufferedImage(56, 47, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(square, "png", png);
        PdfRenderer withEmblem = PdfRenderer.builder().emblem(png.toByteArray()).build();
        List<String> images = images(Fixtures.pdf(withEmblem, Fixtures.example("en")));
        assertEquals(1, images.size(), "the supplied image is placed once, on page 1");
        assertTrue(images.get(0).startsWith("page 1"), images.toString());
    }

    private static List<String> images(byte[] pdf) throws Exception {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        found.add("page " + number + ": " + name.getName());
                    }
                }
            }
        }
        return found;
    }
}
