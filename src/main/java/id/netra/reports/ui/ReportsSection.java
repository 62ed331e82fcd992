package id.netra.reports.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

import javafx.scene.Node;

import id.netra.reports.service.ReportService;
import id.netra.ui.Section;
import id.netra.ui.TaskRunner;

/** Laporan in the rail: the monthly report to the Sekda. */
public final class ReportsSection implements Section {

    private final ReportsViewModel vm;
    private ReportsView view;

    public ReportsSection(ReportService service, TaskRunner runner, Supplier<LocalDate> today, Path reportsFolder) {
        this.vm = new ReportsViewModel(service, runner, today, reportsFolder);
    }

    @Override
    public String id() {
        return "reports";
    }

    @Override
    public String titleKey() {
        return "nav.reports";
    }

    @Override
    public String iconLiteral() {
        return "mdoal-insert_chart";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ReportsView(vm);
        }
        return view;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public ReportsViewModel viewModel() {
        return vm;
    }
}
