package id.netra.bench;

import static id.netra.db.schema.Tables.ACTIVITY;
import static id.netra.db.schema.Tables.CASE_CODE;
import static id.netra.db.schema.Tables.CASE_STAFF;
import static id.netra.db.schema.Tables.CASE_STATUS_CHANGE;
import static id.netra.db.schema.Tables.DECISION;
import static id.netra.db.schema.Tables.FINDING_CASE;
import static id.netra.db.schema.Tables.FORWARDING;
import static id.netra.db.schema.Tables.PACT;
import static id.netra.db.schema.Tables.PACT_BATCH;
import static id.netra.db.schema.Tables.PACT_EVENT;
import static id.netra.db.schema.Tables.PLEDGE_ATTENDANCE;
import static id.netra.db.schema.Tables.PLEDGE_EVENT;
import static id.netra.db.schema.Tables.RECOMMENDATION;
import static id.netra.db.schema.Tables.SUMMONS;
import static id.netra.db.schema.Tables.VIOLATION_CODE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jooq.DSLContext;
import org.jooq.TableRecord;

/**
 * The dated history of the benchmark store: pacts printed on 2 September and signed through
 * September to November (about 95% by the end of October, a few signatures cancelled), one ikrar
 * assembly a month with attendance of everyone, a dozen activities, and cases known from August to
 * October moving through their statuses, some forwarded, recommended, decided, or with a missed summons.
 */
final class ReportBenchHistory {

    private static final LocalDate PRINTED = LocalDate.of(2024, 9, 2);
    private static final String[] STATUSES = {"DICATAT", "KLARIFIKASI", "PEMERIKSAAN", "DITERUSKAN", "REKOMENDASI",
        "DIPUTUS", "SELESAI"};

    private ReportBenchHistory() {
    }

    static void write(DSLContext ctx, long period, List<Long> staff, int caseCount, Random random) {
        pacts(ctx, period, staff, random);
        pledges(ctx, period, staff, random);
        activities(ctx);
        cases(ctx, period, staff, caseCount, random);
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(ReportBenchData.WIB);
    }

    private static void pacts(DSLContext ctx, long period, List<Long> staff, Random random) {
        ctx.insertInto(PACT_BATCH).set(PACT_BATCH.ID, 1L).set(PACT_BATCH.PERIOD_ID, period)
                .set(PACT_BATCH.PRINTED_AT, at(PRINTED, 9)).set(PACT_BATCH.SHEET_COUNT, staff.size())
                .set(PACT_BATCH.PAPER_SIZE, "A4").set(PACT_BATCH.SELECTION, "Semua pegawai").execute();
        List<TableRecord<?>> rows = new ArrayList<>();
        for (long id : staff) {
            int r = random.nextInt(1000);
            // 95% sign between 3 Sep and 31 Oct, 3% in November, 2% never
            LocalDate signed = r < 950 ? PRINTED.plusDays(1 + random.nextInt(59))
                    : r < 980 ? LocalDate.of(2024, 11, 1).plusDays(random.nextInt(20)) : null;
            var pact = ctx.newRecord(PACT);
            pact.setPeriodId(period);
            pact.setStaffId(id);
            pact.setStatus(signed == null ? "PRINTED" : "SIGNED");
            pact.setBatchId(1L);
            pact.setPrintedOn(PRINTED);
            pact.setSignedOn(signed);
            pact.setUpdatedAt(at(signed == null ? PRINTED : signed, 10));
            rows.add(pact);
            rows.add(event(ctx, period, id, "PRINTED", PRINTED));
            if (signed != null) {
                rows.add(event(ctx, period, id, "SIGNED", signed));
                if (r % 97 == 0) {
                    rows.add(event(ctx, period, id, "SIGNATURE_CANCELLED", signed.plusDays(3)));
                }
            }
        }
        ctx.batchInsert(rows).execute();
    }

    private static TableRecord<?> event(DSLContext ctx, long period, long staff, String kind, LocalDate date) {
        var e = ctx.newRecord(PACT_EVENT);
        e.setPeriodId(period);
        e.setStaffId(staff);
        e.setEventKind(kind);
        e.setEventDate(date);
        e.setBatchId(kind.equals("PRINTED") ? 1L : null);
        e.setRecordedAt(at(date, 11));
        return e;
    }

