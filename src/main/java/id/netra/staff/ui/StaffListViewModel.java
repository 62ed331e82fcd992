package id.netra.staff.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import id.netra.i18n.Messages;
import id.netra.staff.domain.HistoryEntry;
import id.netra.staff.domain.InactiveReason;
import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.domain.StaffSubUnit;
import id.netra.staff.io.StaffXlsxExporter;
import id.netra.staff.store.RosterStore;
import id.netra.ui.TaskRunner;

/**
 * The Pegawai list without a toolkit: all rows loaded once, a {@link FilteredList} re-filtered on
 * every change of the search text or a filter, a {@link SortedList} for the table's column sorting,
 * and the actions (save, deactivate, export) run through the {@link TaskRunner}.
 */
public final class StaffListViewModel {

    private final RosterStore store;
    private final TaskRunner runner;
    private final Supplier<LocalDate> today;

    private final ObservableList<StaffRow> rows = FXCollections.observableArrayList();
    private final FilteredList<StaffRow> filtered = new FilteredList<>(rows);
    private final SortedList<StaffRow> sorted = new SortedList<>(filtered);
    private final ObservableList<StaffSubUnit> subUnits = FXCollections.observableArrayList();

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<StaffSubUnit> subUnit = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffFilter.ActiveState> state =
            new SimpleObjectProperty<>(StaffFilter.ActiveState.ACTIVE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public StaffListViewModel(RosterStore store, TaskRunner runner, Supplier<LocalDate> today) {
        this.store = store;
        this.runner = runner;
        this.today = today;
        search.addListener((o, a, b) -> refilter());
        subUnit.addListener((o, a, b) -> refilter());
        kind.addListener((o, a, b) -> refilter());
        state.addListener((o, a, b) -> refilter());
    }

    /** Loads everyone and the sub-units off the UI thread; {@code then} runs after (may be null). */
    public void reload(Runnable then) {
        runner.run("staff.task.load", p -> new Loaded(store.listAll().stream().map(StaffRow::of).toList(),
                store.subUnits()), loaded -> {
                    subUnits.setAll(loaded.units());
                    rows.setAll(loaded.rows());
                    refilter();
                    if (then != null) {
                        then.run();
                    }
                }, e -> status.set(Messages.tr("staff.error.load", e.getMessage())));
    }

    private record Loaded(List<StaffRow> rows, List<StaffSubUnit> units) {
    }

    void refilter() {
        StaffSubUnit unit = subUnit.get();
        filtered.setPredicate(new StaffFilter(search.get(), unit == null ? null : unit.id(), kind.get(),
                state.get() == null ? StaffFilter.ActiveState.ALL : state.get(), today.get()).predicate());
        updateStatus();
    }

    private void updateStatus() {
        long active = rows.stream().filter(r -> r.member().isActiveOn(today.get())).count();
        status.set(Messages.tr("staff.status", filtered.size(), active));
    }

    public void save(Long id, StaffDraft draft, Consumer<Long> done, Consumer<Throwable> failed) {
        runner.run("staff.task.save", p -> {
            if (id == null) {
                return store.add(draft);
            }
            store.update(id, draft);
            return id;
        }, savedId -> reload(() -> done.accept(savedId)), failed);
    }

    public void deactivate(long id, InactiveReason reason, LocalDate date, String note, Runnable done,
            Consumer<Throwable> failed) {
        runner.run("staff.task.save", p -> {
            store.deactivate(id, reason, date, note);
            return id;
        }, x -> reload(done), failed);
    }

    public void reactivate(long id, Runnable done, Consumer<Throwable> failed) {
        runner.run("staff.task.save", p -> {
            store.reactivate(id);
            return id;
        }, x -> reload(done), failed);
    }

    public void history(long id, Consumer<List<HistoryEntry>> show, Consumer<Throwable> failed) {
        runner.run("staff.task.load", p -> store.history(id), show, failed);
    }

    /** Writes the rows now shown (filtered and sorted) to an .xlsx in SIMPEG style. */
    public void export(Path target, String title, Runnable done, Consumer<Throwable> failed) {
        List<StaffDraft> shown = sorted.stream().map(r -> r.member().draft()).toList();
        runner.run("staff.task.export", p -> {
            StaffXlsxExporter.write(shown, title, target);
            return target;
        }, x -> done.run(), failed);
    }

    public void saveSubUnit(Long id, String name, String kindCode, Long headId, Runnable done,
            Consumer<Throwable> failed) {
        runner.run("staff.task.save", p -> store.saveSubUnit(id, name, kindCode, headId), x -> reload(done), failed);
    }

    public SortedList<StaffRow> sortedRows() {
        return sorted;
    }

    public ObservableList<StaffRow> allRows() {
        return rows;
    }

    public int shownCount() {
        return filtered.size();
    }

    public ObservableList<StaffSubUnit> subUnits() {
        return subUnits;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<StaffSubUnit> subUnitProperty() {
        return subUnit;
    }

    public ObjectProperty<StaffKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<StaffFilter.ActiveState> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public LocalDate today() {
        return today.get();
    }
}
