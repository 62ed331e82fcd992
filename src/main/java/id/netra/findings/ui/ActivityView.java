package id.netra.findings.ui;

import java.time.LocalDate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.findings.domain.Activity;
import id.netra.findings.domain.ActivityKind;
import id.netra.findings.domain.EvidencePolicy;
import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.ui.Dialogs;
import id.netra.ui.Placeholder;

/** Sosialisasi, apel ikrar and patrols: one list (ikrar assemblies recorded under Pakta & Ikrar show here too). */
final class ActivityView {

    private final FindingsContext ctx;
    private final TableView<Activity> table = new TableView<>();
    private final ObjectProperty<ActivityKind> kind = new SimpleObjectProperty<>(ActivityKind.SOSIALISASI);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final Spinner<Integer> participants = new Spinner<>(0, 100_000, 0);
    private final Label error = Forms.error("activity-error");
    private final javafx.scene.control.ListView<String> attachments = new javafx.scene.control.ListView<>();
    private final VBox root;
    private long editing;

    ActivityView(FindingsContext ctx) {
        this.ctx = ctx;
        table.setId("activity-table");
        table.getColumns().add(Forms.column("findings.activity.col.date", a -> IndonesianDates.format(a.startDate())
                + (a.endDate() == null || a.endDate().equals(a.startDate()) ? "" : " – " + IndonesianDates.format(a.endDate())), 200));
        table.getColumns().add(Forms.column("findings.field.activityKind", a -> Messages.tr(a.kind().messageKey()), 140));
        table.getColumns().add(Forms.column("findings.field.activityTitle", Activity::title, 260));
        table.getColumns().add(Forms.column("findings.field.place", Activity::place, 180));
        table.getColumns().add(Forms.column("findings.field.participants", a -> Integer.toString(a.participants()), 90));
        table.getColumns().add(Forms.column("findings.activity.col.source", a -> Messages.tr("findings.activity.source." + a.source()), 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Placeholder.of("findings.activity.empty"));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> edit(b));
        VBox.setVgrow(table, Priority.ALWAYS);

        GridPane g = Forms.grid();
        ComboBox<ActivityKind> k = Forms.combo("activity-kind", x -> Messages.tr(x.messageKey()), null);
        k.getItems().setAll(ActivityKind.values());
        k.valueProperty().bindBidirectional(kind);
        Forms.row(g, "findings.field.activityKind", k);
        Forms.row(g, "findings.field.activityTitle", field("activity-title", title));
        start.setId("activity-start");
        end.setId("activity-end");
        Forms.row(g, "findings.field.startDate", start);
        Forms.row(g, "findings.field.endDate", end);
        Forms.row(g, "findings.field.place", field("activity-place", place));
        participants.setId("activity-participants");
        participants.setEditable(true);
        Forms.row(g, "findings.field.participants", participants);
        Forms.row(g, "findings.field.notes", field("activity-notes", notes));
        Button save = new Button(Messages.tr("findings.action.save"), new FontIcon("mdmz-save_alt"));
        save.setId("activity-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        Button fresh = new Button(Messages.tr("findings.action.new"), new FontIcon("mdal-add"));
        fresh.setOnAction(e -> table.getSelectionModel().clearSelection());
        Button delete = new Button(Messages.tr("findings.action.delete"), new FontIcon("mdal-delete"));
        // ikrar assemblies are kept under Pakta & Ikrar: shown here, edited there
        var editable = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Activity a = table.getSelectionModel().getSelectedItem();
            return a != null && Activity.SOURCE_FINDINGS.equals(a.source());
        }, table.getSelectionModel().selectedItemProperty());
        delete.disableProperty().bind(editable.not());
        delete.setOnAction(e -> {
            Activity a = table.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(table, "findings.action.delete", "findings.activity.confirmDelete", a.title())) {
                ctx.runner().run("findings.task.save", p -> {
                    ctx.service().activities().delete(a.id());
                    return a;
                }, x -> reload(), t -> error.setText(Dialogs.describe(t)));
            }
        });
        Button attach = new Button(Messages.tr("findings.evidence.add"), new FontIcon("mdal-attach_file"));
        attach.setId("activity-attach");
        attach.disableProperty().bind(editable.not());
        attach.setOnAction(e -> ctx.filePicker().pick(table.getScene() == null ? null : table.getScene().getWindow())
                .ifPresent(path -> {
                    long id = table.getSelectionModel().getSelectedItem().id();
                    ctx.runner().run("findings.task.evidence", p -> ctx.service().activities().attach(id, path),
                            a -> loadAttachments(id), t -> error.setText(Dialogs.describe(t)));
                }));
        attachments.setId("activity-attachments");
        attachments.setPrefHeight(90);
        root = new VBox(10, table, Forms.title("findings.activity.form"), error, g, new HBox(8, save, fresh, delete),
                Forms.title("findings.activity.attachments"), attach, attachments);
    }

    private static TextField field(String id, StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private void loadAttachments(long id) {
        ctx.runner().run("findings.task.load", p -> ctx.service().activities().attachments(id),
                list -> attachments.getItems().setAll(list.stream().map(x -> x.originalName() + " · "
                        + EvidencePolicy.humanSize(x.sizeBytes()) + " · SHA-256 " + x.sha256()).toList()),
                t -> error.setText(Dialogs.describe(t)));
    }

    private void edit(Activity a) {
        error.setText("");
        attachments.getItems().clear();
        if (a != null && !Activity.SOURCE_FINDINGS.equals(a.source())) {
            error.setText(Messages.tr("findings.activity.fromPacts"));
            a = null;
        }
        if (a != null) {
            loadAttachments(a.id());
        }
        editing = a == null ? 0 : a.id();
        kind.set(a == null ? ActivityKind.SOSIALISASI : a.kind());
        title.set(a == null ? "" : a.title());
        place.set(a == null ? "" : a.place());
        notes.set(a == null ? "" : a.notes());
        start.setValue(a == null ? null : a.startDate());
        end.setValue(a == null ? null : a.endDate());
        participants.getValueFactory().setValue(a == null ? 0 : a.participants());
    }

    private void save() {
        error.setText("");
        Integer n = participants.getValue();
        LocalDate s = start.getValue();
        Activity a = new Activity(editing, kind.get(), title.get(), s, end.getValue(), place.get(), n == null ? 0 : n,
                notes.get(), Activity.SOURCE_FINDINGS);
        ctx.runner().run("findings.task.save", p -> ctx.service().activities().save(a), id -> {
            table.getSelectionModel().clearSelection();
            edit(null);
            reload();
        }, t -> error.setText(Dialogs.describe(t)));
    }

    void reload() {
        ctx.runner().run("findings.task.load", p -> ctx.service().activities().all(),
                list -> {
                    var copy = new java.util.ArrayList<>(list);
                    java.util.Collections.reverse(copy);
                    table.getItems().setAll(copy);
                }, t -> error.setText(Dialogs.describe(t)));
    }

    Node node() {
        return root;
    }
}
