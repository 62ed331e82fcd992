package id.netra.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import id.netra.staff.domain.Grade;
import id.netra.staff.domain.PersonName;
import id.netra.staff.domain.PositionType;
import id.netra.staff.domain.Sex;
import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffKind;

/**
 * Invents a plausible roster of any size (fictional people, valid NIP/NI PPPK/NIK) from a seed: the
 * same seed always gives the same people, so benchmarks and tests are repeatable.
 */
public final class FictionalRoster {

    private static final String[] MALE = {"Ahmad", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Imam", "Joko", "Kurniawan",
        "Lukman", "Muhammad", "Nanang", "Rizky", "Slamet", "Teguh", "Wahyu", "Yusuf", "Agus", "Bambang", "Dimas"};
    private static final String[] FEMALE = {"Ani", "Dewi", "Endang", "Fitri", "Indah", "Kartika", "Lestari", "Maya",
        "Nurul", "Putri", "Ratna", "Sari", "Siti", "Tri", "Wulan", "Yuni", "Rina", "Desi", "Lina", "Ayu"};
    private static final String[] FAMILY = {"Saputra", "Pratama", "Hidayat", "Santoso", "Wibowo", "Nugroho", "Rahman",
        "Setiawan", "Kusuma", "Lubis", "Siregar", "Nasution", "Harahap", "Sembiring", "Tanjung", "Wijaya", "Halim",
        "Gunawan", "Suryani", "Rahmawati", "Permata", "Utami", "Anggraini", "Hasibuan", "Pohan"};
    private static final String[] PLACES = {"Medan", "Padang", "Bandung", "Semarang", "Surabaya", "Makassar",
        "Palembang", "Pekanbaru", "Yogyakarta", "Malang", "Bogor", "Jambi", "Kupang", "Ambon", "Sibolga"};
    private static final String[] UNITS = {"Sekretariat", "Bidang Pendidikan Dasar", "Bidang SMP", "Bidang PAUD",
        "Bidang Ketenagaan", "UPT Pelatihan", "SD Negeri 1", "SD Negeri 2", "SD Negeri 3", "SMP Negeri 1",
        "SMP Negeri 2", "SMP Negeri 3"};
    private static final String[] FRONT = {null, null, null, null, "Drs.", "Dr.", "H.", "Hj.", "Ir."};
    private static final String[] BACK = {null, "S.Pd.", "S.Pd., M.Pd.", "S.E.", "S.Kom.", "S.H.", "A.Md.", "S.Sos.",
        "M.Si.", "S.T."};
    private static final String[] FUNCTIONAL = {"Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya",
        "Pengawas Sekolah", "Analis Kebijakan", "Pranata Komputer"};
    private static final String[] EXECUTIVE = {"Pengadministrasi Umum", "Pengelola Keuangan", "Pengolah Data",
        "Pengelola Kepegawaian"};

    private FictionalRoster() {
    }

    public static List<StaffDraft> generate(int count, long seed) {
        Random rnd = new Random(seed);
        Set<String> used = new HashSet<>();
        List<StaffDraft> staff = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int k = rnd.nextInt(100);
            StaffKind kind = k < 70 ? StaffKind.PNS : k < 88 ? StaffKind.PPPK : StaffKind.NON_ASN;
            Sex sex = rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            LocalDate birth = LocalDate.of(1966 + rnd.nextInt(36), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            String nip = null;
            String nik = nik(rnd, birth, sex, used);
            Grade grade = null;
            if (kind == StaffKind.PNS) {
                nip = uniqueNumber(used, rnd, birth, String.format("%04d%02d", Math.min(2024,
                        birth.getYear() + 22 + rnd.nextInt(8)), 1 + rnd.nextInt(12)), sex);
                grade = Grade.allPns().get(4 + rnd.nextInt(12));
            } else if (kind == StaffKind.PPPK) {
                nip = uniqueNumber(used, rnd, birth, String.format("%04d%02d", 2021 + rnd.nextInt(4), 21), sex);
                grade = Grade.allPppk().get(4 + rnd.nextInt(8));
            }
            String first = sex == Sex.MALE ? MALE[rnd.nextInt(MALE.length)] : FEMALE[rnd.nextInt(FEMALE.length)];
            String name = first + " " + FAMILY[rnd.nextInt(FAMILY.length)];
            String front = FRONT[rnd.nextInt(FRONT.length)];
            if ("H.".equals(front) && sex == Sex.FEMALE) {
                front = "Hj.";
            } else if ("Hj.".equals(front) && sex == Sex.MALE) {
                front = "H.";
            }
            PositionType type = kind == StaffKind.NON_ASN ? PositionType.PELAKSANA
                    : rnd.nextInt(20) == 0 ? PositionType.MANAJERIAL
                    : rnd.nextBoolean() ? PositionType.FUNGSIONAL : PositionType.PELAKSANA;
            String unit = UNITS[rnd.nextInt(UNITS.length)];
            String position = switch (type) {
                case MANAJERIAL -> "Kepala " + unit;
                case FUNGSIONAL -> FUNCTIONAL[rnd.nextInt(FUNCTIONAL.length)];
                case PELAKSANA -> EXECUTIVE[rnd.nextInt(EXECUTIVE.length)];
            };
            String phone = "08" + (1000000000L + (long) (rnd.nextDouble() * 8999999999L));
            String email = first.toLowerCase(java.util.Locale.ROOT) + "." + (i + 1) + "@contoh.go.id";
            staff.add(new StaffDraft(kind, nip, nik, null,
                    new PersonName(kind == StaffKind.NON_ASN ? null : front, name, BACK[rnd.nextInt(BACK.length)]),
                    sex, PLACES[rnd.nextInt(PLACES.length)], birth, grade, position, type, unit, phone, email));
        }
        return staff;
    }

    private static String uniqueNumber(Set<String> used, Random rnd, LocalDate birth, String middle, Sex sex) {
        String base = String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + middle + (sex == Sex.MALE ? "1" : "2");
        for (int seq = 1 + rnd.nextInt(20); ; seq++) {
            String candidate = base + String.format("%03d", seq);
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }

    private static String nik(Random rnd, LocalDate birth, Sex sex, Set<String> used) {
        int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        String base = String.format("%02d%02d%02d%02d%02d%02d", 11 + rnd.nextInt(80), 1 + rnd.nextInt(70),
                1 + rnd.nextInt(30), day, birth.getMonthValue(), birth.getYear() % 100);
        for (int seq = 1 + rnd.nextInt(50); ; seq++) {
            String candidate = base + String.format("%04d", seq);
            if (used.add(candidate)) {
                return candidate;
            }
        }
    }
}
