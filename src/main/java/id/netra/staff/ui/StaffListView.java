package id.netra.staff.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.i18n.Messages;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.domain.StaffMember;
import id.netra.staff.domain.StaffSubUnit;
import id.netra.staff.service.StaffImportService;
import id.netra.ui.Dialogs;
import id.netra.ui.Placeholder;
import id.netra.ui.TaskRunner;

/**
 * The Pegawai page: search-as-you-type, filters, a sortable virtualised table (only visible rows
 * are drawn, so 20,000 scroll smoothly), the count in a status line, and the roster actions.
 */
final class StaffListView {

    private final StaffListViewModel model;
    private final StaffImportService imports;
    private final TaskRunner runner;
    private final TableView<StaffRow> table = new TableView<>();
    private final VBox root;

    StaffListView(StaffListViewModel model, StaffImportService imports, TaskRunner runner) {
        this.model = model;
        this.imports = imports;
        this.runner = runner;

        Label title = new Label(Messages.tr("staff.title"));
        title.getStyleClass().add("page-title");

        TextField search = TextFields.createClearableTextField();
        search.setId("staff-search");
        search.setPromptText(Messages.tr("staff.search.prompt"));
        search.setPrefWidth(280);
        search.textProperty().bindBidirectional(model.searchProperty());

        ComboBox<StaffSubUnit> unit = new ComboBox<>();
        unit.setId("staff-filter-unit");
        unit.setItems(withNull(model));
        unit.setConverter(StaffViews.converter(StaffSubUnit::name));
        unit.valueProperty().bindBidirectional(model.subUnitProperty());
        ComboBox<StaffKind> kind = new ComboBox<>();
        kind.setId("staff-filter-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(StaffKind.values());
        kind.setConverter(StaffViews.converter(k -> Messages.tr("staff.kind." + k.name())));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<StaffFilter.ActiveState> state = new ComboBox<>();
        state.setId("staff-filter-active");
        state.getItems().setAll(StaffFilter.ActiveState.values());
        state.setConverter(StaffViews.converter(s -> Messages.tr("staff.state." + s.name())));
        state.valueProperty().bindBidirectional(model.stateProperty());

        HBox filters = new HBox(8, search, unit, kind, state);
        filters.setAlignment(Pos.CENTER_LEFT);

        Button add = button("staff-add", "staff.action.add", "mdal-add");
        Button edit = button("staff-edit", "staff.action.edit", "mdal-edit");
        Button deactivate = button("staff-deactivate", "staff.action.deactivate", "mdal-block");
        Button history = button("staff-history", "staff.action.history", "mdal-history");
        Button importButton = button("staff-import", "staff.action.import", "mdal-file_upload");
        Button export = button("staff-export", "staff.action.export", "mdal-get_app");
        Button units = button("staff-units", "staff.action.units", "mdal-account_tree");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, add, edit, deactivate, history, gap, units, importButton, export);
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(noSelection);
        deactivate.disableProperty().bind(noSelection);
        history.disableProperty().bind(noSelection);

        table.setId("staff-table");
        table.getColumns().add(column("staff.col.name", StaffMember::fullName, 280));
        table.getColumns().add(column("staff.col.nip", StaffMember::displayNumber, 190));
        table.getColumns().add(column("staff.col.kind", m -> Messages.tr("staff.kind." + m.draft().kind().name()), 80));
        table.getColumns().add(column("staff.col.grade",
                m -> m.draft().grade() == null ? "" : m.draft().grade().code(), 80));
        table.getColumns().add(column("staff.col.position", m -> orBlank(m.draft().position()), 220));
        table.getColumns().add(column("staff.col.unit", m -> orBlank(m.draft().subUnitName()), 200));
        table.getColumns().add(column("staff.col.state", m -> m.isActiveOn(model.today())
                ? Messages.tr("staff.state.ACTIVE") : Messages.tr("staff.reason." + m.inactiveReason().name()), 110));
        table.setItems(model.sortedRows());
        model.sortedRows().comparatorProperty().bind(table.comparatorProperty());
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<StaffRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label count = new Label();
        count.setId("staff-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.statusProperty());

        add.setOnAction(e -> edit(null));
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        deactivate.setOnAction(e -> deactivate(table.getSelectionModel().getSelectedItem()));
        history.setOnAction(e -> history(table.getSelectionModel().getSelectedItem()));
        export.setOnAction(e -> export());
        importButton.setOnAction(e -> new StaffImportWizard(imports, runner, model.today(),
                () -> model.reload(null)).show(node()));
        units.setOnAction(e -> new SubUnitDialog(model).showAndWait());
        // an empty roster says how to fill it; a filter that hides everyone says so
        Button emptyImport = button("staff-empty-import", "staff.action.import", "mdal-file_upload");
        emptyImport.setOnAction(importButton.getOnAction());
        Button emptyAdd = button("staff-empty-add", "staff.action.add", "mdal-add");
        emptyAdd.setOnAction(add.getOnAction());
        javafx.scene.Node emptyRoster = id.netra.ui.EmptyState.of("mdomz-people", "staff.empty.title", "staff.empty.text",
                emptyImport, emptyAdd);
        javafx.scene.Node nothingMatches = Placeholder.of("staff.empty.filtered");
        Runnable placeholder = () -> table.setPlaceholder(model.allRows().isEmpty() ? emptyRoster : nothingMatches);
        model.allRows().addListener((javafx.collections.ListChangeListener<StaffRow>) c -> placeholder.run());
        placeholder.run();

        root = new VBox(12, title, filters, actions, table, count);
        root.getStyleClass().add("page");
    }

    Node node() {
        return root;
    }

    private static javafx.collections.ObservableList<StaffSubUnit> withNull(StaffListViewModel model) {
        javafx.collections.ObservableList<StaffSubUnit> items = javafx.collections.FXCollections.observableArrayList();
        Runnable sync = () -> {
            List<StaffSubUnit> all = new ArrayList<>();
            all.add(null);
            all.addAll(model.subUnits());
            items.setAll(all);
        };
        model.subUnits().addListener((javafx.collections.ListChangeListener<StaffSubUnit>) c -> sync.run());
        sync.run();
        return items;
    }

    private void edit(StaffRow row) {
        List<String> unitNames = model.subUnits().stream().map(StaffSubUnit::name).toList();
        StaffFormDialog form = new StaffFormDialog(row == null ? null : row.member().draft(), unitNames, model.today());
        initOwner(form);
        form.showAndWait().ifPresent(draft -> model.save(row == null ? null : row.id(), draft,
                id -> select(id), e -> Dialogs.error(root, e)));
    }

    private void deactivate(StaffRow row) {
        if (row == null) {
            return;
        }
        DeactivateDialog dialog = new DeactivateDialog(row.member().fullName(), model.today());
        initOwner(dialog);
        dialog.showAndWait().ifPresent(a -> model.deactivate(row.id(), a.reason(), a.date(), a.note(), () -> { },
                e -> Dialogs.error(root, e)));
    }

    private void history(StaffRow row) {
        if (row == null) {
            return;
        }
        model.history(row.id(), entries -> {
            HistoryDialog d = new HistoryDialog(row.member().fullName(), entries);
            initOwner(d);
            d.showAndWait();
        }, e -> Dialogs.error(root, e));
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.tr("staff.export.title"));
        chooser.setInitialFileName(Messages.tr("staff.export.fileName") + ".xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        var file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        model.export(target, Messages.tr("staff.export.sheetTitle"),
                () -> Dialogs.info(root, "staff.export.title", Messages.tr("staff.export.done", model.shownCount(),
                        target.getFileName())), e -> Dialogs.error(root, e));
    }

    private void select(long id) {
        for (StaffRow r : table.getItems()) {
            if (r.id() == id) {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
                return;
            }
        }
    }

    private void initOwner(javafx.scene.control.Dialog<?> d) {
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            d.initOwner(root.getScene().getWindow());
        }
    }

    private static Button button(String id, String key, String icon) {
        Button b = new Button(Messages.tr(key), new FontIcon(icon));
        b.setId(id);
        return b;
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }

    private static TableColumn<StaffRow, String> column(String key, Function<StaffMember, String> value,
            double width) {
        TableColumn<StaffRow, String> c = new TableColumn<>(Messages.tr(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue().member())));
        c.setPrefWidth(width);
        return c;
    }
}