    private static void pledges(DSLContext ctx, long period, List<Long> staff, Random random) {
        String[] kinds = {"HADIR", "HADIR", "HADIR", "HADIR", "HADIR", "HADIR", "HADIR", "HADIR", "IZIN", "SAKIT",
            "TANPA_KETERANGAN"};
        for (LocalDate day : List.of(LocalDate.of(2024, 8, 19), LocalDate.of(2024, 9, 23), LocalDate.of(2024, 10, 1))) {
            long event = ctx.insertInto(PLEDGE_EVENT).set(PLEDGE_EVENT.PERIOD_ID, period).set(PLEDGE_EVENT.HELD_ON, day)
                    .set(PLEDGE_EVENT.PLACE, "Halaman Kantor Dinas").set(PLEDGE_EVENT.LED_BY, "Kepala Dinas")
                    .set(PLEDGE_EVENT.PLEDGE_TEXT, "Ikrar netralitas ASN").set(PLEDGE_EVENT.CREATED_AT, at(day, 9))
                    .returning(PLEDGE_EVENT.ID).fetchOne().getId();
            List<TableRecord<?>> rows = new ArrayList<>();
            for (long id : staff) {
                var a = ctx.newRecord(PLEDGE_ATTENDANCE);
                a.setEventId(event);
                a.setStaffId(id);
                a.setAttendance(kinds[random.nextInt(kinds.length)]);
                a.setRecordedAt(at(day, 12));
                rows.add(a);
            }
            ctx.batchInsert(rows).execute();
        }
    }

    private static void activities(DSLContext ctx) {
        String[] kinds = {"SOSIALISASI", "PATROLI", "PATROLI_MEDSOS", "LAINNYA"};
        for (int i = 0; i < 12; i++) {
            LocalDate day = LocalDate.of(2024, 8 + i / 4, 5 + (i % 4) * 6);
            ctx.insertInto(ACTIVITY).set(ACTIVITY.KIND, kinds[i % kinds.length])
                    .set(ACTIVITY.TITLE, "Kegiatan pengawasan netralitas " + (i + 1)).set(ACTIVITY.START_DATE, day)
                    .set(ACTIVITY.END_DATE, i % 4 == 2 ? day.plusDays(5) : null).set(ACTIVITY.PLACE, "Aula Dinas")
                    .set(ACTIVITY.PARTICIPANTS, 20 + i * 7).set(ACTIVITY.SOURCE, "FINDINGS")
                    .set(ACTIVITY.CREATED_AT, at(day, 15)).execute();
        }
    }

