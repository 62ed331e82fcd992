package id.netra.pacts.ui;

import java.nio.file.Path;
import java.util.Set;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import id.netra.i18n.Messages;
import id.netra.pacts.domain.PactRow;
import id.netra.pacts.domain.PrintSelection;
import id.netra.staff.domain.SubUnit;
import id.netra.ui.Placeholder;

/** Choose who, preview the first sheets, then save, open or print one PDF for the whole batch. */
final class PrintTab {

    private final PactsViewModel vm;
    private final FilePicker files;
    private final Path exportsDir;

    PrintTab(PactsViewModel vm, FilePicker files, Path exportsDir) {
        this.vm = vm;
        this.files = files;
        this.exportsDir = exportsDir;
    }

    Node node() {
        ToggleGroup who = new ToggleGroup();
        RadioButton all = radio(who, "pacts-print-all", "pacts.print.all");
        RadioButton byUnit = radio(who, "pacts-print-by-unit", "pacts.print.byUnit");
        RadioButton picked = radio(who, "pacts-print-picked", "pacts.print.picked");
        all.setSelected(true);
        ComboBox<SubUnit> unit = new ComboBox<>(vm.units);
        unit.setId("pacts-print-unit");
        unit.setCellFactory(l -> new UnitCell());
        unit.setButtonCell(new UnitCell());
        unit.disableProperty().bind(byUnit.selectedProperty().not());
        unit.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                byUnit.setSelected(true);
            }
        });
        CheckBox unsignedOnly = new CheckBox(Messages.tr("pacts.print.unsignedOnly"));
        unsignedOnly.setId("pacts-print-unsigned");

        TableView<PactRow> pick = new TableView<>(vm.roster);
        pick.setId("pacts-print-pick");
        pick.setPlaceholder(Placeholder.of("pacts.roster.empty"));
        pick.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        pick.getColumns().add(SigningTab.column("pacts.col.name", PactRow::fullName, 260));
        pick.getColumns().add(SigningTab.column("pacts.col.unit", PactRow::subUnitName, 200));
        pick.getColumns().add(SigningTab.column("pacts.col.status", SigningTab::statusText, 160));
        pick.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        pick.disableProperty().bind(picked.selectedProperty().not());
        pick.setPrefHeight(220);

        Button preview = new Button(Messages.tr("pacts.print.preview"));
        preview.setId("pacts-preview");
        preview.setDefaultButton(true);
        preview.disableProperty().bind(vm.busy);
        preview.setOnAction(e -> {
            PrintSelection selection;
            String text;
            if (picked.isSelected()) {
                Set<Long> ids = Set.copyOf(pick.getSelectionModel().getSelectedItems().stream().map(PactRow::staffId).toList());
                selection = PrintSelection.handPicked(ids);
                text = Messages.tr("pacts.selection.picked", ids.size());
            } else if (byUnit.isSelected() && unit.getValue() != null) {
                selection = PrintSelection.unit(unit.getValue().id());
                text = Messages.tr("pacts.selection.unit", unit.getValue().name());
            } else {
                selection = PrintSelection.all();
                text = Messages.tr("pacts.selection.all");
            }
            if (unsignedOnly.isSelected()) {
                selection = selection.unsigned();
                text = text + ", " + Messages.tr("pacts.selection.unsigned");
            }
            vm.prepare(selection, text);
        });

        HBox pages = new HBox(12);
        pages.setId("pacts-preview-pages");
        Label noPreview = new Label(Messages.tr("pacts.print.noPreview"));
        noPreview.getStyleClass().add("text-muted");
        noPreview.setWrapText(true);
        noPreview.setMaxWidth(420);
        pages.getChildren().add(noPreview);
        vm.previewPages.addListener((javafx.collections.ListChangeListener<java.awt.image.BufferedImage>) c -> {
            pages.getChildren().clear();
            if (vm.previewPages.isEmpty()) {
                pages.getChildren().add(noPreview);
            }
            for (java.awt.image.BufferedImage img : vm.previewPages) {
                ImageView v = new ImageView(SwingFXUtils.toFXImage(img, null));
                v.getStyleClass().add("card");
                pages.getChildren().add(v);
            }
        });
        ScrollPane pagesScroll = new ScrollPane(pages);
        pagesScroll.setPrefHeight(420);
        // without this the scroll pane asks for the width of all pages side by side and the
        // selection column beside it is squeezed until its labels are cut off
        pagesScroll.setPrefViewportWidth(480);

        Button save = new Button(Messages.tr("pacts.print.save"));
        save.setId("pacts-save");
        Button open = new Button(Messages.tr("pacts.print.open"));
        open.setId("pacts-open");
        Button print = new Button(Messages.tr("pacts.print.printButton"));
        print.setId("pacts-print");
        for (Button b : new Button[] {save, open, print}) {
            b.disableProperty().bind(vm.prepared.isNull().or(vm.busy));
        }
        save.setOnAction(e -> files.saveAs(save.getScene().getWindow(), exportsDir, suggestedName(), "pdf")
                .ifPresent(p -> vm.save(p, saved -> { })));
        open.setOnAction(e -> vm.save(exportsDir.resolve(suggestedName()), PrintTab::openInViewer));
        print.setOnAction(e -> vm.print());

        byUnit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox unitRow = new HBox(8, byUnit, unit);
        unitRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox choose = new VBox(8, new Label(Messages.tr("pacts.print.who")), all, unitRow, picked, pick, unsignedOnly,
                new HBox(8, preview));
        choose.setPrefWidth(420);
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox right = new VBox(8, new Label(Messages.tr("pacts.print.previewTitle")), pagesScroll, new HBox(8, save, open, print));
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox box = new HBox(16, choose, right);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        return box;
    }

    private String suggestedName() {
        return "pakta-integritas-" + vm.today() + "-" + System.currentTimeMillis() % 100000 + ".pdf";
    }

    /** The system PDF viewer, through AWT (off the FX thread: it may block on some desktops). */
    static void openInViewer(Path file) {
        Thread t = new Thread(() -> {
            try {
                if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                    java.awt.Desktop.getDesktop().open(file.toFile());
                }
            } catch (java.io.IOException | UnsupportedOperationException e) {
                java.util.logging.Logger.getLogger(PrintTab.class.getName()).warning("cannot open " + file + ": " + e);
            }
        }, "open-pdf");
        t.setDaemon(true);
        t.start();
    }

    private static RadioButton radio(ToggleGroup group, String id, String key) {
        RadioButton r = new RadioButton(Messages.tr(key));
        r.setId(id);
        r.setToggleGroup(group);
        return r;
    }

    static final class UnitCell extends ListCell<SubUnit> {
        @Override
        protected void updateItem(SubUnit u, boolean empty) {
            super.updateItem(u, empty);
            setText(empty || u == null ? null : u.name());
        }
    }
}
