package id.netra.findings.store;

import static id.netra.db.schema.Tables.STAFF;
import static id.netra.db.schema.Tables.SUB_UNIT;
import static id.netra.db.schema.Tables.VIOLATION_CODE;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.findings.domain.CaseDraft;
import id.netra.findings.domain.CaseSource;
import id.netra.findings.domain.Reporter;
import id.netra.findings.service.FindingsService;

/** A real store in a temp folder with a sub-unit, two ASN staff and one non-ASN, and a fixed clock. */
final class FindingsFixture implements AutoCloseable {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    final Database db;
    final Clock clock;
    final FindingsService service;
    final long subUnit;
    final long pns;
    final long pppk;
    final long honorer;

    FindingsFixture(Path dir) throws Exception {
        this(dir, Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), WIB));
    }

    FindingsFixture(Path dir, Clock clock) throws Exception {
        this.db = Database.open(new DataDirectory(dir));
        this.clock = clock;
        this.service = FindingsService.open(db, clock);
        var dsl = db.dsl();
        subUnit = dsl.insertInto(SUB_UNIT, SUB_UNIT.NAME).values("Bidang Pendidikan Dasar").returning(SUB_UNIT.ID)
                .fetchOne().getId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        pns = staff("PNS", "198503122010011003", "Budi Santoso", subUnit, now);
        pppk = staff("PPPK", "199001012022212004", "Siti Rahma", subUnit, now);
        honorer = dsl.insertInto(STAFF, STAFF.KIND, STAFF.NIK, STAFF.NAME, STAFF.CREATED_AT, STAFF.UPDATED_AT)
                .values("NON_ASN", "3517011203900001", "Agus Wibowo", now, now).returning(STAFF.ID).fetchOne().getId();
    }

    private long staff(String kind, String nip, String name, long unit, OffsetDateTime now) {
        return db.dsl().insertInto(STAFF, STAFF.KIND, STAFF.NIP, STAFF.NAME, STAFF.SUB_UNIT_ID, STAFF.CREATED_AT,
                STAFF.UPDATED_AT).values(kind, nip, name, unit, now, now).returning(STAFF.ID).fetchOne().getId();
    }

    long codeId(String code) {
        return db.dsl().select(VIOLATION_CODE.ID).from(VIOLATION_CODE).where(VIOLATION_CODE.CODE.eq(code))
                .and(VIOLATION_CODE.RETIRED.isFalse()).fetchOne(VIOLATION_CODE.ID);
    }

    CaseDraft draft(LocalDate known, List<Long> staff, String chronology, String... codes) {
        return new CaseDraft(known, known.minusDays(1), "Balai Desa Sukamaju", CaseSource.MEDIA_PATROL, "",
                new Reporter("Warga Sukamaju", "0812-3456-7890", true), chronology, null, null, null, staff,
                java.util.Arrays.stream(codes).map(this::codeId).toList(), List.of("https://facebook.com/post/1"));
    }

    long newCase(LocalDate known, String... codes) {
        return service.caseStore().create(draft(known, List.of(pns, pppk), "Unggahan dukungan kepada calon", codes),
                "operator");
    }

    @Override
    public void close() {
        db.close();
    }
}