    private static void cases(DSLContext ctx, long period, List<Long> staff, int count, Random random) {
        List<Long> codes = ctx.select(VIOLATION_CODE.ID).from(VIOLATION_CODE).fetch(r -> r.value1());
        for (int i = 0; i < count; i++) {
            LocalDate known = LocalDate.of(2024, 8, 1).plusDays(random.nextInt(92));
            // how far the case got, one step every ten days or so, possibly beyond October
            int steps = 1 + random.nextInt(STATUSES.length);
            String last = STATUSES[steps - 1];
            OffsetDateTime created = at(known, 9);
            long id = ctx.insertInto(FINDING_CASE)
                    .set(FINDING_CASE.REGISTER_NUMBER, String.format("%03d/TEMUAN/2024", i + 1))
                    .set(FINDING_CASE.REGISTER_YEAR, 2024).set(FINDING_CASE.REGISTER_SEQ, i + 1)
                    .set(FINDING_CASE.DATE_KNOWN, known).set(FINDING_CASE.SOURCE, i % 3 == 0 ? "MEDIA_PATROL" : "PUBLIC_REPORT")
                    .set(FINDING_CASE.REPORTER_NAME, "Pelapor " + i).set(FINDING_CASE.REPORTER_CONFIDENTIAL, i % 2 == 0)
                    .set(FINDING_CASE.CHRONOLOGY, "Kronologi perkara " + (i + 1)).set(FINDING_CASE.STATUS, last)
                    .set(FINDING_CASE.STATUS_SINCE, at(known.plusDays(10L * (steps - 1)), 10))
                    .set(FINDING_CASE.PERIOD_ID, period).set(FINDING_CASE.CREATED_AT, created)
                    .set(FINDING_CASE.CREATED_BY, "bench").set(FINDING_CASE.UPDATED_AT, created)
                    .returning(FINDING_CASE.ID).fetchOne().getId();
            ctx.insertInto(CASE_STAFF).set(CASE_STAFF.CASE_ID, id).set(CASE_STAFF.STAFF_ID, staff.get(random.nextInt(staff.size())))
                    .execute();
            long c1 = codes.get(random.nextInt(codes.size()));
            ctx.insertInto(CASE_CODE).set(CASE_CODE.CASE_ID, id).set(CASE_CODE.VIOLATION_CODE_ID, c1).execute();
            long c2 = codes.get(random.nextInt(codes.size()));
            if (c2 != c1 && random.nextInt(4) == 0) {
                ctx.insertInto(CASE_CODE).set(CASE_CODE.CASE_ID, id).set(CASE_CODE.VIOLATION_CODE_ID, c2).execute();
            }
            String from = null;
            for (int s = 0; s < steps; s++) {
                ctx.insertInto(CASE_STATUS_CHANGE).set(CASE_STATUS_CHANGE.CASE_ID, id).set(CASE_STATUS_CHANGE.FROM_STATUS, from)
                        .set(CASE_STATUS_CHANGE.TO_STATUS, STATUSES[s])
                        .set(CASE_STATUS_CHANGE.CHANGED_AT, at(known.plusDays(10L * s), 10))
                        .set(CASE_STATUS_CHANGE.CHANGED_BY, "bench").execute();
                from = STATUSES[s];
            }
            if (steps >= 2 && random.nextInt(3) == 0) {
                LocalDate first = known.plusDays(3);
                ctx.insertInto(SUMMONS).set(SUMMONS.CASE_ID, id).set(SUMMONS.SUMMONS_NO, 1).set(SUMMONS.ISSUED_DATE, first)
                        .set(SUMMONS.SCHEDULED_DATE, first.plusDays(4)).set(SUMMONS.ATTENDANCE, "ABSENT").execute();
            }
            if (steps >= 4) {
                ctx.insertInto(FORWARDING).set(FORWARDING.CASE_ID, id).set(FORWARDING.TARGET, "BKPSDM")
                        .set(FORWARDING.LETTER_DATE, known.plusDays(30)).set(FORWARDING.LETTER_NUMBER, "800/" + id)
                        .set(FORWARDING.CREATED_AT, at(known.plusDays(30), 11)).execute();
            }
            if (steps >= 5) {
                ctx.insertInto(RECOMMENDATION).set(RECOMMENDATION.CASE_ID, id).set(RECOMMENDATION.RECOMMENDING_BODY, "BKN")
                        .set(RECOMMENDATION.LETTER_NUMBER, "R-" + id).set(RECOMMENDATION.LETTER_DATE, known.plusDays(40))
                        .set(RECOMMENDATION.RECOMMENDED_SANCTION, "Hukuman disiplin")
                        .set(RECOMMENDATION.CREATED_AT, at(known.plusDays(40), 11)).execute();
            }
            if (steps >= 6) {
                boolean proven = random.nextInt(5) > 0;
                String[] sanctions = {"MORAL_TERTUTUP", "MORAL_TERBUKA", "DISIPLIN_SEDANG", "DISIPLIN_BERAT"};
                LocalDate decree = known.plusDays(50);
                ctx.insertInto(DECISION).set(DECISION.CASE_ID, id).set(DECISION.OUTCOME, proven ? "PROVEN" : "NOT_PROVEN")
                        .set(DECISION.SANCTION, proven ? sanctions[random.nextInt(sanctions.length)] : null)
                        .set(DECISION.DECREE_NUMBER, "KEP-" + id).set(DECISION.DECREE_DATE, decree)
                        .set(DECISION.DELIVERED_DATE, random.nextBoolean() ? decree.plusDays(5) : null)
                        .set(DECISION.DECIDED_AT, at(decree, 14)).execute();
            }
        }
    }
}
