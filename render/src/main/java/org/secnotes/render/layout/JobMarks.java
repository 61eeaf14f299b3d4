package org.secnotes.render.layout;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.oned.Code39Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.secnotes.render.RenderException;
import org.secnotes.render.layout.DocumentLayout.Box;
import org.secnotes.render.layout.DocumentLayout.Mark;
import org.secnotes.render.layout.DocumentLayout.Part;
import org.secnotes.render.layout.DocumentLayout.Role;
import org.secnotes.templates.LocalizedNote;

/**
 * The marks of page 1: the job line with its Code 39 barcode at the foot, the optional QR code
 * that opens the document online, and the slot of a supplied emblem.
 *
 * <p>Not thread-safe: it sets text with the layout's typesetter.
 */
final class JobMarks {

    /** Where the QR code points: the document's permanent address. */
    private static final String UNDOCS = "https://undocs.org/";

    private final PageStyle style;
    private final Typesetter setter;

    JobMarks(PageStyle style, Typesetter setter) {
        this.style = style;
        this.setter = setter;
    }

    /** Adds page 1's marks. */
    void set(LocalizedNote note, PageContent page, boolean qrCode, boolean emblem) {
        PageStyle.JobMarks job = style.job();
        float left = style.frame().left();
        LocalizedNote.PageFurniture furniture = note.furniture();
        if (furniture.jobLine() != null) {
            page.lines.add(setter.text(furniture.jobLine(), FontFace.REGULAR, job.size(), left, job.baseline(),
                    Part.of(Role.JOB_LINE, "job-line", 0), "the header"));
            boolean[] bars = new Code39Writer().encode(furniture.job().digits());
            float top = job.baseline() + job.barcodeGap();
            float module = job.barcodeModule();
            List<Box> boxes = new ArrayList<>();
            for (int i = 0; i < bars.length; ) {
                if (!bars[i]) {
                    i++;
                    continue;
                }
                int run = i;
                while (run < bars.length && bars[run]) {
                    run++;
                }
                boxes.add(new Box(left + i * module, top, (run - i) * module, job.barcodeHeight()));
                i = run;
            }
            page.marks.add(new Mark(Role.BARCODE, new PageStyle.Slot(left, top, bars.length * module, job.barcodeHeight()),
                    boxes, null));
            String human = "*" + furniture.job().digits() + "*";
            page.lines.add(setter.text(human, FontFace.REGULAR, job.humanSize(), left + (bars.length * module
                    - setter.width(human, FontFace.REGULAR, job.humanSize(), "the barcode")) / 2,
                    top + job.barcodeHeight() + job.humanGap(), Part.of(Role.BARCODE, "barcode", 0), "the header"));
        }
        if (qrCode) {
            page.marks.add(qrCode(UNDOCS + note.primarySymbol().value(), furniture.qrCodeAlt()));
        }
        if (emblem) {
            page.marks.add(new Mark(Role.EMBLEM, style.masthead().emblem(), List.of(), furniture.emblemAlt()));
        }
    }

    private Mark qrCode(String address, String altText) {
        PageStyle.JobMarks job = style.job();
        try {
            ByteMatrix matrix = Encoder.encode(address, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
            float cell = job.qrSize() / matrix.getWidth();
            float left = style.frame().right() - job.qrSize();
            float top = style.paper().height() - job.qrBottom() - job.qrSize();
            List<Box> boxes = new ArrayList<>();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y) == 1) {
                        boxes.add(new Box(left + x * cell, top + y * cell, cell, cell));
                    }
                }
            }
            return new Mark(Role.QR_CODE, new PageStyle.Slot(left, top, job.qrSize(), job.qrSize()), boxes, altText);
        } catch (WriterException e) {
            throw new RenderException("cannot encode " + address + " as a QR code", e);
        }
    }
}
