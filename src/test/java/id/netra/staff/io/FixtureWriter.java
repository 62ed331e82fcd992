package id.netra.staff.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import id.netra.bench.FictionalRoster;

/**
 * Writes the binary bad-input files under src/test/resources/staff/import. Run once by hand
 * ({@code main}) when a fixture must change; the files are committed, the tests only read them.
 */
public final class FixtureWriter {

    static final String NIP1 = "198506122010011003";
    static final String NIP2 = "199001012015032001";
    static final String NIP3 = "197803252005011002";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/staff/import");
        Files.createDirectories(dir);
        simpegWithTitleAndMerges(dir.resolve("simpeg-title-merged.xlsx"));
        nipsAsNumbers(dir.resolve("nip-as-number.xlsx"));
        formulaCells(dir.resolve("formula-cells.xlsx"));
        passwordProtected(dir.resolve("password-protected.xlsx"));
        legacyXls(dir.resolve("legacy-simpeg.xls"));
        twoLineHeader(dir.resolve("two-line-header.xlsx"));
        truncated(dir.resolve("truncated.xlsx"));
        ods(dir.resolve("spreadsheet.ods"));
        garbage(dir.resolve("binary-garbage.xlsx"));
        text(dir.resolve("unknown-encoding.csv"), "NIP;Nama\n" + NIP1 + ";Ahmad \u0081\u008d\u009d Fauzi\n",
                StandardCharsets.ISO_8859_1);
        byte[] utf16 = ("NIP\tNama\tPangkat/Gol\n" + NIP1 + "\tAhmad Fauzi\tIII/a\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(dir.resolve("unicode-text-utf16.txt"), withBom);
        text(dir.resolve("windows-1252-semicolon.csv"), "NIP;Nama;Gelar Belakang;Pangkat/Gol\r\n"
                + NIP1 + ";Andr\u00e9 Sitompul;S.Pd.;III/a\r\n" + NIP2 + ";Ren\u00e9e Ma\u00eftre;M.Si.;III/b\r\n",
                Charset.forName("windows-1252"));
        SiasnCsvWriter.write(FictionalRoster.generate(25, 7), "Dinas Pendidikan", dir.resolve("siasn-export.csv"));
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    private static void simpegWithTitleAndMerges(Path file) throws IOException {
        Workbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Data Pegawai");
        s.createRow(0).createCell(0).setCellValue("DAFTAR PEGAWAI DINAS PENDIDIKAN");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        s.createRow(1).createCell(0).setCellValue("Keadaan per 1 November 2026");
        s.addMergedRegion(new CellRangeAddress(1, 1, 0, 6));
        header(s.createRow(3), "No", "NIP", "Nama", "Pangkat/Gol", "Jabatan", "Jenis Jabatan", "Unit Kerja");
        row(s.createRow(4), "1", NIP1, "Ahmad Fauzi", "Penata Muda, III/a", "Guru Ahli Pertama", "JFT", "SD Negeri 1");
        row(s.createRow(5), "2", NIP2, "Siti Aminah", "III-b", "Guru Ahli Muda", "JFT", "");
        row(s.createRow(6), "3", NIP3, "Budi Santoso", "IIIc", "Pengadministrasi Umum", "JFU", "Sekretariat");
        // the unit merged down over rows 5 and 6 as SIMPEG prints groups
        s.addMergedRegion(new CellRangeAddress(4, 5, 6, 6));
        save(wb, file);
    }

    private static void nipsAsNumbers(Path file) throws IOException {
        Workbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet();
        header(s.createRow(0), "NIP", "Nama", "Gol");
        Row r1 = s.createRow(1);
        r1.createCell(0).setCellValue(Double.parseDouble(NIP1));
        r1.createCell(1).setCellValue("Ahmad Fauzi");
        r1.createCell(2).setCellValue("III/a");
        Row r2 = s.createRow(2);
        r2.createCell(0).setCellValue(NIP2);
        r2.createCell(1).setCellValue("Siti Aminah");
        r2.createCell(2).setCellValue("III/b");
        save(wb, file);
    }

    private static void formulaCells(Path file) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet();
        header(s.createRow(0), "NIP", "Gelar Depan", "Nama Depan", "Nama", "Tgl Lahir", "Gol");
        Row r = s.createRow(1);
        r.createCell(0).setCellFormula("\"19850612\"&\"2010011003\"");
        r.createCell(1).setCellValue("Dr.");
        r.createCell(2).setCellValue("Ahmad");
        r.createCell(3).setCellFormula("C2&\" Fauzi\"");
        r.createCell(4).setCellFormula("DATE(1985,6,12)");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        r.getCell(4).setCellStyle(date);
        r.createCell(5).setCellFormula("\"III\"&\"/a\"");
        // cached results are what the importer reads; Excel stores them, POI must be told to
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        save(wb, file);
    }

    private static void passwordProtected(Path file) throws Exception {
        Path plain = Files.createTempFile("plain", ".xlsx");
        Workbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet();
        header(s.createRow(0), "NIP", "Nama");
        row(s.createRow(1), NIP1, "Ahmad Fauzi");
        save(wb, plain);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("rahasia");
            try (OutputStream os = enc.getDataStream(fs); var in = Files.newInputStream(plain)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
    }

    private static void legacyXls(Path file) throws IOException {
        Workbook wb = new HSSFWorkbook();
        Sheet s = wb.createSheet("Pegawai");
        s.createRow(0).createCell(0).setCellValue("DAFTAR NOMINATIF PEGAWAI");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        header(s.createRow(2), "NIP", "Nama", "Jenis Kelamin", "Gol/Ruang", "Unit Kerja");
        row(s.createRow(3), NIP1, "Ahmad Fauzi", "Laki-laki", "III/a", "Sekretariat");
        row(s.createRow(4), NIP2, "Siti Aminah", "Perempuan", "III/b", "Bidang SMP");
        save(wb, file);
    }

    private static void twoLineHeader(Path file) throws IOException {
        Workbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet();
        header(s.createRow(0), "No", "NIP", "Nama", "Pangkat/Gol", "", "Unit Kerja");
        header(s.createRow(1), "No", "NIP", "Nama", "Pangkat", "Gol", "Unit Kerja");
        for (int c : new int[] {0, 1, 2, 5}) {
            s.addMergedRegion(new CellRangeAddress(0, 1, c, c));
        }
        s.addMergedRegion(new CellRangeAddress(0, 0, 3, 4));
        header(s.createRow(2), "1", "2", "3", "4", "5", "6");
        row(s.createRow(3), "1", NIP1, "Ahmad Fauzi", "Penata Muda", "III/a", "Sekretariat");
        save(wb, file);
    }

    private static void truncated(Path file) throws IOException {
        Path full = Files.createTempFile("full", ".xlsx");
        simpegWithTitleAndMerges(full);
        byte[] bytes = Files.readAllBytes(full);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.delete(full);
    }

    private static void ods(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void garbage(Path file) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = 0x7F;
        bytes[1] = 0x45;
        Files.write(file, bytes);
    }

    private static void text(Path file, String content, Charset charset) throws IOException {
        Files.write(file, content.getBytes(charset));
    }

    private static void header(Row row, String... values) {
        row(row, values);
    }

    private static void row(Row row, String... values) {
        List<String> v = List.of(values);
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isEmpty()) {
                row.createCell(i).setCellValue(v.get(i));
            }
        }
    }
}
