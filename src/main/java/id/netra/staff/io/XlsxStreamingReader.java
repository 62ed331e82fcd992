package id.netra.staff.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads the first worksheet of an .xlsx with POI's SAX (event) API: rows stream past as text and the
 * workbook is never built in memory, so 20,000 rows by 66 columns stay within a small heap. Formula
 * cells give their cached results; merged ranges are reported so their value can be spread.
 */
final class XlsxStreamingReader implements SheetReader {

    @Override
    public List<RawRow> read(DetectedSource source, ReadListener listener) throws ImportProblem {
        String name = source.file().getFileName().toString();
        List<RawRow> rows = new ArrayList<>();
        List<CellRangeAddress> merged = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(source.file().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportProblem("staff.import.error.noSheet", name);
            }
            try (InputStream sheet = sheets.next()) {
                Collector collector = new Collector(rows, listener);
                XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(styles, null, strings, collector,
                        new IsoDateFormatter(), false);
                XMLReader parser = XMLHelper.newXMLReader();
                MergeCatcher filter = new MergeCatcher(parser, merged);
                filter.setContentHandler(handler);
                filter.parse(new InputSource(sheet));
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

    /** Collects cells into rows; the handler calls it in document order. */
    private static final class Collector implements SheetContentsHandler {
        private final List<RawRow> rows;
        private final ReadListener listener;
        private List<String> current;
        private int rowNumber;

        Collector(List<RawRow> rows, ReadListener listener) {
            this.rows = rows;
            this.listener = listener;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            // width 0: a sheet row has no separators to lose, trailing empty cells are simply absent
            rows.add(new RawRow(rowNumber, current, 0));
            if ((rows.size() & 1023) == 0) {
                listener.checkCancelled();
                listener.progress(rows.size(), -1);
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, org.apache.poi.xssf.usermodel.XSSFComment c) {
            int col = cellReference == null ? current.size() : new CellAddress(cellReference).getColumn();
            while (current.size() < col) {
                current.add("");
            }
            current.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Notes every {@code <mergeCell ref="A1:H1"/>} while passing the rest to POI's handler. */
    private static final class MergeCatcher extends XMLFilterImpl {
        private final List<CellRangeAddress> merged;

        MergeCatcher(XMLReader parent, List<CellRangeAddress> merged) {
            super(parent);
            this.merged = merged;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("mergeCell".equals(localName)) {
                String ref = atts.getValue("ref");
                if (ref != null) {
                    merged.add(CellRangeAddress.valueOf(ref));
                }
            }
            super.startElement(uri, localName, qName, atts);
        }
    }

    /** Dates as ISO text and long numbers flagged (see {@link CellText}), whatever the cell's display format. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return CellText.date(value, use1904);
            }
            if ("@".equals(formatString)) {
                return CellText.number(value);
            }
            if (value == Math.rint(value) || Math.abs(value) >= 1e15) {
                return CellText.number(value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
