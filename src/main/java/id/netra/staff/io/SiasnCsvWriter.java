package id.netra.staff.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import id.netra.staff.domain.PositionType;
import id.netra.staff.domain.StaffDraft;

/**
 * Writes people in the layout of SIASN's "Export Data ASN" CSV (66 upper-case columns, comma, UTF-8,
 * dates dd-MM-yyyy, sex M/F). Used for the sample file, tests and the benchmark; the columns the
 * roster does not keep are left empty, as SIASN leaves unknown ones.
 */
public final class SiasnCsvWriter {

    public static final List<String> HEADINGS = List.of("PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN",
            "GELAR BELAKANG", "TEMPAT LAHIR ID", "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA ID",
            "AGAMA NAMA", "JENIS KAWIN ID", "JENIS KAWIN NAMA", "NIK", "NOMOR HP", "EMAIL", "EMAIL GOV", "ALAMAT",
            "NPWP", "BPJS", "JENIS PEGAWAI ID", "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA",
            "STATUS CPNS PNS", "KARTU ASN", "NOMOR SK CPNS", "TANGGAL SK CPNS", "TMT CPNS", "NOMOR SK PNS",
            "TANGGAL SK PNS", "TMT PNS", "GOL AWAL ID", "GOL AWAL NAMA", "GOL AKHIR ID", "GOL AKHIR NAMA",
            "TMT GOLONGAN", "MK TAHUN", "MK BULAN", "JENIS JABATAN ID", "JENIS JABATAN NAMA", "JABATAN ID",
            "JABATAN NAMA", "TMT JABATAN", "TINGKAT PENDIDIKAN ID", "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN ID",
            "PENDIDIKAN NAMA", "TAHUN LULUS", "KPKN ID", "KPKN NAMA", "LOKASI KERJA ID", "LOKASI KERJA NAMA",
            "UNOR ID", "UNOR NAMA", "INSTANSI INDUK ID", "INSTANSI INDUK NAMA", "INSTANSI KERJA ID",
            "INSTANSI KERJA NAMA", "SATUAN KERJA INDUK ID", "SATUAN KERJA INDUK NAMA", "SATUAN KERJA KERJA ID",
            "SATUAN KERJA KERJA NAMA", "IS VALID NIK", "FLAG IKD");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private SiasnCsvWriter() {
    }

    public static void write(List<StaffDraft> staff, String satker, Path target) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(HEADINGS);
            int n = 0;
            for (StaffDraft s : staff) {
                n++;
                List<String> row = new ArrayList<>(HEADINGS.size());
                for (int i = 0; i < HEADINGS.size(); i++) {
                    row.add("");
                }
                set(row, "PNS ID", String.format("A8ACA%07d3912E040640A040269", n));
                set(row, "NIP BARU", s.nip());
                set(row, "NAMA", s.name().name());
                set(row, "GELAR DEPAN", s.name().titleFront());
                set(row, "GELAR BELAKANG", s.name().titleBack());
                set(row, "TEMPAT LAHIR NAMA", s.birthPlace());
                set(row, "TANGGAL LAHIR", s.birthDate() == null ? null : DATE.format(s.birthDate()));
                set(row, "JENIS KELAMIN", s.sex() == null ? null : s.sex() == id.netra.staff.domain.Sex.MALE ? "M" : "F");
                set(row, "NIK", s.nik());
                set(row, "NOMOR HP", s.phone());
                set(row, "EMAIL", s.email());
                set(row, "JENIS PEGAWAI NAMA", switch (s.kind()) {
                    case PNS -> "PNS Daerah";
                    case PPPK -> "PPPK";
                    case NON_ASN -> "Non ASN";
                });
                set(row, "KEDUDUKAN HUKUM NAMA", "Aktif");
                set(row, "GOL AKHIR NAMA", s.grade() == null ? null : s.grade().code());
                set(row, "JENIS JABATAN NAMA", s.positionType() == null ? null : siasnPositionType(s.positionType()));
                set(row, "JABATAN NAMA", s.position());
                set(row, "UNOR NAMA", s.subUnitName());
                set(row, "SATUAN KERJA KERJA NAMA", satker);
                csv.printRecord(row);
            }
        }
    }

    private static String siasnPositionType(PositionType t) {
        return switch (t) {
            case MANAJERIAL -> "Jabatan Struktural";
            case FUNGSIONAL -> "Jabatan Fungsional Tertentu";
            case PELAKSANA -> "Jabatan Fungsional Umum";
        };
    }

    private static void set(List<String> row, String heading, String value) {
        row.set(HEADINGS.indexOf(heading), value == null ? "" : value);
    }
}
