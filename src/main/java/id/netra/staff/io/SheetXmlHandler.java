package id.netra.staff.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A lean SAX handler for one worksheet's XML. POI's own {@code XSSFSheetXMLHandler} builds an
 * XMLBeans rich-text object for every text cell, which made 20,000 rows take seconds; this one keeps
 * plain strings: shared-string index, inline string, number (dates as ISO via the cell's number
 * format), boolean, or a formula's cached result. Merged ranges are collected on the way.
 */
final class SheetXmlHandler extends DefaultHandler {

    private final List<String> sharedStrings;
    private final StylesTable styles;
    private final boolean use1904;
    private final ReadListener listener;
    private final List<RawRow> rows = new ArrayList<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final StringPool pool = new StringPool();
    private final StringBuilder text = new StringBuilder();

    private List<String> current;
    private int rowNumber;
    private int nextRowNumber = 1;
    private String cellType;
    private int cellStyle;
    private int cellColumn;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private String value;

    SheetXmlHandler(List<String> sharedStrings, StylesTable styles, boolean use1904, ReadListener listener) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.use1904 = use1904;
        this.listener = listener;
    }

    List<RawRow> rows() {
        return rows;
    }

    List<CellRangeAddress> merged() {
        return merged;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> {
                String r = atts.getValue("r");
                rowNumber = r == null ? nextRowNumber : Integer.parseInt(r);
                current = new ArrayList<>();
            }
            case "c" -> {
                cellType = atts.getValue("t");
                String s = atts.getValue("s");
                cellStyle = s == null ? 0 : Integer.parseInt(s);
                String ref = atts.getValue("r");
                cellColumn = ref == null ? current.size() : columnOf(ref);
                value = null;
            }
            case "v" -> {
                inValue = true;
                text.setLength(0);
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                if ("inlineStr".equals(cellType) && !inPhonetic) {
                    inInlineText = true;
                    if (value == null) {
                        text.setLength(0);
                    }
                }
            }
            case "mergeCell" -> {
                String ref = atts.getValue("ref");
                if (ref != null) {
                    merged.add(CellRangeAddress.valueOf(ref));
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> {
                inValue = false;
                value = text.toString();
            }
            case "t" -> {
                if (inInlineText) {
                    inInlineText = false;
                    value = text.toString();
                }
            }
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                while (current.size() < cellColumn) {
                    current.add("");
                }
                current.add(pool.share(cellText()));
            }
            case "row" -> {
                // width 0: a sheet row has no separators to lose, trailing empty cells are simply absent
                rows.add(new RawRow(rowNumber, current, 0));
                nextRowNumber = rowNumber + 1;
                if ((rows.size() & 1023) == 0) {
                    listener.checkCancelled();
                    listener.progress(rows.size(), -1);
                }
            }
            default -> {
            }
        }
    }

    private String cellText() {
        if (value == null) {
            return "";
        }
        if (cellType == null || "n".equals(cellType)) {
            if (value.isEmpty()) {
                return "";
            }
            double d;
            try {
                d = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return value;
            }
            return isDateStyle(cellStyle) && DateUtil.isValidExcelDate(d) ? CellText.date(d, use1904) : CellText.number(d);
        }
        switch (cellType) {
            case "s":
                try {
                    int index = Integer.parseInt(value.trim());
                    return index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : "";
                } catch (NumberFormatException e) {
                    return "";
                }
            case "b":
                return "1".equals(value) ? "TRUE" : "FALSE";
            case "e":
                // an Excel error (#REF!, #N/A): no usable value
                return "";
            default:
                // "str" (formula text result), "inlineStr"
                return value;
        }
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle style = styles.getStyleAt(i);
            String format = style.getDataFormatString();
            return format != null && DateUtil.isADateFormat(style.getDataFormat(), format);
        });
    }

    /** Zero-based column of a cell reference such as "AB12" (the letters before the row number). */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                column = column * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                column = column * 26 + (ch - 'a' + 1);
            } else if (ch != '$') {
                break;
            }
        }
        return column - 1;
    }
}
