package id.netra.pacts.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import id.netra.i18n.Messages;
import id.netra.pacts.domain.Attendance;
import id.netra.pacts.domain.AttendanceCount;
import id.netra.pacts.domain.PactRow;
import id.netra.pacts.domain.PledgeEvent;
import id.netra.pacts.service.PledgeService;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.ui.TaskRunner;

/** Ikrar events of the selected period and their attendance. */
public final class PledgeViewModel {

    private final PledgeService service;
    private final TaskRunner runner;
    private final Supplier<LocalDate> today;
    private final PactsViewModel pacts;

    final ObservableList<PledgeEvent> events = FXCollections.observableArrayList();
    final ObjectProperty<PledgeEvent> event = new SimpleObjectProperty<>();
    final ObservableMap<Long, Attendance> attendance = FXCollections.observableHashMap();
    final ObjectProperty<AttendanceCount> count = new SimpleObjectProperty<>();
    final StringProperty status = new SimpleStringProperty("");

    public PledgeViewModel(PledgeService service, PactsViewModel pacts, TaskRunner runner, Supplier<LocalDate> today) {
        this.service = service;
        this.pacts = pacts;
        this.runner = runner;
        this.today = today;
        pacts.period.addListener((o, a, b) -> load());
        event.addListener((o, a, b) -> loadAttendance());
    }

    List<PactRow> people() {
        return pacts.roster;
    }

    public void load() {
        ElectionPeriod p = pacts.period.get();
        if (p == null) {
            events.clear();
            return;
        }
        runner.run("pacts.task.load", x -> service.store().events(p.id()), list -> {
            PledgeEvent keep = event.get();
            events.setAll(list);
            PledgeEvent again = keep == null ? null : list.stream().filter(e -> e.id() == keep.id()).findFirst().orElse(null);
            event.set(again != null ? again : list.isEmpty() ? null : list.get(0));
        }, pacts::fail);
    }

    private record Loaded(Map<Long, Attendance> attendance, AttendanceCount count) {
    }

    private void loadAttendance() {
        PledgeEvent e = event.get();
        if (e == null) {
            attendance.clear();
            count.set(null);
            return;
        }
        runner.run(null, x -> new Loaded(service.store().attendance(e.id()), service.count(e, today.get())), l -> {
            attendance.clear();
            attendance.putAll(l.attendance());
            count.set(l.count());
        }, pacts::fail);
    }

    /** A new event with the standard text, stored at once so attendance can be recorded. */
    public void newEvent() {
        ElectionPeriod p = pacts.period.get();
        if (p == null) {
            status.set(Messages.tr("pacts.error.noCurrentPeriod"));
            return;
        }
        runner.run("pacts.task.save", x -> {
            long id = service.store().save(service.draft(p, today.get()));
            return service.store().event(id).orElseThrow();
        }, saved -> {
            events.add(0, saved);
            event.set(saved);
            status.set(Messages.tr("pacts.pledge.saved"));
        }, pacts::fail);
    }

    public void save(PledgeEvent edited) {
        if (edited.place() == null || edited.place().isBlank() || edited.heldOn() == null) {
            status.set(Messages.tr("pacts.pledge.error.required"));
            return;
        }
        runner.run("pacts.task.save", x -> service.store().event(service.store().save(edited)).orElseThrow(), saved -> {
            events.replaceAll(e -> e.id() == saved.id() ? saved : e);
            event.set(saved);
            status.set(Messages.tr("pacts.pledge.saved"));
        }, pacts::fail);
    }

    /** Sets everyone of a sub-unit (null: everyone) and saves at once, in one transaction. */
    public void applyToUnit(Long subUnitId, Attendance value) {
        PledgeEvent e = event.get();
        if (e == null) {
            return;
        }
        runner.run("pacts.task.save", x -> service.recordForUnit(e, subUnitId, value, today.get()), n -> {
            status.set(Messages.tr("pacts.pledge.applied", n, Messages.tr("pacts.pledge.attendance." + value.name())));
            loadAttendance();
            pacts.changedFromOutside();
        }, pacts::fail);
    }

    /** One person's attendance, saved at once. */
    public void set(long staffId, Attendance value) {
        PledgeEvent e = event.get();
        if (e == null) {
            return;
        }
        Map<Long, Attendance> one = new HashMap<>();
        one.put(staffId, value);
        runner.run(null, x -> {
            service.record(e, one);
            return service.count(e, today.get());
        }, c -> {
            attendance.put(staffId, value);
            count.set(c);
            pacts.changedFromOutside();
        }, pacts::fail);
    }

    public void printList(Long subUnitId, Path target) {
        PledgeEvent e = event.get();
        ElectionPeriod p = pacts.period.get();
        if (e == null || p == null) {
            return;
        }
        runner.run("pacts.task.export", x -> service.saveAttendanceList(e, p, subUnitId, today.get(), target), pages ->
                status.set(Messages.tr("pacts.pledge.printed", pages, target.getFileName())), pacts::fail);
    }
}
