package id.netra.bench;

import static id.netra.db.schema.Tables.STAFF;
import static id.netra.db.schema.Tables.SUB_UNIT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jooq.DSLContext;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.StaffRecord;
import id.netra.periods.domain.ElectionKind;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.periods.domain.RecommendingBody;
import id.netra.periods.store.PeriodStore;
import id.netra.settings.domain.OpdProfile;
import id.netra.settings.domain.PaperSize;
import id.netra.settings.store.OpdProfileStore;

/**
 * A large, plausible store for the report benchmark: an education office with many schools, a roster
 * recorded before the election, pacts signed over three months, ikrar assemblies, activities and cases
 * moving through their statuses. Seeded, so every run measures the same data.
 */
final class ReportBenchData {

    static final LocalDate ROSTER_RECORDED = LocalDate.of(2024, 7, 1);
    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private ReportBenchData() {
    }

    /** Fills an empty store; returns the election period id. */
    static long populate(Database db, int staffCount, int caseCount, long seed) {
        new OpdProfileStore(db).save(new OpdProfile("DINAS PENDIDIKAN DAN KEBUDAYAAN", "PEMERINTAH KABUPATEN SUKAMAJU",
                "Jalan Veteran Nomor 12, Sukamaju 61411", "(0321) 861234", "disdik@sukamajukab.go.id", null, "Sukamaju",
                "Dr. H. Ahmad Fauzi, S.Pd., M.Si.", "197001011995031001", "Pembina Utama Muda (IV/c)",
                "Kepala Dinas Pendidikan dan Kebudayaan", null, null, PaperSize.A4));
        Random random = new Random(seed);
        return db.inTransaction(ctx -> {
            long period = PeriodStore.insert(ctx, new ElectionPeriod(0, "Pemilihan Kepala Daerah Tahun 2024",
                    ElectionKind.PEMILIHAN, 2024, LocalDate.of(2024, 9, 22), LocalDate.of(2024, 9, 25),
                    LocalDate.of(2024, 11, 23), LocalDate.of(2024, 11, 27), LocalDate.of(2024, 9, 24), RecommendingBody.BKN, true));
            List<Long> units = subUnits(ctx, 60);
            List<Long> staff = staff(ctx, units, staffCount, random);
            ReportBenchHistory.write(ctx, period, staff, caseCount, random);
            return period;
        });
    }

    private static List<Long> subUnits(DSLContext ctx, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = i == 0 ? "Sekretariat" : i < 5 ? "Bidang " + i : "UPT Sekolah Negeri " + i + " Sukamaju";
            ids.add(ctx.insertInto(SUB_UNIT).set(SUB_UNIT.NAME, name).set(SUB_UNIT.KIND, i < 5 ? "BIDANG" : "SEKOLAH")
                    .set(SUB_UNIT.SORT_ORDER, i).returning(SUB_UNIT.ID).fetchOne().getId());
        }
        return ids;
    }

    private static List<Long> staff(DSLContext ctx, List<Long> units, int count, Random random) {
        OffsetDateTime recorded = ROSTER_RECORDED.atTime(8, 0).atOffset(WIB);
        List<StaffRecord> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StaffRecord r = ctx.newRecord(STAFF);
            int k = random.nextInt(100);
            String kind = k < 70 ? "PNS" : k < 90 ? "PPPK" : "NON_ASN";
            r.setKind(kind);
            if (kind.equals("NON_ASN")) {
                r.setNik(String.format("3517%012d", i));
            } else {
                // birth date, TMT CPNS, sex, sequence: unique because (birth date, sequence) is
                LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(i % 9000);
                r.setNip(birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "200501"
                        + (random.nextBoolean() ? "1" : "2") + String.format("%03d", i / 9000 + 1));
            }
            r.setName("Pegawai Contoh " + i);
            r.setPosition(random.nextInt(10) < 8 ? "Guru Ahli Pertama" : "Pengelola Data");
            r.setSubUnitId(units.get(random.nextInt(units.size())));
            r.setActive(true);
            r.setCreatedAt(recorded);
            r.setUpdatedAt(recorded);
            rows.add(r);
        }
        ctx.batchInsert(rows).execute();
        return ctx.select(STAFF.ID).from(STAFF).orderBy(STAFF.ID).fetch(r -> r.value1());
    }
}
