package id.netra.staff.ui;

import java.time.LocalDate;
import java.util.function.Supplier;

import javafx.scene.Node;

import id.netra.staff.service.StaffImportService;
import id.netra.staff.store.RosterStore;
import id.netra.ui.Section;
import id.netra.ui.TaskRunner;

/** Pegawai: the roster with search, filters, edit, deactivate, history, sub-units, import and export. */
public final class StaffSection implements Section {

    private final StaffListViewModel model;
    private final StaffImportService imports;
    private final TaskRunner runner;
    private StaffListView view;

    public StaffSection(RosterStore roster, StaffImportService imports, TaskRunner runner, Supplier<LocalDate> today) {
        this.model = new StaffListViewModel(roster, runner, today);
        this.imports = imports;
        this.runner = runner;
    }

    @Override
    public String id() {
        return "staff";
    }

    @Override
    public String titleKey() {
        return "nav.staff";
    }

    @Override
    public String iconLiteral() {
        return "mdomz-people";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new StaffListView(model, imports, runner);
        }
        return view.node();
    }

    @Override
    public void onShow() {
        model.reload(null);
    }

    public StaffListViewModel model() {
        return model;
    }
}
