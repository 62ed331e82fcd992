package id.netra.safety.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.netra.i18n.Messages;
import id.netra.safety.domain.AuditEntry;

/** The viewer's rows to CSV (UTF-8 with BOM, so Excel shows the accents) or XLSX. */
public final class AuditExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] HEADER_KEYS = {"safety.audit.col.seq", "safety.audit.col.at", "safety.audit.col.actor",
        "safety.audit.col.action", "safety.audit.col.entity", "safety.audit.col.entityId", "safety.audit.col.before",
        "safety.audit.col.after", "safety.audit.col.outside", "safety.audit.col.hash"};

    private AuditExport() {
    }

    public static void csv(List<AuditEntry> entries, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                p.printRecord((Object[]) headers());
                for (AuditEntry e : entries) {
                    p.printRecord((Object[]) cells(e));
                }
            }
        }
    }

    public static void xlsx(List<AuditEntry> entries, Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(Messages.tr("safety.audit.sheet"));
            write(sheet.createRow(0), headers());
            int r = 1;
            for (AuditEntry e : entries) {
                write(sheet.createRow(r++), cells(e));
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static void write(Row row, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            // Excel's cell limit is 32,767 characters; long images are cut, the CSV keeps them whole
            String v = cells[i] == null ? "" : cells[i];
            row.createCell(i).setCellValue(v.length() > 32_000 ? v.substring(0, 32_000) + "..." : v);
        }
    }

    private static String[] headers() {
        String[] h = new String[HEADER_KEYS.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = Messages.tr(HEADER_KEYS[i]);
        }
        return h;
    }

    private static String[] cells(AuditEntry e) {
        return new String[] {String.valueOf(e.seq()), TIME.format(e.at()), e.actor(),
            Messages.tr("safety.audit.action." + e.action().name()), e.entity(), e.entityId(), e.beforeImage(),
            e.afterImage(), e.outsideApp() ? Messages.tr("common.yes") : Messages.tr("common.no"), e.entryHash()};
    }
}
