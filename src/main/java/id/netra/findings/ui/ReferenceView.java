package id.netra.findings.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.findings.domain.CatalogueEntry;
import id.netra.findings.domain.Holiday;
import id.netra.findings.domain.HolidayKind;
import id.netra.findings.domain.RegisterNumberFormat;
import id.netra.findings.domain.SanctionLevel;
import id.netra.findings.domain.ViolationCategory;
import id.netra.findings.store.FindingsInputException;
import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.ui.Dialogs;
import id.netra.ui.Placeholder;

/**
 * Reference data the clerk may adapt: the violation catalogue (edits of a used row become a new
 * version), the holiday list behind the working-day deadlines, and the register number format.
 */
final class ReferenceView {

    private final FindingsContext ctx;
    private final TableView<CatalogueEntry> codes = new TableView<>();
    private final CheckBox showRetired = new CheckBox(Messages.tr("findings.catalogue.showRetired"));
    private final TextField code = new TextField();
    private final ComboBox<ViolationCategory> category = Forms.combo("catalogue-category", c -> Messages.tr(c.messageKey()), null);
    private final TextField description = new TextField();
    private final ComboBox<SanctionLevel> sanction = Forms.combo("catalogue-sanction", s -> Messages.tr(s.messageKey()), null);
    private final TextField legal = new TextField();
    private final DatePicker validFrom = new DatePicker();
    private final TableView<Holiday> holidays = new TableView<>();
    private final DatePicker holidayDate = new DatePicker();
    private final TextField holidayName = new TextField();
    private final ComboBox<HolidayKind> holidayKind = Forms.combo("holiday-kind", k -> Messages.tr(k.messageKey()), null);
    private final TextField pattern = new TextField();
    private final Label preview = new Label();
    private final Label error = Forms.error("reference-error");
    private final Label info = new Label();
    private final VBox root;

