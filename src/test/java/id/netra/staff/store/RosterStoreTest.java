package id.netra.staff.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.bench.FictionalRoster;
import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.staff.domain.HistoryEntry;
import id.netra.staff.domain.InactiveReason;
import id.netra.staff.domain.RosterChanges;
import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffField;
import id.netra.staff.domain.StaffMember;
import id.netra.staff.io.ColumnMapping;
import id.netra.staff.io.ImportPlan;
import id.netra.staff.io.ReadListener;
import id.netra.staff.io.SiasnCsvWriter;
import id.netra.staff.io.SourceTable;
import id.netra.staff.service.ImportResult;
import id.netra.staff.service.StaffImportService;

class RosterStoreTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;
    private Database db;
    private RosterStore store;
    private StaffImportService imports;
    private Path siasn;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(new DataDirectory(dir.resolve("data")));
        store = new RosterStore(db);
        imports = new StaffImportService(store);
        siasn = dir.resolve("siasn.csv");
        SiasnCsvWriter.write(FictionalRoster.generate(40, 3), "Dinas Pendidikan", siasn);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void importsAFileAndAReimportChangesNothing() throws Exception {
        ImportResult first = imports.importFile(siasn, false, TODAY);
        assertThat(first.created()).isEqualTo(40);
        assertThat(first.committed()).isTrue();
        assertThat(store.countActiveOn(TODAY)).isEqualTo(40);
        int historyLines = db.dsl().fetchCount(id.netra.db.schema.Tables.STAFF_HISTORY);
        List<StaffMember> before = store.listAll();

        ImportResult again = imports.importFile(siasn, false, TODAY);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(40);
        assertThat(store.listAll()).isEqualTo(before);
        assertThat(db.dsl().fetchCount(id.netra.db.schema.Tables.STAFF_HISTORY)).isEqualTo(historyLines);
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        ImportResult dry = imports.importFile(siasn, true, TODAY);
        assertThat(dry.created()).isEqualTo(40);
        assertThat(dry.committed()).isFalse();
        assertThat(store.listAll()).isEmpty();
    }

    @Test
    void aChangedRowIsAnUpdateWithHistory() throws Exception {
        imports.importFile(siasn, false, TODAY);
        StaffDraft someone = FictionalRoster.generate(40, 3).get(5);
        rewriteWith(5, "Kepala Seksi Kurikulum", someone.subUnitName());
        ImportResult r = imports.importFile(siasn, false, TODAY);
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(39);
        StaffMember m = store.listAll().stream().filter(s -> someone.nip() != null
                ? someone.nip().equals(s.draft().nip()) : someone.nik().equals(s.draft().nik())).findFirst().orElseThrow();
        assertThat(m.draft().position()).isEqualTo("Kepala Seksi Kurikulum");
        assertThat(store.history(m.id())).extracting(HistoryEntry::event, HistoryEntry::field)
                .contains(org.assertj.core.groups.Tuple.tuple(HistoryEntry.Event.UPDATED, StaffField.POSITION));
    }

    @Test
    void aPersonMovedToANewSubUnitByAnImportIsRecordedWithBothNames() throws Exception {
        imports.importFile(siasn, false, TODAY);
        StaffDraft someone = FictionalRoster.generate(40, 3).get(7);
        rewriteWith(7, someone.position(), "UPT Pelatihan Guru Baru");

        assertThat(imports.importFile(siasn, false, TODAY).updated()).isEqualTo(1);
        StaffMember moved = store.listAll().stream().filter(m -> m.draft().name().equals(someone.name()))
                .findFirst().orElseThrow();
        assertThat(moved.draft().subUnitName()).isEqualTo("UPT Pelatihan Guru Baru");
        assertThat(store.history(moved.id())).filteredOn(h -> h.field() == StaffField.SUB_UNIT).singleElement()
                .satisfies(h -> {
                    assertThat(h.oldText()).isEqualTo(someone.subUnitName());
                    assertThat(h.newText()).isEqualTo("UPT Pelatihan Guru Baru");
                    assertThat(h.source()).isEqualTo(HistoryEntry.Source.IMPORT);
                });
    }

    @Test
    void cancellingLeavesTheRosterAsItWas() throws Exception {
        SourceTable t = imports.read(siasn, ReadListener.NONE);
        ColumnMapping m = imports.initialMapping(t);
        ImportPlan plan = imports.preview(t, m, TODAY, ReadListener.NONE);
        assertThatThrownBy(() -> imports.commit(plan, m, "siasn.csv", List.of(), InactiveReason.LAINNYA, TODAY,
                () -> true, RosterStore.ProgressSink.NONE)).isInstanceOf(RosterStore.CancelledException.class);
        assertThat(store.listAll()).isEmpty();
        assertThat(store.subUnits()).isEmpty();
        assertThat(store.importCount()).isZero();
    }

    @Test
    void cancellingHalfWayThroughABigImportLeavesTheRosterAsItWas() throws Exception {
        SiasnCsvWriter.write(FictionalRoster.generate(4500, 3), "Dinas Pendidikan", siasn);
        SourceTable t = imports.read(siasn, ReadListener.NONE);
        ColumnMapping m = imports.initialMapping(t);
        ImportPlan plan = imports.preview(t, m, TODAY, ReadListener.NONE);
        long auditBefore = new id.netra.safety.store.AuditStore(db).headSeq();
        java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

        // the clerk presses Batal once the first 2,000 people are written
        assertThatThrownBy(() -> imports.commit(plan, m, "siasn.csv", List.of(), InactiveReason.LAINNYA, TODAY,
                () -> written.get() > 0, (done, total) -> written.set(done)))
                .isInstanceOf(RosterStore.CancelledException.class);
        assertThat(written.get()).isBetween(1L, 4499L);
        assertThat(store.listAll()).isEmpty();
        assertThat(store.importCount()).isZero();
        assertThat(new id.netra.safety.store.AuditStore(db).headSeq()).isEqualTo(auditBefore);
    }

    @Test
    void aFailureHalfWayRollsEverythingBack() {
        List<StaffDraft> people = FictionalRoster.generate(3, 9);
        // the same person twice breaks the unique NIP/NIK after the first insert
        RosterChanges broken = new RosterChanges(List.of(people.get(0), people.get(1), people.get(0)), Map.of(),
                List.of(), InactiveReason.LAINNYA, TODAY, "x.csv", 0, 0);
        assertThatThrownBy(() -> store.apply(broken, () -> false, RosterStore.ProgressSink.NONE))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.listAll()).isEmpty();
        assertThat(store.subUnits()).isEmpty();
    }

    @Test
    void historyStartsWithHowThePersonCameOnTheRoster() throws Exception {
        imports.importFile(siasn, false, TODAY);
        long imported = store.listAll().get(0).id();
        long typed = store.add(FictionalRoster.generate(41, 3).get(40));

        HistoryEntry fromFile = store.history(imported).get(0);
        assertThat(fromFile.event()).isEqualTo(HistoryEntry.Event.CREATED);
        assertThat(fromFile.source()).isEqualTo(HistoryEntry.Source.IMPORT);
        assertThat(fromFile.note()).isEqualTo("siasn.csv");
        assertThat(fromFile.at()).isEqualTo(db.dsl().select(id.netra.db.schema.Tables.STAFF_IMPORT_LOG.IMPORTED_AT)
                .from(id.netra.db.schema.Tables.STAFF_IMPORT_LOG).fetchSingle().value1());
        HistoryEntry fromForm = store.history(typed).get(0);
        assertThat(fromForm.event()).isEqualTo(HistoryEntry.Event.CREATED);
        assertThat(fromForm.source()).isEqualTo(HistoryEntry.Source.FORM);
        assertThat(fromForm.note()).isNull();
    }

    @Test
    void deactivatedStaffDropOutFromTheirDateButStayInHistory() throws Exception {
        imports.importFile(siasn, false, TODAY);
        long id = store.listAll().get(0).id();
        store.deactivate(id, InactiveReason.PENSIUN, LocalDate.of(2026, 12, 1), "SK pensiun 800/123");
        assertThat(store.countActiveOn(LocalDate.of(2026, 11, 30))).isEqualTo(40);
        assertThat(store.countActiveOn(LocalDate.of(2026, 12, 1))).isEqualTo(39);
        assertThat(store.listActiveOn(LocalDate.of(2026, 12, 1))).extracting(StaffMember::id).doesNotContain(id);
        StaffMember m = store.find(id).orElseThrow();
        assertThat(m.inactiveReason()).isEqualTo(InactiveReason.PENSIUN);
        assertThat(store.history(id)).extracting(HistoryEntry::event)
                .containsExactly(HistoryEntry.Event.CREATED, HistoryEntry.Event.DEACTIVATED);
        assertThat(store.listAll()).hasSize(40);
    }

    @Test
    void staffMissingFromAFullReimportAreOfferedAndOnlyDeactivatedWhenChosen() throws Exception {
        imports.importFile(siasn, false, TODAY);
        Path smaller = dir.resolve("smaller.csv");
        SiasnCsvWriter.write(FictionalRoster.generate(40, 3).subList(0, 38), "Dinas Pendidikan", smaller);
        SourceTable t = imports.read(smaller, ReadListener.NONE);
        ColumnMapping m = imports.initialMapping(t);
        ImportPlan plan = imports.preview(t, m, TODAY, ReadListener.NONE);
        assertThat(plan.missing()).hasSize(2);
        imports.commit(plan, m, "smaller.csv", List.of(plan.missing().get(0).id()), InactiveReason.MUTASI, TODAY,
                () -> false, RosterStore.ProgressSink.NONE);
        assertThat(store.countActiveOn(TODAY)).isEqualTo(39);
        assertThat(store.listAll()).hasSize(40);
    }

    @Test
    void formEditsRecordEachChangedField() {
        long id = store.add(FictionalRoster.generate(1, 5).get(0));
        StaffDraft d = store.find(id).orElseThrow().draft();
        StaffDraft changed = new StaffDraft(d.kind(), d.nip(), d.nik(), d.internalNo(), d.name(), d.sex(),
                "Kupang", d.birthDate(), d.grade(), d.position(), d.positionType(), "Bidang Baru", "0811", d.email());
        store.update(id, changed);
        assertThat(store.find(id).orElseThrow().draft()).isEqualTo(changed);
        assertThat(store.history(id)).filteredOn(h -> h.event() == HistoryEntry.Event.UPDATED)
                .extracting(HistoryEntry::field)
                .containsExactlyInAnyOrder(StaffField.BIRTH_PLACE, StaffField.SUB_UNIT, StaffField.PHONE);
        assertThat(store.subUnits()).extracting(s -> s.name()).contains("Bidang Baru");
    }

    @Test
    void aSecondPersonWithTheSameNipIsRefusedWithASentence() {
        StaffDraft someone = FictionalRoster.generate(1, 5).get(0);
        store.add(someone);
        assertThatThrownBy(() -> store.add(someone)).isInstanceOfSatisfying(DuplicateNumberException.class,
                e -> assertThat(e.localized()).contains("sudah dipakai"));
        assertThat(store.listAll()).hasSize(1);
    }

    @Test
    void aConfirmedMappingIsRememberedForTheSameKindOfFile() throws Exception {
        SourceTable t = imports.read(siasn, ReadListener.NONE);
        ColumnMapping changed = imports.initialMapping(t).with(StaffField.SUB_UNIT,
                t.header().indexOf("SATUAN KERJA KERJA NAMA"));
        ImportPlan plan = imports.preview(t, changed, TODAY, ReadListener.NONE);
        imports.commit(plan, changed, "siasn.csv", List.of(), InactiveReason.LAINNYA, TODAY, () -> false,
                RosterStore.ProgressSink.NONE);
        assertThat(imports.initialMapping(t).heading(StaffField.SUB_UNIT)).isEqualTo("SATUAN KERJA KERJA NAMA");
        assertThat(store.subUnits()).extracting(s -> s.name()).containsExactly("Dinas Pendidikan");
    }

    @Test
    void subUnitsGetAHead() throws Exception {
        imports.importFile(siasn, false, TODAY);
        var unit = store.subUnits().get(0);
        long head = store.listAll().get(0).id();
        store.saveSubUnit(unit.id(), unit.name(), "BIDANG", head);
        assertThat(store.subUnits().get(0).headStaffId()).isEqualTo(head);
        long added = store.saveSubUnit(null, "UPT Baru", "UPT", null);
        assertThat(store.subUnits()).extracting(s -> s.id()).contains(added);
    }

    /** The test roster written again with person {@code index} in another position and sub-unit. */
    private void rewriteWith(int index, String position, String subUnit) throws java.io.IOException {
        List<StaffDraft> people = new java.util.ArrayList<>(FictionalRoster.generate(40, 3));
        StaffDraft p = people.get(index);
        people.set(index, new StaffDraft(p.kind(), p.nip(), p.nik(), null, p.name(), p.sex(), p.birthPlace(),
                p.birthDate(), p.grade(), position, p.positionType(), subUnit, p.phone(), p.email()));
        SiasnCsvWriter.write(people, "Dinas Pendidikan", siasn);
    }
}
