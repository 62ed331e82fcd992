package id.netra.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.safety.store.AuditStore;

/**
 * The issue's own scenario: {@code netra import-staff big.csv} in a child JVM, SIGKILLed while the
 * store file grows (the import's one transaction is under way), then the store reopens as it is -
 * no repair step - holding all of the import or none of it, with an intact audit trail.
 */
class ImportCrashTest {

    private static final int ROWS = 40_000;

    @TempDir
    Path root;

    @Test
    void anImportKilledWhileWritingLeavesAllOrNothing() throws Exception {
        DataDirectory dir = new DataDirectory(root.resolve("data"));
        try (Database db = Database.open(dir)) {
            // an existing store, as in real life; its size is the baseline for "the import is writing"
        }
        long baseline = Files.size(dir.databaseFile());
        Path csv = bigRoster(root.resolve("big.csv"));
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx768m", "id.netra.app.Main",
                "--data-dir", dir.root().toString(), "import-staff", csv.toString()))
                .redirectErrorStream(true).redirectOutput(root.resolve("child.log").toFile()).start();
        boolean killedWhileWriting = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (Files.size(dir.databaseFile()) > baseline + 2_000_000) {
                child.destroyForcibly();
                killedWhileWriting = true;
                break;
            }
            Thread.sleep(20);
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // a test that never killed the import would prove nothing about a crash
        assertThat(killedWhileWriting).as("the import was killed while it wrote").isTrue();

        try (Database db = Database.open(dir)) {
            // rows actually readable, not a COUNT(*) that H2 may answer from index statistics
            int staff = db.dsl().fetch("SELECT ID FROM STAFF").size();
            assertThat(staff).as("all or nothing").isIn(0, ROWS);
            if (child.exitValue() == 137) {
                // killed before its commit: nothing of it may remain
                assertThat(staff).isZero();
            }
            assertThat(new AuditStore(db).verify().problems()).isEmpty();
        }
    }

    /** A SIASN-style export with valid, unique 18-digit NIPs. */
    private static Path bigRoster(Path file) throws Exception {
        String header = Files.readAllLines(Path.of("samples/staff-siasn.csv"), StandardCharsets.UTF_8).get(0);
        List<String> cols = List.of(header.replace("\uFEFF", "").split(","));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write("\r\n");
            for (int i = 0; i < ROWS; i++) {
                LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(i / 500);
                String nip = String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                        birth.getDayOfMonth(), birth.getYear() + 25, 1, 1 + i % 2, 1 + i % 500);
                String[] row = new String[cols.size()];
                java.util.Arrays.fill(row, "");
                set(row, cols, "PNS ID", "ID" + i);
                set(row, cols, "NIP BARU", nip);
                set(row, cols, "NAMA", "Pegawai Uji " + i);
                set(row, cols, "TANGGAL LAHIR", String.format("%02d-%02d-%04d", birth.getDayOfMonth(),
                        birth.getMonthValue(), birth.getYear()));
                set(row, cols, "JENIS KELAMIN", i % 2 == 0 ? "Pria" : "Wanita");
                set(row, cols, "JENIS PEGAWAI NAMA", "PNS Daerah");
                set(row, cols, "KEDUDUKAN HUKUM NAMA", "Aktif");
                set(row, cols, "GOL AKHIR NAMA", "III/a");
                set(row, cols, "JENIS JABATAN NAMA", "Pelaksana");
                set(row, cols, "JABATAN NAMA", "Pengadministrasi Umum");
                set(row, cols, "UNOR NAMA", "Bidang " + (i % 20 + 1));
                w.write(String.join(",", row));
                w.write("\r\n");
            }
        }
        return file;
    }

    private static void set(String[] row, List<String> cols, String name, String value) {
        int i = cols.indexOf(name);
        if (i >= 0) {
            row[i] = value;
        }
    }
}
