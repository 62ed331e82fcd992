package id.netra.staff.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The workbook's shared strings as plain Java strings (rich-text runs joined, phonetic runs dropped). */
final class SharedStringsReader extends DefaultHandler {

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringPool pool = new StringPool();
    private boolean inText;
    private boolean inPhonetic;

    static List<String> read(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        SharedStringsReader handler = new SharedStringsReader();
        if (in != null) {
            XMLReader parser = SheetXml.newReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(in));
        }
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = !inPhonetic;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> strings.add(pool.share(text.toString()));
            case "rPh" -> inPhonetic = false;
            case "t" -> inText = false;
            default -> {
            }
        }
    }
}
