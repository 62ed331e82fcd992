package id.netra.pacts.ui;

import java.nio.file.Path;

import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import id.netra.i18n.Messages;
import id.netra.pacts.domain.PactRow;
import id.netra.pacts.domain.PactStatus;
import id.netra.ui.Placeholder;

/** Who has not signed yet, by sub-unit with heads first; printable and exportable. */
final class ChaseTab {

    private final PactsViewModel vm;
    private final FilePicker files;
    private final Path exportsDir;

    ChaseTab(PactsViewModel vm, FilePicker files, Path exportsDir) {
        this.vm = vm;
        this.files = files;
        this.exportsDir = exportsDir;
    }

    Node node() {
        // the roster is already in sub-unit, heads-first order
        FilteredList<PactRow> unsigned = new FilteredList<>(vm.roster, r -> r.status() != PactStatus.SIGNED);
        TableView<PactRow> table = new TableView<>(unsigned);
        table.setId("pacts-chase-table");
        table.setPlaceholder(Placeholder.of("pacts.chase.empty"));
        table.getColumns().add(SigningTab.column("pacts.col.unit", PactRow::subUnitName, 220));
        table.getColumns().add(SigningTab.column("pacts.col.name", r -> r.subUnitHead()
                ? Messages.tr("pacts.col.headName", r.fullName()) : r.fullName(), 280));
        table.getColumns().add(SigningTab.column("pacts.col.nip", PactRow::printedNumber, 180));
        table.getColumns().add(SigningTab.column("pacts.col.position", r -> r.position() == null ? "-" : r.position(), 220));
        table.getColumns().add(SigningTab.column("pacts.col.status", SigningTab::statusText, 160));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label count = new Label();
        count.setId("pacts-chase-count");
        unsigned.addListener((javafx.collections.ListChangeListener<PactRow>) c ->
                count.setText(Messages.tr("pacts.chase.count", unsigned.size())));
        Button pdf = new Button(Messages.tr("pacts.chase.pdf"));
        pdf.setId("pacts-chase-pdf");
        pdf.setOnAction(e -> files.saveAs(pdf.getScene().getWindow(), exportsDir, "belum-tanda-tangan.pdf", "pdf")
                .ifPresent(vm::printChasePdf));
        Button xlsx = new Button(Messages.tr("pacts.chase.xlsx"));
        xlsx.setId("pacts-chase-xlsx");
        xlsx.setOnAction(e -> files.saveAs(xlsx.getScene().getWindow(), exportsDir, "belum-tanda-tangan.xlsx", "xlsx")
                .ifPresent(vm::exportChaseXlsx));
        HBox actions = new HBox(8, count, pdf, xlsx);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(10, actions, table);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
