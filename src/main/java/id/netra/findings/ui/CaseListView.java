package id.netra.findings.ui;

import java.util.List;
import java.util.function.LongConsumer;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.findings.domain.CaseListItem;
import id.netra.findings.domain.CaseStatus;
import id.netra.findings.domain.CaseWording;
import id.netra.findings.domain.CatalogueEntry;
import id.netra.findings.domain.Deadline;
import id.netra.findings.domain.DeadlineState;
import id.netra.findings.domain.ViolationCategory;
import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.staff.domain.SubUnit;
import id.netra.ui.Placeholder;

/** The register: filters on top, one row per case, the running clock at the right. */
final class CaseListView {

    private final CaseListViewModel vm;
    private final TableView<CaseListItem> table = new TableView<>();
    private final ComboBox<String> code = Forms.combo("findings-filter-code", s -> s, "findings.filter.any");
    private final ComboBox<SubUnit> unit = Forms.combo("findings-filter-unit", SubUnit::name, "findings.filter.any");
    private final ComboBox<ElectionPeriod> period = Forms.combo("findings-filter-period", ElectionPeriod::name,
            "findings.filter.any");
    private final VBox root;

    CaseListView(CaseListViewModel vm, Runnable onNew, LongConsumer onOpen) {
        this.vm = vm;
        ComboBox<CaseStatus> status = Forms.combo("findings-filter-status", s -> Messages.tr(s.messageKey()),
                "findings.filter.any");
        status.getItems().add(null);
        status.getItems().addAll(CaseStatus.values());
        status.setPromptText(Messages.tr("findings.filter.status"));
        vm.status.bind(status.valueProperty());
        ComboBox<ViolationCategory> category = Forms.combo("findings-filter-category", c -> Messages.tr(c.messageKey()),
                "findings.filter.any");
        category.getItems().add(null);
        category.getItems().addAll(ViolationCategory.values());
        category.setPromptText(Messages.tr("findings.filter.category"));
        code.setPromptText(Messages.tr("findings.filter.code"));
        unit.setPromptText(Messages.tr("findings.filter.unit"));
        vm.category.bind(category.valueProperty());
        vm.code.bind(code.valueProperty());
        unit.valueProperty().addListener((o, a, b) -> vm.subUnitId.set(b == null ? null : b.id()));
        period.setPromptText(Messages.tr("findings.filter.period"));
        period.valueProperty().addListener((o, a, b) -> vm.periodId.set(b == null ? null : b.id()));
        DatePicker from = new DatePicker();
        from.setId("findings-filter-from");
        from.setPromptText(Messages.tr("findings.filter.from"));
        vm.from.bind(from.valueProperty());
        DatePicker until = new DatePicker();
        until.setId("findings-filter-until");
        until.setPromptText(Messages.tr("findings.filter.until"));
        vm.until.bind(until.valueProperty());
        CheckBox overdue = new CheckBox(Messages.tr("findings.filter.overdue"));
        overdue.setId("findings-filter-overdue");
        vm.overdueOnly.bind(overdue.selectedProperty());
        TextField search = new TextField();
        search.setId("findings-search");
        search.setPromptText(Messages.tr("findings.filter.search"));
        vm.text.bind(search.textProperty());
        search.setOnAction(e -> vm.reload());
        for (var p : List.of(status.valueProperty(), category.valueProperty(), code.valueProperty(),
                unit.valueProperty(), period.valueProperty(), from.valueProperty(), until.valueProperty(), overdue.selectedProperty())) {
            p.addListener((o, a, b) -> vm.reload());
        }
        Button find = new Button(Messages.tr("findings.filter.apply"), new FontIcon("mdmz-search"));
        find.setId("findings-search-button");
        find.setOnAction(e -> vm.reload());
        for (ComboBox<?> c : List.of(status, category, code, unit, period)) {
            c.setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            c.setPrefWidth(c == unit || c == period ? 240 : c == category ? 200 : 160);
        }
        FlowPane filters = new FlowPane(8, 8, status, category, code, unit, period, from, until, overdue, search, find);

        table.setId("findings-table");
        var register = Forms.<CaseListItem>column("findings.col.register", i -> i.summary().registerNumber(), 160);
        var known = Forms.<CaseListItem>column("findings.col.known", i -> IndonesianDates.format(i.summary().dateKnown()), 150);
        // the fitted table shrinks every column; these two are short and must stay whole
        register.setMinWidth(160);
        known.setMinWidth(150);
        table.getColumns().add(register);
        table.getColumns().add(known);
        table.getColumns().add(Forms.column("findings.col.people", i -> String.join("; ", i.summary().people()), 240));
        table.getColumns().add(Forms.column("findings.col.codes", i ->
                Messages.tr(CaseWording.violationLabelKey(i.summary().status(), i.summary().deadlineFacts().decision()))
                        + " " + String.join(", ", i.summary().codes()), 200));
        var statusColumn = Forms.<CaseListItem>column("findings.col.status", i -> Messages.tr(i.summary().status().messageKey()), 125);
        statusColumn.setMinWidth(125);
        table.getColumns().add(statusColumn);
        table.getColumns().add(Forms.column("findings.col.deadline", CaseListView::deadlineText, 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(vm.rows());
        table.setRowFactory(t -> {
            TableRow<CaseListItem> row = new TableRow<>() {
                @Override
                protected void updateItem(CaseListItem item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("figure-danger", "figure-warn");
                    if (!empty && item != null && item.needsAttention()) {
                        getStyleClass().add(item.state() == DeadlineState.OVERDUE ? "figure-danger" : "figure-warn");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem().summary().id());
                }
            });
            return row;
        });
        table.setPlaceholder(Placeholder.of("findings.list.empty"));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button(Messages.tr("findings.action.new"), new FontIcon("mdal-add"));
        add.setId("findings-new");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> onNew.run());
        Button open = new Button(Messages.tr("findings.action.open"), new FontIcon("mdal-create"));
        open.setId("findings-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> onOpen.accept(table.getSelectionModel().getSelectedItem().summary().id()));
        Label count = new Label();
        count.setId("findings-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(vm.message);
        HBox actions = new HBox(8, add, open, count);
        Label holidays = new Label();
        holidays.setId("findings-holiday-warning");
        holidays.setWrapText(true);
        holidays.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        holidays.getStyleClass().add("warning");
        holidays.textProperty().bind(vm.holidayWarning);
        holidays.visibleProperty().bind(vm.holidayWarning.isNotEmpty());
        holidays.managedProperty().bind(holidays.visibleProperty());
        root = new VBox(10, filters, actions, holidays, table);
    }

    /** Codes and sub-units for the filter boxes, once loaded. */
    void setChoices(List<CatalogueEntry> codes, List<SubUnit> units, List<ElectionPeriod> periods) {
        period.getItems().setAll((ElectionPeriod) null);
        period.getItems().addAll(periods);
        code.getItems().setAll((String) null);
        codes.stream().map(CatalogueEntry::code).distinct().forEach(code.getItems()::add);
        unit.getItems().setAll((SubUnit) null);
        unit.getItems().addAll(units);
    }

    static String deadlineText(CaseListItem i) {
        Deadline d = i.nextDeadline();
        if (d == null) {
            return "-";
        }
        return Messages.tr("findings.col.deadlineValue", Messages.tr(i.state().messageKey()),
                Messages.tr(d.kind().messageKey()), IndonesianDates.format(d.due()));
    }

    Node node() {
        return root;
    }
}
