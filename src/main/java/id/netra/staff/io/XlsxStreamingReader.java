package id.netra.staff.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an .xlsx by streaming its XML with SAX ({@link SheetXmlHandler}):
 * the workbook is never built in memory, so 20,000 rows by 66 columns stay within a small heap.
 * Formula cells give their cached results; merged ranges are reported so their value can be spread.
 */
final class XlsxStreamingReader implements SheetReader {

    @Override
    public List<RawRow> read(DetectedSource source, ReadListener listener) throws ImportProblem {
        String name = source.file().getFileName().toString();
        List<RawRow> rows = new ArrayList<>();
        List<CellRangeAddress> merged = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(source.file().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings;
            var sstParts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (sstParts.isEmpty()) {
                strings = List.of();
            } else {
                try (InputStream in = sstParts.get(0).getInputStream()) {
                    strings = SharedStringsReader.read(in);
                }
            }
            StylesTable styles = reader.getStylesTable();
            boolean use1904 = uses1904(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportProblem("staff.import.error.noSheet", name);
            }
            try (InputStream sheet = sheets.next()) {
                SheetXmlHandler handler = new SheetXmlHandler(strings, styles, use1904, listener);
                XMLReader parser = SheetXml.newReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
                rows.addAll(handler.rows());
                merged.addAll(handler.merged());
            }
        } catch (ImportProblem | ImportCancelledException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new ImportProblem(e, "staff.import.error.password", name);
        } catch (NotOfficeXmlFileException e) {
            throw new ImportProblem(e, "staff.import.error.brokenXlsx", name);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException e) {
            if (e.getCause() instanceof ImportCancelledException cancelled) {
                throw cancelled;
            }
            String detail = String.valueOf(e.getMessage());
            if (detail.contains("Zip bomb")) {
                throw new ImportProblem(e, "staff.import.error.zipBomb", name);
            }
            throw new ImportProblem(e, "staff.import.error.brokenXlsx", name);
        }
        return MergedCells.spread(rows, merged);
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel): read from workbook.xml. */
    private static boolean uses1904(XSSFReader reader) {
        try (InputStream wb = reader.getWorkbookData()) {
            String head = new String(wb.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            return head.matches("(?s).*<(\\w+:)?workbookPr[^>]*date1904=\"(1|true)\".*");
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            return false;
        }
    }
}
