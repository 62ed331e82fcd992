package id.netra.staff.io;

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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffKind;

/**
 * Writes a roster list as a SIMPEG-style .xlsx: a merged title line, then headings the importer
 * recognises, then one row per person with NIP/NIK as text (never numbers: Excel would ruin them).
 * Streams rows to disk, so 20,000 people take little memory.
 */
public final class StaffXlsxExporter {

    /** Headings in SIMPEG style; the importer maps each of them automatically. */
    public static final List<String> HEADINGS = List.of("No", "NIP", "NIK", "Nama", "Gelar Depan", "Gelar Belakang",
            "Jenis Kelamin", "Tempat Lahir", "Tgl Lahir", "Jenis Pegawai", "Pangkat/Gol", "Jabatan", "Jenis Jabatan",
            "Unit Kerja", "No HP", "Email");

    private StaffXlsxExporter() {
    }

    public static void write(List<StaffDraft> staff, String title, Path target) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".netra-export", ".tmp");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("Pegawai");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));

            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADINGS.size() - 1));

            Row head = sheet.createRow(2);
            for (int i = 0; i < HEADINGS.size(); i++) {
                head.createCell(i).setCellValue(HEADINGS.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 3;
            for (StaffDraft s : staff) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 2);
                String[] values = {s.nip(), s.nik(), s.name().name(), s.name().titleFront(), s.name().titleBack(),
                    s.sex() == null ? null : s.sex().code(), s.birthPlace(),
                    s.birthDate() == null ? null : s.birthDate().toString(), kindLabel(s.kind()),
                    s.grade() == null ? null : s.grade().label(), s.position(),
                    s.positionType() == null ? null : s.positionType().name().charAt(0)
                            + s.positionType().name().substring(1).toLowerCase(java.util.Locale.ROOT),
                    s.subUnitName(), s.phone(), s.email()};
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        row.createCell(i + 1).setCellValue(values[i]);
                        row.getCell(i + 1).setCellStyle(text);
                    }
                }
                r++;
            }
            sheet.setColumnWidth(1, 22 * 256);
            sheet.setColumnWidth(3, 30 * 256);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            wb.dispose();
            // write-then-move: a half-written export never replaces a good file
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            try {
                // the temp file was private to this user; an export is an ordinary document
                Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException | IOException notPosix) {
                // Windows keeps the folder's permissions anyway
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String kindLabel(StaffKind kind) {
        return switch (kind) {
            case PNS -> "PNS";
            case PPPK -> "PPPK";
            case NON_ASN -> "Non ASN";
        };
    }
}