    ReferenceView(FindingsContext ctx) {
        this.ctx = ctx;
        codes.setId("catalogue-table");
        codes.setPlaceholder(Placeholder.of("findings.catalogue.empty"));
        codes.getColumns().add(Forms.column("findings.catalogue.col.code", e -> e.code() + " v" + e.version(), 80));
        codes.getColumns().add(Forms.column("findings.catalogue.col.category", e -> Messages.tr(e.category().messageKey()), 100));
        codes.getColumns().add(Forms.column("findings.catalogue.col.description", CatalogueEntry::description, 380));
        codes.getColumns().add(Forms.column("findings.catalogue.col.sanction", e -> Messages.tr(e.defaultSanction().messageKey()), 200));
        codes.getColumns().add(Forms.column("findings.catalogue.col.validFrom", e -> IndonesianDates.format(e.validFrom())
                + (e.retired() ? " · " + Messages.tr("findings.catalogue.retired") : ""), 170));
        codes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        codes.setPrefHeight(260);
        codes.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> editCode(e));
        showRetired.selectedProperty().addListener((o, a, b) -> reload());
        category.getItems().setAll(ViolationCategory.values());
        sanction.getItems().setAll(SanctionLevel.values());
        code.setId("catalogue-code");
        description.setId("catalogue-description");
        GridPane g = Forms.grid();
        Forms.row(g, "findings.catalogue.col.code", code);
        Forms.row(g, "findings.catalogue.col.category", category);
        Forms.row(g, "findings.catalogue.col.description", description);
        Forms.row(g, "findings.catalogue.col.sanction", sanction);
        Forms.row(g, "findings.catalogue.col.legalBasis", legal);
        Forms.row(g, "findings.catalogue.col.validFrom", validFrom);
        Button saveEdit = new Button(Messages.tr("findings.catalogue.saveEdit"), new FontIcon("mdmz-save_alt"));
        saveEdit.setId("catalogue-save");
        saveEdit.disableProperty().bind(codes.getSelectionModel().selectedItemProperty().isNull());
        saveEdit.setOnAction(e -> write(() -> {
            CatalogueEntry cur = codes.getSelectionModel().getSelectedItem();
            CatalogueEntry after = ctx.service().catalogue().edit(cur.id(), form(cur.id()));
            return after.id() == cur.id() ? Messages.tr("findings.catalogue.updatedInPlace")
                    : Messages.tr("findings.catalogue.newVersion", after.code(), after.version());
        }));
        Button add = new Button(Messages.tr("findings.catalogue.add"), new FontIcon("mdal-add"));
        add.setId("catalogue-add");
        add.setOnAction(e -> write(() -> {
            CatalogueEntry added = ctx.service().catalogue().add(form(0));
            return Messages.tr("findings.catalogue.added", added.code());
        }));
        Button retire = new Button(Messages.tr("findings.catalogue.retire"), new FontIcon("mdal-block"));
        retire.disableProperty().bind(codes.getSelectionModel().selectedItemProperty().isNull());
        retire.setOnAction(e -> {
            CatalogueEntry cur = codes.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(codes, "findings.catalogue.retire", "findings.catalogue.confirmRetire", cur.code())) {
                write(() -> {
                    ctx.service().catalogue().retire(cur.id());
                    return Messages.tr("findings.catalogue.retiredDone", cur.code());
                });
            }
        });

        holidays.setId("holiday-table");
        holidays.setPlaceholder(Placeholder.of("findings.holidays.empty"));
        holidays.getColumns().add(Forms.column("findings.holiday.col.date", h -> IndonesianDates.formatWithDay(h.date()), 220));
        holidays.getColumns().add(Forms.column("findings.holiday.col.name", Holiday::name, 300));
        holidays.getColumns().add(Forms.column("findings.holiday.col.kind", h -> Messages.tr(h.kind().messageKey()), 140));
        holidays.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        holidays.setPrefHeight(220);
        holidays.getSelectionModel().selectedItemProperty().addListener((o, a, h) -> {
            if (h != null) {
                holidayDate.setValue(h.date());
                holidayName.setText(h.name());
                holidayKind.setValue(h.kind());
            }
        });
        holidayKind.getItems().setAll(HolidayKind.values());
        holidayKind.setValue(HolidayKind.LOKAL);
        holidayName.setPromptText(Messages.tr("findings.field.holidayName"));
        Button putHoliday = new Button(Messages.tr("findings.holiday.put"), new FontIcon("mdmz-save_alt"));
        putHoliday.setOnAction(e -> write(() -> {
            LocalDate d = holidayDate.getValue();
            if (d == null) {
                throw FindingsInputException.of("findings.error.required", "findings.holiday.col.date");
            }
            ctx.service().holidays().put(new Holiday(d, holidayName.getText(), holidayKind.getValue()));
            return Messages.tr("findings.holiday.saved");
        }));
        Button removeHoliday = new Button(Messages.tr("findings.action.delete"), new FontIcon("mdal-delete"));
        removeHoliday.disableProperty().bind(holidays.getSelectionModel().selectedItemProperty().isNull());
        removeHoliday.setOnAction(e -> {
            Holiday h = holidays.getSelectionModel().getSelectedItem();
            write(() -> {
                ctx.service().holidays().remove(h.date());
                return Messages.tr("findings.holiday.removed");
            });
        });

        pattern.setId("register-pattern");
        pattern.textProperty().addListener((o, a, p) -> preview.setText(RegisterNumberFormat.validate(p).isEmpty()
                ? Messages.tr("findings.register.preview", RegisterNumberFormat.of(p).format(12, ctx.today().get().getYear(),
                        ctx.today().get().getMonthValue()))
                : Messages.tr("findings.register.invalid")));
        Button savePattern = new Button(Messages.tr("findings.action.save"), new FontIcon("mdmz-save_alt"));
        savePattern.setId("register-pattern-save");
        savePattern.setOnAction(e -> write(() -> {
            ctx.service().caseStore().setRegisterPattern(pattern.getText());
            return Messages.tr("findings.register.saved");
        }));
        info.getStyleClass().add("text-muted");
        info.setId("reference-info");
        Label hint = new Label(Messages.tr("findings.catalogue.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        root = new VBox(10, error, info, Forms.title("findings.catalogue.title"), hint, showRetired, codes, g,
                new HBox(8, saveEdit, add, retire),
                Forms.title("findings.holiday.title"), holidays, new HBox(8, holidayDate, holidayName, holidayKind, putHoliday,
                        removeHoliday),
                Forms.title("findings.register.title"), new HBox(8, pattern, savePattern), preview);
    }

    private CatalogueEntry form(long id) {
        LocalDate from = validFrom.getValue() == null ? ctx.today().get() : validFrom.getValue();
        ViolationCategory cat = category.getValue() == null ? ViolationCategory.DISIPLIN : category.getValue();
        SanctionLevel s = sanction.getValue() == null ? SanctionLevel.CASE_BY_CASE : sanction.getValue();
        return new CatalogueEntry(id, code.getText() == null ? "" : code.getText().strip().toUpperCase(java.util.Locale.ROOT),
                1, cat, description.getText() == null ? "" : description.getText(), s, legal.getText(), from, false);
    }

    private void editCode(CatalogueEntry e) {
        if (e == null) {
            return;
        }
        code.setText(e.code());
        category.setValue(e.category());
        description.setText(e.description());
        sanction.setValue(e.defaultSanction());
        legal.setText(e.legalBasis());
        validFrom.setValue(e.validFrom());
    }

    private void write(java.util.concurrent.Callable<String> work) {
        error.setText("");
        info.setText("");
        ctx.runner().run("findings.task.save", p -> work.call(), msg -> {
            info.setText(msg);
            reload();
        }, t -> error.setText(Dialogs.describe(t)));
    }

    void reload() {
        boolean retired = showRetired.isSelected();
        ctx.runner().run("findings.task.load", p -> new Loaded(ctx.service().catalogue().list(retired),
                ctx.service().holidays().list(), ctx.service().caseStore().registerPattern()), l -> {
                    codes.getItems().setAll(l.codes());
                    holidays.getItems().setAll(l.holidays());
                    pattern.setText(l.pattern());
                }, t -> error.setText(Dialogs.describe(t)));
    }

    private record Loaded(List<CatalogueEntry> codes, List<Holiday> holidays, String pattern) {
    }

    Node node() {
        return root;
    }
}
