package id.netra.pacts.ui;

import java.nio.file.Path;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.pacts.domain.Attendance;
import id.netra.pacts.domain.AttendanceCount;
import id.netra.pacts.domain.PactRow;
import id.netra.pacts.domain.PledgeEvent;
import id.netra.staff.domain.SubUnit;
import id.netra.ui.Placeholder;

/** Ikrar: the assembly (date, place, led by, text), its attendance list to print, and who came. */
final class PledgeTab {

    private final PledgeViewModel vm;
    private final PactsViewModel pacts;
    private final FilePicker files;
    private final Path exportsDir;

    PledgeTab(PledgeViewModel vm, PactsViewModel pacts, FilePicker files, Path exportsDir) {
        this.vm = vm;
        this.pacts = pacts;
        this.files = files;
        this.exportsDir = exportsDir;
    }

    Node node() {
        ListView<PledgeEvent> events = new ListView<>(vm.events);
        events.setId("pledge-events");
        events.setPlaceholder(Placeholder.of("pacts.pledge.events.empty"));
        events.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PledgeEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : IndonesianDates.format(e.heldOn()) + " - " + e.place());
            }
        });
        events.setPrefWidth(280);
        events.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.event.set(b);
            }
        });
        Button add = new Button(Messages.tr("pacts.pledge.new"));
        add.setId("pledge-new");
        add.setOnAction(e -> vm.newEvent());

        DatePicker date = DateFields.dayMonthYear(new DatePicker());
        date.setId("pledge-date");
        TextField place = new TextField();
        place.setId("pledge-place");
        TextField ledBy = new TextField();
        ledBy.setId("pledge-led-by");
        TextArea text = new TextArea();
        text.setPrefRowCount(6);
        text.setWrapText(true);
        vm.event.addListener((o, a, e) -> {
            if (e != null) {
                date.setValue(e.heldOn());
                place.setText(e.place());
                ledBy.setText(e.ledBy() == null ? "" : e.ledBy());
                text.setText(e.text());
                events.getSelectionModel().select(e);
            }
        });
        Button save = new Button(Messages.tr("common.save"));
        save.setId("pledge-save");
        save.disableProperty().bind(vm.event.isNull());
        save.setOnAction(x -> {
            PledgeEvent e = vm.event.get();
            vm.save(new PledgeEvent(e.id(), e.periodId(), date.getValue(), place.getText(), ledBy.getText(), text.getText()));
        });
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.tr("pacts.pledge.date")), date);
        form.addRow(1, new Label(Messages.tr("pacts.pledge.place")), place);
        form.addRow(2, new Label(Messages.tr("pacts.pledge.ledBy")), ledBy);
        form.addRow(3, new Label(Messages.tr("pacts.pledge.text")), text);
        GridPane.setHgrow(place, Priority.ALWAYS);

        ComboBox<SubUnit> unit = new ComboBox<>(pacts.units);
        unit.setId("pledge-unit");
        unit.setPromptText(Messages.tr("pacts.pledge.allUnits"));
        unit.setCellFactory(l -> new PrintTab.UnitCell());
        unit.setButtonCell(new PrintTab.UnitCell());
        ChoiceBox<Attendance> value = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(Attendance.values()));
        value.setId("pledge-attendance-value");
        value.setConverter(attendanceLabels());
        value.setValue(Attendance.HADIR);
        Button apply = new Button(Messages.tr("pacts.pledge.apply"));
        apply.setId("pledge-apply");
        apply.disableProperty().bind(vm.event.isNull());
        apply.setOnAction(e -> vm.applyToUnit(unit.getValue() == null ? null : unit.getValue().id(), value.getValue()));
        Button printList = new Button(Messages.tr("pacts.pledge.printList"));
        printList.setId("pledge-print-list");
        printList.disableProperty().bind(vm.event.isNull());
        printList.setOnAction(e -> files.saveAs(printList.getScene().getWindow(), exportsDir, "daftar-hadir-ikrar.pdf", "pdf")
                .ifPresent(p -> vm.printList(unit.getValue() == null ? null : unit.getValue().id(), p)));

        TableView<PactRow> people = new TableView<>(pacts.roster);
        people.setId("pledge-table");
        people.setPlaceholder(Placeholder.of("pacts.roster.empty"));
        people.getColumns().add(SigningTab.column("pacts.col.name", PactRow::fullName, 260));
        people.getColumns().add(SigningTab.column("pacts.col.unit", PactRow::subUnitName, 220));
        TableColumn<PactRow, Attendance> att = new TableColumn<>(Messages.tr("pacts.pledge.col.attendance"));
        att.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(vm.attendance.get(cd.getValue().staffId())));
        att.setCellFactory(c -> new AttendanceCell());
        att.setPrefWidth(180);
        people.getColumns().add(att);
        people.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vm.attendance.addListener((javafx.collections.MapChangeListener<Long, Attendance>) c -> people.refresh());

        Label counts = new Label();
        counts.setId("pledge-counts");
        counts.getStyleClass().add("card-figure-small");
        vm.count.addListener((o, a, c) -> counts.setText(c == null ? "" : countText(c)));

        Label bulkLabel = new Label(Messages.tr("pacts.pledge.bulk"));
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {bulkLabel, value, apply, printList}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        unit.setPrefWidth(240);
        HBox bulk = new HBox(8, bulkLabel, unit, value, apply, printList);
        bulk.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox right = new VBox(10, form, save, bulk, counts, people);
        VBox.setVgrow(people, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox left = new VBox(8, add, events);
        VBox.setVgrow(events, Priority.ALWAYS);
        HBox box = new HBox(16, left, right);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        return box;
    }

    static String countText(AttendanceCount c) {
        return Messages.tr("pacts.pledge.counts", c.counts().get(Attendance.HADIR), c.counts().get(Attendance.IZIN),
                c.counts().get(Attendance.SAKIT), c.counts().get(Attendance.TANPA_KETERANGAN),
                Math.max(0, c.expected() - c.recorded()));
    }

    static StringConverter<Attendance> attendanceLabels() {
        return new StringConverter<>() {
            @Override
            public String toString(Attendance a) {
                return a == null ? "" : Messages.tr("pacts.pledge.attendance." + a.name());
            }

            @Override
            public Attendance fromString(String s) {
                return null;
            }
        };
    }

    /** A choice box per row: picking a value records it at once. */
    private final class AttendanceCell extends TableCell<PactRow, Attendance> {
        private final ChoiceBox<Attendance> box = new ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(Attendance.values()));
        private boolean updating;

        AttendanceCell() {
            box.setConverter(attendanceLabels());
            box.valueProperty().addListener((o, a, b) -> {
                PactRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (!updating && b != null && row != null && b != vm.attendance.get(row.staffId())) {
                    vm.set(row.staffId(), b);
                }
            });
        }

        @Override
        protected void updateItem(Attendance value, boolean empty) {
            super.updateItem(value, empty);
            updating = true;
            box.setValue(value);
            updating = false;
            setGraphic(empty ? null : box);
        }
    }
}
