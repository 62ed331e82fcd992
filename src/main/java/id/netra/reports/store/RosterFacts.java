package id.netra.reports.store;

import static id.netra.db.schema.Tables.STAFF;
import static id.netra.db.schema.Tables.STAFF_HISTORY;
import static id.netra.db.schema.Tables.SUB_UNIT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import id.netra.db.schema.tables.records.StaffHistoryRecord;
import id.netra.db.schema.tables.records.StaffRecord;
import id.netra.pacts.domain.EmploymentKind;
import id.netra.pacts.domain.IdentityFormat;
import id.netra.reports.domain.MonthCut;
import id.netra.reports.domain.ReportText;
import id.netra.reports.domain.StaffFact;

/**
 * Rebuilds each person as they stood at a month cut: today's row, rolled back through the changes
 * recorded after the cut in {@code staff_history} (sub-unit and kind moves, a reactivation that
 * cleared an inactive date). Nobody recorded after the cut appears.
 */
final class RosterFacts {

    private static final String NO_UNIT = ReportText.get("noUnit");
    /** How long after the very first person the starting roster may still be arriving (a long import, a second file). */
    static final java.time.Duration BASELINE_WINDOW = java.time.Duration.ofDays(1);

    private RosterFacts() {
    }

    static List<StaffFact> read(DSLContext ctx, MonthCut cut) {
        Map<Long, String> unitNames = new HashMap<>();
        Map<String, Integer> unitOrder = new HashMap<>();
        ctx.selectFrom(SUB_UNIT).forEach(u -> {
            unitNames.put(u.getId(), u.getName());
            unitOrder.put(u.getName(), u.getSortOrder());
        });
        // only history written after the cut matters: it is what has to be undone
        Map<Long, List<StaffHistoryRecord>> later = new HashMap<>();
        ctx.selectFrom(STAFF_HISTORY).where(STAFF_HISTORY.CHANGED_AT.ge(cut.end()))
                .orderBy(STAFF_HISTORY.CHANGED_AT, STAFF_HISTORY.ID)
                .forEach(h -> later.computeIfAbsent(h.getStaffId(), k -> new ArrayList<>()).add(h));
        Map<Long, StaffHistoryRecord> lastDeactivationBeforeCut = new HashMap<>();
        if (!later.isEmpty()) {
            ctx.selectFrom(STAFF_HISTORY).where(STAFF_HISTORY.EVENT.eq("DEACTIVATED"),
                            STAFF_HISTORY.CHANGED_AT.lt(cut.end()), STAFF_HISTORY.STAFF_ID.in(later.keySet()))
                    .orderBy(STAFF_HISTORY.CHANGED_AT, STAFF_HISTORY.ID)
                    .forEach(h -> lastDeactivationBeforeCut.put(h.getStaffId(), h));
        }

        // The first roster entered (usually one import) is the starting roster: it is taken as true before
        // it was typed in, so the first report after installing Netra covers the previous month too.
        // People added later count from the moment they were recorded, which keeps reprints stable.
        OffsetDateTime first = ctx.select(DSL.min(STAFF.CREATED_AT)).from(STAFF).fetchOne().value1();
        OffsetDateTime baselineEnd = first == null ? null : first.plus(BASELINE_WINDOW);

        List<StaffFact> out = new ArrayList<>();
        // only the columns the report prints: 20,000 full rows cost noticeably more to fetch and map
        for (StaffRecord s : ctx.select(STAFF.ID, STAFF.KIND, STAFF.NIP, STAFF.NIK, STAFF.INTERNAL_NO, STAFF.NAME,
                        STAFF.TITLE_FRONT, STAFF.TITLE_BACK, STAFF.POSITION, STAFF.SUB_UNIT_ID, STAFF.CREATED_AT,
                        STAFF.INACTIVE_DATE)
                .from(STAFF).where(STAFF.CREATED_AT.lt(cut.end()).or(STAFF.CREATED_AT.lt(baselineEnd)))
                .fetchInto(STAFF)) {
            String unit = s.getSubUnitId() == null ? NO_UNIT : unitNames.get(s.getSubUnitId());
            String kind = s.getKind();
            LocalDate inactive = s.getInactiveDate();
            List<StaffHistoryRecord> undo = later.getOrDefault(s.getId(), List.of());
            // the first change after the cut of a field holds, as its old value, what was true at the cut
            boolean unitSeen = false;
            boolean kindSeen = false;
            boolean activitySeen = false;
            for (StaffHistoryRecord h : undo) {
                if ("UPDATED".equals(h.getEvent()) && "SUB_UNIT".equals(h.getFieldName()) && !unitSeen) {
                    unit = h.getOldText() == null || h.getOldText().isBlank() ? NO_UNIT : h.getOldText();
                    unitSeen = true;
                } else if ("UPDATED".equals(h.getEvent()) && "KIND".equals(h.getFieldName()) && !kindSeen) {
                    if (h.getOldText() != null && !h.getOldText().isBlank()) {
                        kind = h.getOldText();
                    }
                    kindSeen = true;
                } else if (!activitySeen && "DEACTIVATED".equals(h.getEvent())) {
                    // deactivated after the cut: whatever date it names, the state at the cut was the earlier one
                    activitySeen = true;
                    inactive = s.getInactiveDate();
                } else if (!activitySeen && "REACTIVATED".equals(h.getEvent())) {
                    // reactivated after the cut: they were off the roster then, from the earlier deactivation date
                    activitySeen = true;
                    inactive = dateOf(lastDeactivationBeforeCut.get(s.getId()));
                }
            }
            out.add(new StaffFact(s.getId(), kind, fullName(s), idNumber(s), s.getPosition(), unit,
                    unitOrder.getOrDefault(unit, Integer.MAX_VALUE),
                    s.getCreatedAt().isBefore(baselineEnd) ? null : s.getCreatedAt(), inactive));
        }
        out.sort(Comparator.comparing(StaffFact::name));
        return out;
    }

    /** The DEACTIVATED line stores "REASON yyyy-mm-dd" as its new text. */
    private static LocalDate dateOf(StaffHistoryRecord h) {
        if (h == null || h.getNewText() == null) {
            return null;
        }
        String[] parts = h.getNewText().strip().split(" ");
        try {
            return LocalDate.parse(parts[parts.length - 1]);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String fullName(StaffRecord s) {
        return IdentityFormat.fullName(s.getTitleFront(), s.getName(), s.getTitleBack());
    }

    /**
     * A national ID number is personal data the Sekda does not need whole (UU 27/2022 on personal data):
     * the region code and the last four digits identify the person among the OPD's staff.
     */
    static String maskNik(String nik) {
        if (nik == null || nik.isBlank()) {
            return "-";
        }
        String d = nik.strip();
        if (d.length() <= 10) {
            return d;
        }
        return d.substring(0, 6) + "*".repeat(d.length() - 10) + d.substring(d.length() - 4);
    }

    /** NIP (8 6 1 3) or NI PPPK (8 4 2 1 3) grouped as printed, else the internal number, else the NIK masked. */
    static String idNumber(StaffRecord s) {
        return idNumber(s.getKind(), s.getNip(), s.getInternalNo(), s.getNik());
    }

    static String idNumber(String kind, String nip, String internalNo, String nik) {
        if (nip != null && !nip.isBlank() && !EmploymentKind.NON_ASN.name().equals(kind)) {
            return IdentityFormat.numberValue(EmploymentKind.valueOf(kind), nip);
        }
        if (internalNo != null && !internalNo.isBlank()) {
            return internalNo;
        }
        return maskNik(nik);
    }

}
