package id.netra.findings.store;

import static id.netra.db.schema.Tables.HOLIDAY;

import java.util.List;

import id.netra.db.Database;
import id.netra.findings.domain.Holiday;
import id.netra.findings.domain.HolidayKind;
import id.netra.findings.domain.WorkingCalendar;

/** The editable holiday list behind every working-day deadline. */
public final class HolidayStore {

    private final Database db;

    public HolidayStore(Database db) {
        this.db = db;
    }

    public List<Holiday> list() {
        return db.dsl().selectFrom(HOLIDAY).orderBy(HOLIDAY.HOLIDAY_DATE).fetch()
                .map(r -> new Holiday(r.getHolidayDate(), r.getName(), HolidayKind.valueOf(r.getKind())));
    }

    public WorkingCalendar calendar() {
        return WorkingCalendar.of(list());
    }

    /** Adds or renames the holiday on that date (one entry per date). */
    public void put(Holiday h) {
        if (h.name().isBlank()) {
            throw FindingsInputException.of("findings.error.required", "findings.field.holidayName");
        }
        db.dsl().mergeInto(HOLIDAY).using(db.dsl().selectOne())
                .on(HOLIDAY.HOLIDAY_DATE.eq(h.date()))
                .whenMatchedThenUpdate().set(HOLIDAY.NAME, h.name().strip()).set(HOLIDAY.KIND, h.kind().name())
                .whenNotMatchedThenInsert(HOLIDAY.HOLIDAY_DATE, HOLIDAY.NAME, HOLIDAY.KIND)
                .values(h.date(), h.name().strip(), h.kind().name())
                .execute();
    }

    public void remove(java.time.LocalDate date) {
        db.dsl().deleteFrom(HOLIDAY).where(HOLIDAY.HOLIDAY_DATE.eq(date)).execute();
    }
}
