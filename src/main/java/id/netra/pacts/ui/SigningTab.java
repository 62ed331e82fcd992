package id.netra.pacts.ui;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.pacts.domain.PactRow;
import id.netra.pacts.domain.PactStatus;
import id.netra.ui.Dialogs;
import id.netra.ui.Placeholder;

/**
 * Taking signed sheets back: a field a USB scanner types into (it ends each code with Enter), a
 * flash and a running count per sheet, and the roster to mark by selection.
 */
final class SigningTab {

    private final PactsViewModel vm;
    private final FilePicker files;

    SigningTab(PactsViewModel vm, FilePicker files) {
        this.vm = vm;
        this.files = files;
    }

    Node node() {
        TextField scan = new TextField();
        scan.setId("pacts-scan-field");
        scan.setPromptText(Messages.tr("pacts.scan.prompt"));
        scan.setPrefColumnCount(34);
        scan.setOnAction(e -> {
            vm.scan(scan.getText());
            scan.clear();
            scan.requestFocus();
        });
        Label result = new Label();
        result.setId("pacts-scan-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.scanMessage);
        vm.scanOk.addListener((o, a, ok) -> {
            result.getStyleClass().removeAll("scan-flash-ok", "scan-flash-error");
            if (ok != null) {
                result.getStyleClass().add(ok ? "scan-flash-ok" : "scan-flash-error");
            }
            if (ok != null && !ok) {
                java.awt.Toolkit.getDefaultToolkit().beep();
            }
        });
        Label count = new Label();
        count.setId("pacts-signed-count");
        count.getStyleClass().add("card-figure-small");
        Runnable updateCount = () -> count.setText(Messages.tr("pacts.count", vm.signed.get(), vm.people.get(),
                vm.scannedThisSession.get()));
        vm.signed.addListener((o, a, b) -> updateCount.run());
        vm.people.addListener((o, a, b) -> updateCount.run());
        vm.scannedThisSession.addListener((o, a, b) -> updateCount.run());
        updateCount.run();

        TableView<PactRow> table = new TableView<>(vm.roster);
        table.setId("pacts-table");
        table.setPlaceholder(Placeholder.of("pacts.roster.empty"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column("pacts.col.name", r -> r.subUnitHead()
                ? Messages.tr("pacts.col.headName", r.fullName()) : r.fullName(), 280));
        table.getColumns().add(column("pacts.col.nip", PactRow::printedNumber, 180));
        table.getColumns().add(column("pacts.col.unit", PactRow::subUnitName, 220));
        table.getColumns().add(column("pacts.col.status", SigningTab::statusText, 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button mark = new Button(Messages.tr("pacts.mark.button"));
        mark.setId("pacts-mark-signed");
        mark.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        mark.setOnAction(e -> {
            List<Long> ids = table.getSelectionModel().getSelectedItems().stream().map(PactRow::staffId).toList();
            if (id.netra.ui.Dialogs.confirm(mark, "pacts.mark.confirmTitle", "pacts.mark.confirm", ids.size())) {
                vm.markSigned(ids);
            }
        });
        Button attach = new Button(Messages.tr("pacts.attach.button"));
        attach.setId("pacts-attach-scan");
        attach.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        attach.setOnAction(e -> {
            PactRow r = table.getSelectionModel().getSelectedItem();
            files.open(attach.getScene().getWindow(), List.of("pdf", "jpg", "jpeg", "png"))
                    .ifPresent(f -> vm.attachScan(r.staffId(), f));
        });
        Button cancel = new Button(Messages.tr("pacts.cancel.button"));
        cancel.setId("pacts-cancel-signed");
        cancel.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        cancel.setOnAction(e -> {
            PactRow r = table.getSelectionModel().getSelectedItem();
            Dialogs.ask(cancel, "pacts.cancel.title", Messages.tr("pacts.cancel.question", r.fullName()),
                    "pacts.cancel.reason").ifPresent(reason -> vm.cancelSignature(r.staffId(), reason));
        });
        Label scanLabel = new Label(Messages.tr("pacts.scan.label"));
        scanLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // on a narrow window the running count wraps onto a second line instead of cutting the label
        count.setWrapText(true);
        count.setMinWidth(0);
        count.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(count, Priority.ALWAYS);
        HBox scanRow = new HBox(12, scanLabel, scan, count);
        scanRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox actions = new HBox(8, mark, attach, cancel);
        VBox box = new VBox(10, scanRow, result, table, actions);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    static String statusText(PactRow r) {
        if (r.status() == PactStatus.SIGNED) {
            return Messages.tr(r.hasScan() ? "pacts.status.signedScan" : "pacts.status.signed",
                    IndonesianDates.format(r.signedOn()));
        }
        if (r.status() == PactStatus.PRINTED) {
            return r.printCount() > 1 ? Messages.tr("pacts.status.reprinted", r.printCount())
                    : Messages.tr("pacts.status.printed");
        }
        return Messages.tr("pacts.status.notPrinted");
    }

    static TableColumn<PactRow, String> column(String key, Function<PactRow, String> value, double width) {
        TableColumn<PactRow, String> c = new TableColumn<>(Messages.tr(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
