package id.netra.staff.ui;

import java.time.LocalDate;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import id.netra.i18n.Messages;
import id.netra.staff.domain.InactiveReason;

/** Asks why and from when someone leaves the roster; they are never deleted. */
final class DeactivateDialog extends Dialog<DeactivateDialog.Answer> {

    record Answer(InactiveReason reason, LocalDate date, String note) {
    }

    DeactivateDialog(String personName, LocalDate today) {
        setTitle(Messages.tr("staff.deactivate.title"));
        setHeaderText(Messages.tr("staff.deactivate.header", personName));
        ButtonType ok = new ButtonType(Messages.tr("staff.action.deactivate"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.tr("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(ok).setId("staff-deactivate-ok");
        ComboBox<InactiveReason> reason = new ComboBox<>();
        reason.setId("staff-deactivate-reason");
        reason.getItems().setAll(InactiveReason.values());
        reason.setConverter(StaffViews.converter(r -> Messages.tr("staff.reason." + r.name())));
        DatePicker date = new DatePicker(today);
        date.setId("staff-deactivate-date");
        TextField note = new TextField();
        note.setId("staff-deactivate-note");
        note.setPromptText(Messages.tr("staff.deactivate.notePrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.tr("staff.deactivate.reason")), reason);
        grid.addRow(1, new Label(Messages.tr("staff.deactivate.date")), date);
        grid.addRow(2, new Label(Messages.tr("staff.deactivate.note")), note);
        getDialogPane().setContent(grid);
        getDialogPane().lookupButton(ok).disableProperty()
                .bind(reason.valueProperty().isNull().or(date.valueProperty().isNull()));
        setResultConverter(b -> b == ok ? new Answer(reason.getValue(), date.getValue(),
                note.getText().isBlank() ? null : note.getText().strip()) : null);
    }
}
