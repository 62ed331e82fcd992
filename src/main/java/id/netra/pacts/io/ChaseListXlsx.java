package id.netra.pacts.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.netra.pacts.domain.PactRow;
import id.netra.pacts.domain.PactStatus;

/**
 * The chase list as a spreadsheet for the sub-unit heads. NIPs are written as text: Excel would turn
 * an 18-digit number into 1.98E+17 and lose digits.
 */
public final class ChaseListXlsx {

    private ChaseListXlsx() {
    }

    public static void write(List<PactRow> rows, String sheetTitle, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Belum tanda tangan");
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(sheetTitle);
            title.getCell(0).setCellStyle(bold);
            String[] headers = {"No", "Unit Kerja", "Nama", "NIP / NI PPPK", "Jabatan", "Kepala Unit", "Keterangan"};
            Row h = sheet.createRow(2);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
                h.getCell(i).setCellStyle(bold);
            }
            int n = 3;
            for (PactRow r : rows) {
                Row row = sheet.createRow(n);
                row.createCell(0).setCellValue(n - 2);
                row.createCell(1).setCellValue(r.subUnitName());
                row.createCell(2).setCellValue(r.fullName());
                row.createCell(3).setCellValue(r.printedNumber());
                row.getCell(3).setCellStyle(text);
                row.createCell(4).setCellValue(r.position() == null ? "" : r.position());
                row.createCell(5).setCellValue(r.subUnitHead() ? "Ya" : "");
                row.createCell(6).setCellValue(statusText(r.status()));
                n++;
            }
            int[] widths = {6, 36, 40, 26, 40, 12, 18};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 3);
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".chase", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    wb.write(out);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Document words stay Indonesian: the sheet is handed to sub-unit heads. */
    public static String statusText(PactStatus s) {
        return s == PactStatus.NOT_PRINTED ? "Belum dicetak" : s == PactStatus.PRINTED ? "Belum kembali" : "Sudah";
    }
}
