package id.netra.staff.io;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.netra.staff.domain.StaffField;

/**
 * Column headings the exports are known to use, per roster field: SIASN's upper-case names
 * ("NIP BARU", "GOL AKHIR NAMA", "UNOR NAMA") and the free-style SIMPEG ones ("Pangkat/Gol",
 * "Unit Kerja"). Matching is exact after normalising case and punctuation, so "NIP LAMA" never
 * passes for "NIP".
 */
final class HeaderAliases {

    private static final Map<String, StaffField> BY_ALIAS = new HashMap<>();

    static {
        add(StaffField.NIP, "NIP", "NIP BARU", "NIP 18", "NIP 18 DIGIT", "NIP NI PPPK", "NI PPPK", "NIPPPK",
                "NIP PPPK", "NOMOR INDUK PEGAWAI", "NO INDUK PEGAWAI");
        add(StaffField.NIK, "NIK", "NO KTP", "NOMOR KTP", "NOMOR INDUK KEPENDUDUKAN", "NIK KTP");
        add(StaffField.INTERNAL_NO, "NO INTERNAL", "NOMOR INTERNAL", "NO PEGAWAI", "NOMOR PEGAWAI", "KODE PEGAWAI");
        add(StaffField.NAME, "NAMA", "NAMA PEGAWAI", "NAMA LENGKAP", "NAMA ASN");
        add(StaffField.TITLE_FRONT, "GELAR DEPAN", "GLR DEPAN");
        add(StaffField.TITLE_BACK, "GELAR BELAKANG", "GLR BELAKANG");
        add(StaffField.SEX, "JENIS KELAMIN", "JK", "L P", "KELAMIN", "SEX", "GENDER");
        add(StaffField.BIRTH_PLACE, "TEMPAT LAHIR", "TEMPAT LAHIR NAMA", "TMP LAHIR", "TPT LAHIR");
        add(StaffField.BIRTH_DATE, "TANGGAL LAHIR", "TGL LAHIR", "TGL LHR", "TANGGAL LHR");
        add(StaffField.KIND, "JENIS PEGAWAI", "JENIS PEGAWAI NAMA", "STATUS PEGAWAI", "STATUS KEPEGAWAIAN",
                "JENIS ASN", "STATUS ASN");
        add(StaffField.GRADE, "GOL AKHIR NAMA", "GOL", "GOLONGAN", "GOL RUANG", "PANGKAT GOL", "PANGKAT GOLONGAN",
                "PANGKAT GOL RUANG", "GOLONGAN RUANG", "PANGKAT", "GOL AKHIR", "GOLONGAN PPPK");
        add(StaffField.POSITION, "JABATAN", "JABATAN NAMA", "NAMA JABATAN");
        add(StaffField.POSITION_TYPE, "JENIS JABATAN", "JENIS JABATAN NAMA");
        add(StaffField.SUB_UNIT, "UNOR NAMA", "UNIT KERJA", "UNIT ORGANISASI", "SUB UNIT", "SUB UNIT KERJA",
                "BIDANG", "UNIT", "UNOR", "BIDANG UNIT KERJA");
        add(StaffField.PHONE, "NOMOR HP", "NO HP", "NOMOR TELEPON", "NO TELP", "TELEPON", "HP", "NO TELEPON");
        add(StaffField.EMAIL, "EMAIL", "E MAIL", "ALAMAT EMAIL");
    }

    private HeaderAliases() {
    }

    private static void add(StaffField field, String... aliases) {
        for (String a : aliases) {
            BY_ALIAS.put(normalise(a), field);
        }
    }

    static Optional<StaffField> fieldFor(String heading) {
        return Optional.ofNullable(BY_ALIAS.get(normalise(heading)));
    }

    /** Upper case, punctuation to spaces, single spaces: "Pangkat/Gol." and "PANGKAT GOL" meet. */
    static String normalise(String heading) {
        if (heading == null) {
            return "";
        }
        return heading.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }
}
