package id.netra.staff.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;

import id.netra.i18n.Messages;
import id.netra.staff.domain.InactiveReason;
import id.netra.staff.domain.StaffField;
import id.netra.staff.io.ColumnMapping;
import id.netra.staff.io.ExistingStaff;
import id.netra.staff.io.ImportOutcome;
import id.netra.staff.io.ImportPlan;
import id.netra.staff.io.PlannedRow;
import id.netra.staff.io.ReadListener;
import id.netra.staff.io.RowIssue;
import id.netra.staff.io.SourceTable;
import id.netra.staff.service.ImportResult;
import id.netra.staff.service.StaffImportService;
import id.netra.ui.Dialogs;
import id.netra.ui.Placeholder;
import id.netra.ui.TaskRunner;

/**
 * The import wizard in one window, top to bottom: choose a file; see the detected format and adjust
 * the column mapping; preview every row as new / update / unchanged / error (with row, column and
 * reason); pick who to deactivate among those the file no longer lists; import in one transaction
 * with a progress bar and cancel. Reading, previewing and writing all run off the FX thread.
 */
final class StaffImportWizard {

    private final StaffImportService imports;
    private final TaskRunner runner;
    private final LocalDate today;
    private final Runnable onImported;

    private final TextField file = new TextField();
    private final Label format = new Label();
    private final GridPane mappingGrid = new GridPane();
    private final Map<StaffField, ComboBox<Integer>> mappingBoxes = new EnumMap<>(StaffField.class);
    private final Label summary = new Label();
    private final TableView<PlannedRow> preview = new TableView<>();
    private final ListView<ExistingStaff> missing = new ListView<>();
    private final Map<Long, SimpleBooleanProperty> missingChecks = new java.util.HashMap<>();
    private final ComboBox<InactiveReason> missingReason = new ComboBox<>();
    private final DatePicker missingDate = new DatePicker();
    private final Button previewButton = new Button(Messages.tr("staff.import.preview"));
    private final Button run = new Button(Messages.tr("staff.import.run"));
    private final Button cancel = new Button(Messages.tr("common.cancel"));
    private final Button close = new Button(Messages.tr("common.close"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label result = new Label();
    private final VBox root;

    private SourceTable table;
    private ColumnMapping mapping;
    private ImportPlan plan;
    private TaskRunner.Job job;
    private boolean filling;

    StaffImportWizard(StaffImportService imports, TaskRunner runner, LocalDate today, Runnable onImported) {
        this.imports = imports;
        this.runner = runner;
        this.today = today;
        this.onImported = onImported;

        file.setId("import-file");
        file.setPromptText(Messages.tr("staff.import.filePrompt"));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(Messages.tr("staff.import.browse"));
        browse.setId("import-browse");
        browse.setOnAction(e -> browse());
        Button read = new Button(Messages.tr("staff.import.read"));
        read.setId("import-read");
        read.disableProperty().bind(file.textProperty().isEmpty());
        read.setOnAction(e -> read());
        file.setOnAction(e -> read());
        VBox step1 = step("staff.import.step1", new HBox(8, file, browse, read));

        format.setId("import-format");
        mappingGrid.setHgap(10);
        mappingGrid.setVgap(6);
        previewButton.setId("import-preview");
        previewButton.setDisable(true);
        previewButton.setOnAction(e -> preview());
        VBox step2 = step("staff.import.step2", format, mappingGrid, previewButton);

        summary.setId("import-summary");
        preview.setId("import-preview-table");
        preview.setPlaceholder(Placeholder.of("staff.import.preview.empty"));
        preview.setPrefHeight(260);
        preview.getColumns().add(col("staff.import.col.row", r -> String.valueOf(r.rowNumber()), 60));
        preview.getColumns().add(col("staff.import.col.outcome", r -> Messages.tr(r.outcome().messageKey()), 110));
        preview.getColumns().add(col("staff.import.col.name", r -> r.parsed().draft() == null ? ""
                : r.parsed().draft().name().full(), 220));
        preview.getColumns().add(col("staff.import.col.note", StaffImportWizard::note, 480));
        missing.setId("import-missing");
        missing.setPlaceholder(Placeholder.of("staff.import.missing.empty"));
        missing.setPrefHeight(120);
        missing.setCellFactory(CheckBoxListCell.forListView(s -> missingChecks.computeIfAbsent(s.id(),
                id -> new SimpleBooleanProperty(false)), StaffViews.converter(s -> s.draft().name().full() + " ("
                + (s.draft().nip() != null ? s.draft().nip() : s.draft().nik()) + ")")));
        missingReason.getItems().setAll(InactiveReason.values());
        missingReason.setValue(InactiveReason.MUTASI);
        missingReason.setConverter(StaffViews.converter(r -> Messages.tr("staff.reason." + r.name())));
        missingDate.setValue(today);
        Label missingLabel = new Label(Messages.tr("staff.import.missing"));
        missingLabel.setWrapText(true);
        VBox missingBox = new VBox(6, missingLabel, missing,
                new HBox(8, new Label(Messages.tr("staff.deactivate.reason")), missingReason,
                        new Label(Messages.tr("staff.deactivate.date")), missingDate));
        missingBox.managedProperty().bind(missingBox.visibleProperty());
        missingBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(missing.getItems()));
        VBox step3 = step("staff.import.step3", summary, preview, missingBox);

        run.setId("import-run");
        run.setDisable(true);
        run.setOnAction(e -> commit());
        cancel.setId("import-cancel");
        cancel.setDisable(true);
        cancel.setOnAction(e -> cancelRun());
        progress.setId("import-progress");
        progress.setPrefWidth(260);
        result.setId("import-result");
        result.setWrapText(true);
        close.setId("import-close");
        close.setOnAction(e -> close.getScene().getWindow().hide());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        VBox step4 = step("staff.import.step4", new HBox(8, run, cancel, progress, gap, close), result);

        root = new VBox(12, step1, step2, step3, step4);
        root.setPadding(new Insets(16));
    }

    void show(Node owner) {
        Stage stage = new Stage();
        stage.setTitle(Messages.tr("staff.import.title"));
        if (owner != null && owner.getScene() != null) {
            stage.initOwner(owner.getScene().getWindow());
            stage.getIcons().setAll(((Stage) owner.getScene().getWindow()).getIcons());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 980, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        // closing mid-import undoes it: ask first, as the Batal button would not
        stage.setOnCloseRequest(e -> {
            if (job != null && !Dialogs.confirm(root, "staff.import.confirmCloseTitle", "staff.import.confirmClose")) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> cancelRun());
        // Esc closes the wizard as it closes any dialog (a list that is open takes its Esc first)
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                javafx.stage.WindowEvent request = new javafx.stage.WindowEvent(stage,
                        javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
                stage.getOnCloseRequest().handle(request);
                if (!request.isConsumed()) {
                    stage.hide();
                }
            }
        });
        stage.show();
    }

    Node node() {
        return root;
    }

    private static VBox step(String titleKey, Node... content) {
        Label title = new Label(Messages.tr(titleKey));
        title.getStyleClass().add("form-section-title");
        VBox box = new VBox(8);
        box.getChildren().add(title);
        box.getChildren().addAll(content);
        return box;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.tr("staff.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("staff.import.fileKinds"),
                "*.xlsx", "*.xls", "*.csv", "*.txt"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*", "*.*"));
        var chosen = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            file.setText(chosen.getAbsolutePath());
            read();
        }
    }

    private void read() {
        Path path = Path.of(file.getText().strip());
        clearPreview();
        format.setText(Messages.tr("staff.import.reading"));
        runner.run("staff.task.read", p -> {
            if (!Files.isRegularFile(path)) {
                throw new id.netra.staff.io.ImportProblem("staff.import.error.notFound", path.toString());
            }
            SourceTable t = imports.read(path, listener(p));
            return new Read(t, imports.initialMapping(t));
        }, r -> {
            table = r.table();
            mapping = r.mapping();
            format.setText(Messages.tr("staff.import.detected", r.table().source().describe(),
                    r.table().dataRows().size(), r.table().headerRowNumber()));
            fillMapping();
            previewButton.setDisable(false);
            preview();
        }, e -> {
            format.setText(Dialogs.describe(e));
            previewButton.setDisable(true);
        });
    }

    private record Read(SourceTable table, ColumnMapping mapping) {
    }

    private void fillMapping() {
        filling = true;
        mappingGrid.getChildren().clear();
        mappingBoxes.clear();
        List<Integer> choices = new ArrayList<>();
        choices.add(null);
        for (int i = 0; i < table.header().size(); i++) {
            choices.add(i);
        }
        int i = 0;
        for (StaffField f : StaffField.values()) {
            ComboBox<Integer> box = new ComboBox<>();
            box.setId("import-map-" + f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            box.getItems().setAll(choices);
            box.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Integer c) {
                    return c == null ? Messages.tr("staff.import.notMapped") : mapping.headingAt(c);
                }

                @Override
                public Integer fromString(String s) {
                    return null;
                }
            });
            box.setValue(mapping.column(f).orElse(null));
            box.setPrefWidth(240);
            box.valueProperty().addListener((o, a, b) -> mappingChanged(f, b));
            mappingBoxes.put(f, box);
            mappingGrid.add(new Label(Messages.tr(f.messageKey())), (i % 2) * 2, i / 2);
            mappingGrid.add(box, (i % 2) * 2 + 1, i / 2);
            i++;
        }
        filling = false;
    }

    private void mappingChanged(StaffField field, Integer column) {
        if (filling) {
            return;
        }
        mapping = mapping.with(field, column);
        // one column feeds one field: reflect a column taken away from another field
        filling = true;
        mappingBoxes.forEach((f, box) -> box.setValue(mapping.column(f).orElse(null)));
        filling = false;
        clearPreview();
        summary.setText(Messages.tr("staff.import.stale"));
    }

    private void clearPreview() {
        plan = null;
        run.setDisable(true);
        preview.getItems().clear();
        missing.getItems().clear();
        summary.setText("");
        result.setText("");
    }

    private void preview() {
        if (table == null) {
            return;
        }
        SourceTable t = table;
        ColumnMapping m = mapping;
        summary.setText(Messages.tr("staff.import.checking"));
        runner.run("staff.task.preview", p -> imports.preview(t, m, today, listener(p)), this::showPlan, e -> {
            summary.setText(Dialogs.describe(e));
            run.setDisable(true);
        });
    }

    private void showPlan(ImportPlan p) {
        plan = p;
        summary.setText(Messages.tr("staff.import.summary", p.count(ImportOutcome.NEW), p.count(ImportOutcome.UPDATE),
                p.count(ImportOutcome.UNCHANGED), p.count(ImportOutcome.ERROR)));
        // errors first: they are what the clerk must look at
        List<PlannedRow> rows = new ArrayList<>(p.rows());
        rows.sort(java.util.Comparator.comparing((PlannedRow r) -> r.outcome() != ImportOutcome.ERROR)
                .thenComparing(r -> r.outcome() == ImportOutcome.UNCHANGED));
        preview.getItems().setAll(rows);
        missingChecks.clear();
        missing.getItems().setAll(p.missing());
        run.setDisable(!p.hasImportableRows());
        result.setText("");
    }

    private void commit() {
        if (plan == null) {
            return;
        }
        ImportPlan p = plan;
        ColumnMapping m = mapping;
        List<Long> deactivate = p.missing().stream().map(ExistingStaff::id)
                .filter(id -> missingChecks.containsKey(id) && missingChecks.get(id).get())
                .collect(Collectors.toList());
        if (!deactivate.isEmpty() && !Dialogs.confirm(root, "staff.import.confirmDeactivateTitle",
                "staff.import.confirmDeactivate", deactivate.size())) {
            return;
        }
        String name = table.source().file().getFileName().toString();
        InactiveReason reason = missingReason.getValue() == null ? InactiveReason.LAINNYA : missingReason.getValue();
        LocalDate date = missingDate.getValue() == null ? today : missingDate.getValue();
        run.setDisable(true);
        previewButton.setDisable(true);
        cancel.setDisable(false);
        close.setDisable(true);
        progress.setProgress(-1);
        result.setText(Messages.tr("staff.import.running"));
        job = runner.run("staff.task.import", task -> imports.commit(p, m, name, deactivate, reason, date,
                task::isCancelled, (done, total) -> {
                    task.update(done, total);
                    double f = total <= 0 ? -1 : (double) done / total;
                    Platform.runLater(() -> progress.setProgress(f));
                }), this::finished, e -> {
                    job = null;
                    cancel.setDisable(true);
                    progress.setProgress(0);
                    previewButton.setDisable(false);
                    result.setText(e instanceof id.netra.staff.store.RosterStore.CancelledException
                            ? Messages.tr("staff.import.cancelled") : Messages.tr("staff.import.failed",
                                    Dialogs.describe(e)));
                    settle();
                    onImported.run();
                });
    }

    private void finished(ImportResult r) {
        job = null;
        cancel.setDisable(true);
        progress.setProgress(1);
        previewButton.setDisable(false);
        result.setText(Messages.tr("staff.import.done", r.created(), r.updated(), r.unchanged(), r.rejected(),
                r.deactivated()));
        plan = null;
        settle();
        onImported.run();
    }

    /**
     * After a run: Tutup takes the focus, so the page stays at the result instead of scrolling up to
     * the first field when the disabled Impor button gives its focus away.
     */
    private void settle() {
        close.setDisable(false);
        close.requestFocus();
    }

    private void cancelRun() {
        if (job != null) {
            job.cancel();
            job = null;
            cancel.setDisable(true);
            progress.setProgress(0);
            previewButton.setDisable(false);
            // the transaction rolls back when the worker notices; nothing is half-written
            result.setText(Messages.tr("staff.import.cancelled"));
            settle();
            onImported.run();
        }
    }

    private static ReadListener listener(TaskRunner.Progress p) {
        return new ReadListener() {
            @Override
            public void progress(long done, long total) {
                p.update(done, total);
            }

            @Override
            public boolean isCancelled() {
                return p.isCancelled();
            }
        };
    }

    private static String note(PlannedRow r) {
        List<String> parts = new ArrayList<>();
        for (RowIssue i : r.parsed().errors()) {
            parts.add(i.column().isEmpty() ? i.reason() : i.column() + ": " + i.reason());
        }
        if (r.outcome() == ImportOutcome.UPDATE) {
            parts.add(Messages.tr("staff.import.changes", r.changes().stream()
                    .map(f -> Messages.tr(f.messageKey())).collect(Collectors.joining(", "))));
        }
        for (RowIssue i : r.parsed().warnings()) {
            parts.add(Messages.tr("staff.import.warning", i.column() + ": " + i.reason()));
        }
        return String.join("; ", parts);
    }

    private static TableColumn<PlannedRow, String> col(String key, java.util.function.Function<PlannedRow, String> f,
            double width) {
        TableColumn<PlannedRow, String> c = new TableColumn<>(Messages.tr(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
