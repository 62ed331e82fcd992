package id.netra.staff.ui;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import id.netra.i18n.Messages;
import id.netra.staff.domain.StaffSubUnit;
import id.netra.ui.Dialogs;
import id.netra.ui.Placeholder;

/** Sub-units (bidang, UPT, sekolah): add, rename, set the kind and the head of each. */
final class SubUnitDialog extends Dialog<Void> {

    SubUnitDialog(StaffListViewModel model) {
        setTitle(Messages.tr("staff.units.title"));
        setHeaderText(Messages.tr("staff.units.title"));
        getDialogPane().getButtonTypes().add(new ButtonType(Messages.tr("common.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        ListView<StaffSubUnit> list = new ListView<>(model.subUnits());
        list.setId("units-list");
        list.setPlaceholder(Placeholder.of("staff.units.empty"));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(StaffSubUnit u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : u.name() + "  (" + Messages.tr("staff.unitKind." + u.kind()) + ")"
                        + (u.headStaffId() == null ? "" : "  - " + Messages.tr("staff.units.head") + ": "
                        + headName(model, u.headStaffId())));
            }
        });
        list.setPrefSize(560, 260);

        TextField name = new TextField();
        name.setId("units-name");
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("units-kind");
        kind.getItems().setAll(StaffSubUnit.KINDS);
        kind.setConverter(StaffViews.converter(k -> Messages.tr("staff.unitKind." + k)));
        ComboBox<StaffRow> head = new ComboBox<>();
        head.setId("units-head");
        head.setConverter(StaffViews.converter(r -> r.member().fullName()));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, u) -> {
            name.setText(u == null ? "" : u.name());
            kind.setValue(u == null ? "BIDANG" : u.kind());
            List<StaffRow> people = model.allRows().stream()
                    .filter(r -> u != null && u.id() == (r.member().subUnitId() == null ? -1 : r.member().subUnitId()))
                    .filter(r -> r.member().isActiveOn(model.today())).toList();
            head.getItems().setAll(people);
            head.setValue(u == null || u.headStaffId() == null ? null : people.stream()
                    .filter(r -> r.id() == u.headStaffId()).findFirst().orElse(null));
        });
        Button save = new Button(Messages.tr("common.save"));
        save.setId("units-save");
        save.disableProperty().bind(name.textProperty().isEmpty());
        Button add = new Button(Messages.tr("staff.units.new"));
        add.setId("units-new");
        add.setOnAction(e -> list.getSelectionModel().clearSelection());
        save.setOnAction(e -> {
            StaffSubUnit u = list.getSelectionModel().getSelectedItem();
            model.saveSubUnit(u == null ? null : u.id(), name.getText(), kind.getValue() == null ? "LAINNYA"
                    : kind.getValue(), head.getValue() == null ? null : head.getValue().id(), () -> { },
                    ex -> Dialogs.error(list, ex));
        });
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.tr("staff.units.name")), name);
        form.addRow(1, new Label(Messages.tr("staff.units.kind")), kind);
        form.addRow(2, new Label(Messages.tr("staff.units.head")), head);
        getDialogPane().setContent(new VBox(10, list, form, new HBox(8, add, save)));
    }

    private static String headName(StaffListViewModel model, long id) {
        return model.allRows().stream().filter(r -> r.id() == id).findFirst()
                .map(r -> r.member().fullName()).orElse("-");
    }
}
