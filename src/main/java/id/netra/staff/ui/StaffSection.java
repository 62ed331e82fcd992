package id.netra.staff.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;

import id.netra.i18n.Messages;
import id.netra.staff.domain.Staff;
import id.netra.staff.domain.SubUnit;
import id.netra.staff.store.StaffStore;
import id.netra.staff.store.SubUnitStore;
import id.netra.ui.EmptyState;
import id.netra.ui.Section;
import id.netra.ui.TaskRunner;

/** Pegawai: the roster as a table. */
public final class StaffSection implements Section {

    private final StaffStore staff;
    private final SubUnitStore subUnits;
    private final TaskRunner runner;
    private final TableView<Staff> table = new TableView<>();
    private final Label count = new Label();
    private final StackPane body = new StackPane();
    private Map<Long, String> unitNames = Map.of();

    public StaffSection(StaffStore staff, SubUnitStore subUnits, TaskRunner runner) {
        this.staff = staff;
        this.subUnits = subUnits;
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
        Label title = new Label(Messages.tr("staff.title"));
        title.getStyleClass().add("page-title");
        table.setId("staff-table");
        table.getColumns().add(column("staff.col.name", Staff::fullName, 300));
        table.getColumns().add(column("staff.col.nip", s -> s.nip() != null ? s.nip() : s.nik() != null ? s.nik() : "-", 170));
        table.getColumns().add(column("staff.col.kind", s -> Messages.tr("staff.kind." + s.kind().name()), 90));
        table.getColumns().add(column("staff.col.position", Staff::position, 260));
        table.getColumns().add(column("staff.col.unit", s -> unitNames.getOrDefault(s.subUnitId(), "-"), 240));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        count.setId("staff-count");
        count.getStyleClass().add("text-muted");
        VBox page = new VBox(title, body, count);
        page.getStyleClass().add("page");
        VBox.setVgrow(body, Priority.ALWAYS);
        return page;
    }

    private TableColumn<Staff, String> column(String key, Function<Staff, String> value, double width) {
        TableColumn<Staff, String> c = new TableColumn<>(Messages.tr(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @Override
    public void onShow() {
        runner.run("staff.task.load", p -> new Loaded(staff.listAll(), subUnits.list()), this::show,
                e -> count.setText(e.getMessage()));
    }

    private record Loaded(List<Staff> staff, List<SubUnit> units) {
    }

    private void show(Loaded loaded) {
        unitNames = loaded.units().stream().collect(Collectors.toMap(SubUnit::id, SubUnit::name));
        List<Staff> active = loaded.staff().stream().filter(Staff::active).toList();
        table.getItems().setAll(active);
        if (active.isEmpty()) {
            body.getChildren().setAll(EmptyState.of("mdomz-people", "staff.empty.title", "staff.empty.text"));
        } else {
            body.getChildren().setAll(table);
        }
        count.setText(Messages.tr("staff.count", active.size()));
    }
}
