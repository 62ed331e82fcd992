package id.netra.findings.ui;

import java.time.LocalDate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import id.netra.findings.domain.CaseFilter;
import id.netra.findings.domain.CaseListItem;
import id.netra.findings.domain.CaseStatus;
import id.netra.findings.domain.DeadlineCounts;
import id.netra.findings.service.FindingsService;
import id.netra.findings.domain.ViolationCategory;
import id.netra.i18n.Messages;
import id.netra.ui.Dialogs;

/** Filters and rows of the case list; loads through the task runner. */
public final class CaseListViewModel {

    final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    final StringProperty code = new SimpleStringProperty();
    final ObjectProperty<ViolationCategory> category = new SimpleObjectProperty<>();
    final ObjectProperty<Long> subUnitId = new SimpleObjectProperty<>();
    final ObjectProperty<Long> periodId = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    final StringProperty text = new SimpleStringProperty("");
    final ObservableList<CaseListItem> rows = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");
    final StringProperty badge = new SimpleStringProperty("");
    /** Empty, or which years running deadlines reach without a recorded holiday. */
    final StringProperty holidayWarning = new SimpleStringProperty("");

    private final FindingsContext ctx;

    public CaseListViewModel(FindingsContext ctx) {
        this.ctx = ctx;
    }

    CaseFilter filter() {
        String c = code.get() == null || code.get().isBlank() ? null : code.get();
        return new CaseFilter(status.get(), c, category.get(), subUnitId.get(), from.get(), until.get(),
                overdueOnly.get(), text.get(), periodId.get());
    }

    public void reload() {
        if (from.get() != null && until.get() != null && until.get().isBefore(from.get())) {
            message.set(Messages.tr("findings.error.dateOrder", Messages.tr("findings.filter.from"),
                    Messages.tr("findings.filter.until")));
            return;
        }
        CaseFilter f = filter();
        LocalDate today = ctx.today().get();
        ctx.runner().run("findings.task.load", p -> ctx.service().register(f, today), this::show,
                e -> message.set(Dialogs.describe(e)));
    }

    void showCounts(DeadlineCounts c) {
        badge.set(c.total() == 0 ? "" : Integer.toString(c.total()));
    }

    private void show(FindingsService.Register l) {
        rows.setAll(l.items());
        showCounts(l.counts());
        message.set(Messages.tr("findings.list.count", l.items().size()));
        holidayWarning.set(l.yearsWithoutHolidays().isEmpty() ? "" : Messages.tr("findings.holidays.missingYear",
                l.yearsWithoutHolidays().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
    }

    public ObservableList<CaseListItem> rows() {
        return rows;
    }
}
