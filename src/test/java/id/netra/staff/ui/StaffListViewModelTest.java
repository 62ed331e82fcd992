package id.netra.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import id.netra.staff.domain.InactiveReason;
import id.netra.staff.domain.RosterChanges;
import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.io.ImportProblem;
import id.netra.staff.io.ParsedRow;
import id.netra.staff.io.ReadListener;
import id.netra.staff.io.SourceTable;
import id.netra.staff.io.StaffFileReader;
import id.netra.staff.io.StaffImportReader;
import id.netra.staff.io.ColumnMapping;
import id.netra.staff.store.RosterStore;
import id.netra.ui.ImmediateTaskRunner;

/** The list's filtering, counting and export, on a real store, without a toolkit. */
class StaffListViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;
    private Database db;
    private RosterStore store;
    private StaffListViewModel model;
    private List<StaffDraft> people;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(new DataDirectory(dir.resolve("data")));
        store = new RosterStore(db);
        people = FictionalRoster.generate(500, 11);
        store.apply(new RosterChanges(people, Map.of(), List.of(), InactiveReason.LAINNYA, TODAY, "t", 0, 0),
                () -> false, RosterStore.ProgressSink.NONE);
        model = new StaffListViewModel(store, new ImmediateTaskRunner(), () -> TODAY);
        model.reload(null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void searchFindsByPartOfTheNameOrOfTheNipAsPrinted() {
        StaffDraft someone = people.stream().filter(p -> p.nip() != null).findFirst().orElseThrow();
        model.searchProperty().set(someone.nip().substring(0, 8) + " " + someone.nip().substring(8, 14));
        assertThat(model.sortedRows()).extracting(r -> r.member().draft().nip()).contains(someone.nip())
                .allMatch(n -> n.startsWith(someone.nip().substring(0, 14)));
        model.searchProperty().set(someone.name().name().toUpperCase());
        assertThat(model.sortedRows()).extracting(r -> r.member().draft().name().name()).contains(someone.name().name());
        model.searchProperty().set("zzzz tidak ada");
        assertThat(model.shownCount()).isZero();
        assertThat(model.statusProperty().get()).isEqualTo("Tampil 0 pegawai, 500 pegawai aktif");
    }

    @Test
    void filtersBySubUnitKindAndActiveState() {
        long pppk = people.stream().filter(p -> p.kind() == StaffKind.PPPK).count();
        model.kindProperty().set(StaffKind.PPPK);
        assertThat(model.shownCount()).isEqualTo((int) pppk);
        model.kindProperty().set(null);
        var unit = model.subUnits().get(0);
        model.subUnitProperty().set(unit);
        assertThat(model.sortedRows()).allMatch(r -> unit.name().equals(r.member().draft().subUnitName()));
        model.subUnitProperty().set(null);

        long first = model.sortedRows().get(0).id();
        model.deactivate(first, InactiveReason.PENSIUN, TODAY, null, () -> { }, e -> { throw new AssertionError(e); });
        assertThat(model.shownCount()).isEqualTo(499);
        model.stateProperty().set(StaffFilter.ActiveState.INACTIVE);
        assertThat(model.sortedRows()).singleElement().extracting(StaffRow::id).isEqualTo(first);
        model.stateProperty().set(StaffFilter.ActiveState.ALL);
        assertThat(model.shownCount()).isEqualTo(500);
    }

    @Test
    void exportWritesTheFilteredListAndItReadsBack() throws ImportProblem {
        model.kindProperty().set(StaffKind.PNS);
        int shown = model.shownCount();
        Path target = dir.resolve("ekspor.xlsx");
        model.export(target, "DAFTAR PEGAWAI", () -> { }, e -> { throw new AssertionError(e); });
        SourceTable t = StaffFileReader.read(target, ReadListener.NONE);
        List<ParsedRow> rows = StaffImportReader.validate(t, ColumnMapping.auto(t.header()), TODAY, ReadListener.NONE);
        assertThat(rows).hasSize(shown).allMatch(ParsedRow::isValid);
        assertThat(rows).allMatch(r -> r.draft().kind() == StaffKind.PNS);
    }
}
