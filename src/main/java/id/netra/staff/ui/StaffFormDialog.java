package id.netra.staff.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import id.netra.i18n.Messages;
import id.netra.staff.domain.Grade;
import id.netra.staff.domain.PositionType;
import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffField;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.io.ParsedRow;
import id.netra.staff.io.RowIssue;
import id.netra.staff.io.StaffImportReader;

/**
 * Add / edit one person. Every keystroke re-checks the whole form with the import's own rules
 * ({@link StaffImportReader#validateForm}), and ControlsFX decorates each field that is wrong; Save
 * stays disabled until the form is valid.
 */
final class StaffFormDialog extends Dialog<StaffDraft> {

    private final Map<StaffField, Control> controls = new EnumMap<>(StaffField.class);
    private final ComboBox<StaffKind> kind = new ComboBox<>();
    private final ComboBox<String> sex = new ComboBox<>();
    private final DatePicker birthDate = new DatePicker();
    private final ComboBox<String> grade = new ComboBox<>();
    private final ComboBox<PositionType> positionType = new ComboBox<>();
    private final ComboBox<String> subUnit = new ComboBox<>();
    private final ValidationSupport validation = new ValidationSupport();
    private final LocalDate today;
    private ParsedRow latest;

    StaffFormDialog(StaffDraft existing, List<String> unitNames, LocalDate today) {
        this.today = today;
        setTitle(Messages.tr(existing == null ? "staff.form.addTitle" : "staff.form.editTitle"));
        setHeaderText(getTitle());
        ButtonType save = new ButtonType(Messages.tr("common.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(Messages.tr("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(save).setId("staff-form-save");

        kind.getItems().setAll(StaffKind.values());
        kind.setConverter(StaffViews.converter(k -> Messages.tr("staff.kind." + k.name())));
        sex.getItems().setAll("L", "P");
        positionType.getItems().setAll(PositionType.values());
        positionType.setConverter(StaffViews.converter(t -> Messages.tr("staff.positionType." + t.name())));
        grade.setEditable(true);
        subUnit.setEditable(true);
        subUnit.getItems().setAll(unitNames);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int r = 0;
        r = add(grid, r, StaffField.KIND, kind);
        r = add(grid, r, StaffField.NIP, new TextField());
        r = add(grid, r, StaffField.NIK, new TextField());
        r = add(grid, r, StaffField.INTERNAL_NO, new TextField());
        r = add(grid, r, StaffField.TITLE_FRONT, new TextField());
        r = add(grid, r, StaffField.NAME, new TextField());
        r = add(grid, r, StaffField.TITLE_BACK, new TextField());
        r = add(grid, r, StaffField.SEX, sex);
        r = add(grid, r, StaffField.BIRTH_PLACE, new TextField());
        r = add(grid, r, StaffField.BIRTH_DATE, birthDate);
        r = add(grid, r, StaffField.GRADE, grade);
        r = add(grid, r, StaffField.POSITION, new TextField());
        r = add(grid, r, StaffField.POSITION_TYPE, positionType);
        r = add(grid, r, StaffField.SUB_UNIT, subUnit);
        r = add(grid, r, StaffField.PHONE, new TextField());
        add(grid, r, StaffField.EMAIL, new TextField());
        getDialogPane().setContent(grid);

        kind.valueProperty().addListener((o, a, k) -> grade.getItems().setAll(k == StaffKind.NON_ASN ? List.of()
                : (k == StaffKind.PPPK ? Grade.allPppk() : Grade.allPns()).stream().map(Grade::code).toList()));
        kind.setValue(existing == null ? StaffKind.PNS : existing.kind());
        if (existing != null) {
            fill(existing);
        }
        for (Map.Entry<StaffField, Control> e : controls.entrySet()) {
            StaffField field = e.getKey();
            validation.registerValidator(e.getValue(), false, (Control c, Object v) -> ValidationResult.fromErrorIf(c,
                    message(field), message(field) != null));
            listen(e.getValue());
        }
        recheck();
        getDialogPane().lookupButton(save).disableProperty().bind(validation.invalidProperty());
        setResultConverter(b -> b == save && latest != null && latest.isValid() ? latest.draft() : null);
    }

    private int add(GridPane grid, int row, StaffField field, Control control) {
        control.setId("staff-form-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        control.setPrefWidth(320);
        grid.addRow(row, new Label(Messages.tr(field.messageKey())), control);
        controls.put(field, control);
        return row + 1;
    }

    private void fill(StaffDraft d) {
        text(StaffField.NIP, d.nip());
        text(StaffField.NIK, d.nik());
        text(StaffField.INTERNAL_NO, d.internalNo());
        text(StaffField.TITLE_FRONT, d.name().titleFront());
        text(StaffField.NAME, d.name().name());
        text(StaffField.TITLE_BACK, d.name().titleBack());
        sex.setValue(d.sex() == null ? null : d.sex().code());
        text(StaffField.BIRTH_PLACE, d.birthPlace());
        birthDate.setValue(d.birthDate());
        grade.setValue(d.grade() == null ? null : d.grade().code());
        text(StaffField.POSITION, d.position());
        positionType.setValue(d.positionType());
        subUnit.setValue(d.subUnitName());
        text(StaffField.PHONE, d.phone());
        text(StaffField.EMAIL, d.email());
    }

    private void text(StaffField f, String value) {
        ((TextField) controls.get(f)).setText(value == null ? "" : value);
    }

    private void listen(Control c) {
        if (c instanceof TextField t) {
            t.textProperty().addListener((o, a, b) -> recheck());
        } else if (c instanceof ComboBox<?> box) {
            box.valueProperty().addListener((o, a, b) -> recheck());
            if (box.isEditable()) {
                box.getEditor().textProperty().addListener((o, a, b) -> recheck());
            }
        } else if (c instanceof DatePicker d) {
            d.valueProperty().addListener((o, a, b) -> recheck());
        }
    }

    /** Re-validates everything: one field can make another wrong (kind decides NIP vs NI PPPK). */
    private void recheck() {
        Map<StaffField, String> values = new HashMap<>();
        for (Map.Entry<StaffField, Control> e : controls.entrySet()) {
            values.put(e.getKey(), value(e.getValue()));
        }
        StaffKind k = kind.getValue();
        values.put(StaffField.KIND, k == null ? "" : k == StaffKind.NON_ASN ? "Non ASN" : k.name());
        values.put(StaffField.POSITION_TYPE, positionType.getValue() == null ? "" : positionType.getValue().name());
        values.put(StaffField.BIRTH_DATE, birthDate.getValue() == null ? "" : birthDate.getValue().toString());
        latest = StaffImportReader.validateForm(values, today);
        validation.revalidate();
    }

    private static String value(Control c) {
        if (c instanceof TextField t) {
            return t.getText();
        }
        if (c instanceof ComboBox<?> box) {
            if (box.isEditable() && box.getEditor().getText() != null) {
                return box.getEditor().getText();
            }
            return box.getValue() == null ? "" : box.getValue().toString();
        }
        return "";
    }

    /** The first error message for {@code field} in the latest check, or null. */
    private String message(StaffField field) {
        if (latest == null) {
            return null;
        }
        Optional<RowIssue> issue = latest.errors().stream().filter(i -> field.name().equals(i.column())
                || i.column().isEmpty() && field == StaffField.NAME).findFirst();
        return issue.map(RowIssue::reason).orElse(null);
    }

    Node controlFor(StaffField field) {
        return controls.get(field);
    }
}
