package id.netra.staff.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffField;

class ImportPlanTest {

    private static List<ParsedRow> rows() throws ImportProblem {
        return ImportFiles.parse("excel-semicolon-bom.csv");
    }

    @Test
    void everythingIsNewOnAnEmptyRoster() throws Exception {
        ImportPlan plan = ImportPlan.build(rows(), List.of());
        assertThat(plan.count(ImportOutcome.NEW)).isEqualTo(2);
        assertThat(plan.missing()).isEmpty();
        assertThat(plan.hasWork()).isTrue();
    }

    @Test
    void reimportingTheSamePeopleChangesNothing() throws Exception {
        List<ExistingStaff> roster = new ArrayList<>();
        long id = 1;
        for (ParsedRow r : rows()) {
            roster.add(new ExistingStaff(id++, r.draft(), true));
        }
        ImportPlan plan = ImportPlan.build(rows(), roster);
        assertThat(plan.count(ImportOutcome.UNCHANGED)).isEqualTo(2);
        assertThat(plan.hasWork()).isFalse();
    }

    @Test
    void aChangedFieldIsAnUpdateAndBlanksKeepWhatTheRosterHas() throws Exception {
        List<ParsedRow> parsed = rows();
        StaffDraft ahmad = parsed.get(0).draft();
        StaffDraft before = new StaffDraft(ahmad.kind(), ahmad.nip(), null, null, ahmad.name(), ahmad.sex(),
                "Medan", ahmad.birthDate(), ahmad.grade(), "Staf", ahmad.positionType(), ahmad.subUnitName(),
                "0812", null);
        ImportPlan plan = ImportPlan.build(parsed, List.of(new ExistingStaff(7, before, true),
                new ExistingStaff(8, parsed.get(1).draft().keepingWhereBlank(before), false)));
        PlannedRow first = plan.rows().get(0);
        assertThat(first.outcome()).isEqualTo(ImportOutcome.UPDATE);
        assertThat(first.existingId()).isEqualTo(7L);
        assertThat(first.changes()).containsExactly(StaffField.POSITION);
        assertThat(first.toWrite().birthPlace()).isEqualTo("Medan");
        assertThat(first.toWrite().phone()).isEqualTo("0812");
    }

    @Test
    void activeStaffAbsentFromTheFileAreOfferedNotRemoved() throws Exception {
        StaffDraft other = ImportFiles.parse("siasn-export.csv").get(0).draft();
        ImportPlan plan = ImportPlan.build(rows(), List.of(new ExistingStaff(3, other, true)));
        assertThat(plan.missing()).extracting(ExistingStaff::id).containsExactly(3L);
    }

    @Test
    void errorRowsAreCountedAndListed() throws Exception {
        ImportPlan plan = ImportPlan.build(ImportFiles.parse("duplicate-nip.csv"), List.of());
        assertThat(plan.count(ImportOutcome.NEW)).isEqualTo(2);
        assertThat(plan.count(ImportOutcome.ERROR)).isEqualTo(1);
        assertThat(plan.errors()).singleElement().extracting(RowIssue::row).isEqualTo(4);
    }
}
