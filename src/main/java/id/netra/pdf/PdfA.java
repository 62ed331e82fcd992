package id.netra.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a document claim PDF/A-2b (archival, visual appearance preserved): the report to the Sekda is
 * kept for years. The claim holds only if every font is embedded (always true with {@link PdfFonts})
 * and no transparency or encryption is used; call {@link #conform} before saving.
 */
public final class PdfA {

    public static final String PRODUCER = "Netra";

    private PdfA() {
    }

    /**
     * Writes matching Info dictionary and XMP metadata (title, creator, dates, PDF/A part 2 conformance B)
     * and an sRGB output intent. The same {@code when} goes into both, as validators compare them.
     */
    public static void conform(PDDocument document, String title, String author, Calendar when) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(when);
        info.setModificationDate(when);
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addCreator(author);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(PRODUCER);
            basic.setCreateDate(when);
            basic.setModifyDate(when);
            xmp.createAndAddAdobePDFSchema().setProducer(PRODUCER);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDMetadata metadata = new PDMetadata(document, new ByteArrayInputStream(out.toByteArray()));
            catalog.setMetadata(metadata);

            ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb.getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.getOutputIntents().clear();
            catalog.addOutputIntent(intent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("cannot write PDF/A metadata", e);
        }
    }
}
