package id.netra.staff.io;

import java.nio.charset.Charset;
import java.nio.file.Path;

import id.netra.i18n.Messages;

/**
 * What {@link FormatDetector} found: the format, and for text files the character set, separator
 * and whether a byte-order mark leads the file.
 */
public record DetectedSource(Path file, SourceFormat format, Charset charset, char delimiter, boolean bom) {

    public static DetectedSource spreadsheet(Path file, SourceFormat format) {
        return new DetectedSource(file, format, null, '\0', false);
    }

    /** "CSV, pemisah ';', Windows-1252" and the like, for the wizard's first step. */
    public String describe() {
        if (format != SourceFormat.CSV) {
            return format.name();
        }
        String sep = delimiter == '\t' ? "Tab" : "'" + delimiter + "'";
        return Messages.tr(bom ? "staff.import.format.csvBom" : "staff.import.format.csv", sep, charset.displayName());
    }
}
