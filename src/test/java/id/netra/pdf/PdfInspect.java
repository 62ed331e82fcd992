package id.netra.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reading PDFs back in tests: text per page, fonts (also inside forms), QR codes. */
public final class PdfInspect {

    private PdfInspect() {
    }

    public static String pageText(PDDocument doc, int pageNumber) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        return stripper.getText(doc);
    }

    /** Every font reachable from every page, including fonts inside form XObjects. */
    public static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            collect(page.getResources(), fonts, 0);
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<PDFont> out, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            out.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), out, depth + 1);
            }
        }
    }

    public static BufferedImage render(PDDocument doc, int pageIndex, float dpi) throws IOException {
        return new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
    }

    /** Decodes the one QR code on a rendered page, or null when none is found. */
    public static String decodeQr(BufferedImage image) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), hints).getText();
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            return null;
        }
    }

    public static BufferedImage crop(BufferedImage image, double fromX, double fromY, double width, double height) {
        int x = (int) (image.getWidth() * fromX);
        int y = (int) (image.getHeight() * fromY);
        int w = Math.min(image.getWidth() - x, (int) (image.getWidth() * width));
        int h = Math.min(image.getHeight() - y, (int) (image.getHeight() * height));
        return image.getSubimage(x, y, w, h);
    }
}
