package id.netra.reports.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A person as the report needs them: kind, where they work, when they entered the roster and when they
 * left it (inactive date), so the roster at any month end can be rebuilt.
 *
 * @param kind            PNS, PPPK or NON_ASN
 * @param subUnitOrder    sort order of the sub-unit, for tables in the office's own order
 * @param recordedAt      when the person entered the store; nobody counts before being recorded
 */
public record StaffFact(long id, String kind, String name, String idNumber, String position, String subUnit,
                        int subUnitOrder, OffsetDateTime recordedAt, LocalDate inactiveDate) {

    /** On the roster at the cut: recorded before it and not gone by the last day. */
    public boolean onRosterAt(MonthCut cut) {
        return (recordedAt == null || cut.byEnd(recordedAt))
                && (inactiveDate == null || inactiveDate.isAfter(cut.lastDay()));
    }
}
