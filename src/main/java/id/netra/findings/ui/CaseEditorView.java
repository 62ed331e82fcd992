package id.netra.findings.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.findings.domain.CaseSource;
import id.netra.findings.domain.CaseStatus;
import id.netra.findings.domain.CaseWording;
import id.netra.findings.domain.CatalogueEntry;
import id.netra.findings.domain.ContractMeasure;
import id.netra.findings.domain.DecisionOutcome;
import id.netra.findings.domain.EvidenceCheck;
import id.netra.findings.domain.EvidencePolicy;
import id.netra.findings.domain.ForwardTarget;
import id.netra.findings.domain.RecommendingBody;
import id.netra.findings.domain.SanctionLevel;
import id.netra.findings.domain.StatusChange;
import id.netra.findings.domain.SummonsAttendance;
import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.staff.domain.StaffMember;
import id.netra.ui.Placeholder;

/** The case editor: form, people, codes, evidence, the next status step and the history. */
final class CaseEditorView {

    private final CaseEditorViewModel vm;
    private final FindingsContext ctx;
    private final ScrollPane root;
    private final GridPane stepFields = Forms.grid();
    private final VBox stepActions = new VBox(6);

    CaseEditorView(CaseEditorViewModel vm, FindingsContext ctx, Runnable onBack) {
        this.vm = vm;
        this.ctx = ctx;
        Button back = new Button(Messages.tr("findings.action.back"), new FontIcon("mdal-arrow_back"));
        back.setId("case-back");
        back.setOnAction(e -> onBack.run());
        Label heading = new Label();
        heading.setId("case-heading");
        heading.getStyleClass().add("page-title");
        Runnable updateHeading = () -> heading.setText(vm.caseId.get() == 0 ? Messages.tr("findings.editor.newTitle")
                : Messages.tr("findings.editor.title", vm.registerNumber.get(), Messages.tr(vm.status.get().messageKey())));
        vm.registerNumber.addListener((o, a, b) -> updateHeading.run());
        vm.status.addListener((o, a, b) -> updateHeading.run());
        vm.caseId.addListener((o, a, b) -> updateHeading.run());
        updateHeading.run();
        Label wording = new Label();
        wording.setId("case-wording");
        wording.getStyleClass().add("page-subtitle");
        vm.progress.addListener((o, a, p) -> wording.setText(Messages.tr(CaseWording.violationLabelKey(vm.status.get(),
                p == null ? null : p.decision()))));
        Button save = new Button(Messages.tr("findings.action.save"), new FontIcon("mdmz-save_alt"));
        save.setId("case-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Button print = new Button(Messages.tr("findings.action.print"), new FontIcon("mdmz-picture_as_pdf"));
        print.setId("case-print");
        print.disableProperty().bind(vm.caseId.isEqualTo(0));
        print.setOnAction(e -> vm.print());
        Label info = new Label();
        info.setId("case-info");
        info.getStyleClass().add("text-muted");
        info.setWrapText(true);
        info.textProperty().bind(vm.info);
        Label printed = new Label();
        printed.setId("case-printed");
        printed.textProperty().bind(vm.printed);
        printed.setVisible(false);
        printed.setManaged(false);
        Label error = Forms.error("case-error");
        error.textProperty().bind(vm.error);

        VBox page = new VBox(12, new HBox(8, back, save, print), heading, wording, error, info, printed,
                caseForm(), peoplePane(), codesPane(), evidencePane(), statusPane(), historyPane());
        page.getStyleClass().add("page");
        page.setPadding(new Insets(0, 0, 24, 0));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("case-editor");
    }

    Node node() {
        return root;
    }

    // ---- the case form -------------------------------------------------------------------------

    private Node caseForm() {
        GridPane g = Forms.grid();
        DatePicker known = date("case-date-known", vm.dateKnown);
        Forms.row(g, "findings.field.dateKnown", known);
        Forms.row(g, "findings.field.actDate", date("case-act-date", vm.actDate));
        Forms.row(g, "findings.field.actPlace", text("case-act-place", vm.actPlace));
        ComboBox<CaseSource> source = Forms.combo("case-source", s -> Messages.tr(s.messageKey()), null);
        source.getItems().setAll(CaseSource.values());
        source.valueProperty().bindBidirectional(vm.source);
        Forms.row(g, "findings.field.source", source);
        Forms.row(g, "findings.field.sourceDetail", text("case-source-detail", vm.sourceDetail));
        TextField reporter = text("case-reporter-name", vm.reporterName);
        TextField contact = text("case-reporter-contact", vm.reporterContact);
        CheckBox confidential = new CheckBox(Messages.tr("findings.field.reporterConfidential"));
        confidential.setId("case-reporter-confidential");
        confidential.selectedProperty().bindBidirectional(vm.reporterConfidential);
        reporter.disableProperty().bind(vm.reporterHidden);
        contact.disableProperty().bind(vm.reporterHidden);
        confidential.disableProperty().bind(vm.reporterHidden);
        reporter.promptTextProperty().bind(javafx.beans.binding.Bindings.when(vm.reporterHidden)
                .then(Messages.tr("findings.reporter.hidden")).otherwise(""));
        Forms.row(g, "findings.field.reporterName", reporter);
        Forms.row(g, "findings.field.reporterContact", contact);
        Forms.row(g, "findings.field.reporterConfidentialLabel", confidential);
        TextArea chronology = new TextArea();
        chronology.setId("case-chronology");
        chronology.setWrapText(true);
        chronology.setPrefRowCount(6);
        chronology.textProperty().bindBidirectional(vm.chronology);
        Forms.row(g, "findings.field.chronology", chronology);
        TextArea links = new TextArea();
        links.setId("case-links");
        links.setPrefRowCount(2);
        links.setPromptText(Messages.tr("findings.field.linksHint"));
        links.textProperty().bindBidirectional(vm.links);
        Forms.row(g, "findings.field.links", links);
        ComboBox<id.netra.periods.domain.ElectionPeriod> period = Forms.combo("case-period",
                id.netra.periods.domain.ElectionPeriod::name, "findings.field.noPeriod");
        period.setItems(vm.periods);
        period.valueProperty().bindBidirectional(vm.period);
        Forms.row(g, "findings.field.period", period);
        Forms.row(g, "findings.field.followUpDate", date("case-follow-up", vm.followUpDate));
        Forms.row(g, "findings.field.followUpNote", text("case-follow-up-note", vm.followUpNote));
        return new VBox(6, Forms.title("findings.editor.section.case"), g);
    }

    private Node peoplePane() {
        TextField search = new TextField();
        search.setId("case-staff-search");
        search.setPromptText(Messages.tr("findings.editor.staffSearch"));
        ListView<StaffMember> results = new ListView<>();
        results.setId("case-staff-results");
        results.setPlaceholder(Placeholder.of("findings.editor.search.empty"));
        results.setPrefHeight(130);
        results.setCellFactory(v -> staffCell());
        Runnable filter = () -> {
            String q = search.getText() == null ? "" : search.getText().toLowerCase(Locale.ROOT).trim();
            results.getItems().setAll(q.isEmpty() ? java.util.List.of() : vm.roster.stream()
                    .filter(s -> s.fullName().toLowerCase(Locale.ROOT).contains(q) || (s.draft().nip() != null && s.draft().nip().contains(q)))
                    .limit(50).toList());
            if (!results.getItems().isEmpty()) {
                results.getSelectionModel().selectFirst();
            }
        };
        search.textProperty().addListener((o, a, b) -> filter.run());
        Button add = new Button(Messages.tr("findings.action.addStaff"), new FontIcon("mdmz-person_add"));
        add.setId("case-staff-add");
        add.setOnAction(e -> {
            StaffMember s = results.getSelectionModel().getSelectedItem();
            if (s != null && !vm.people.contains(s)) {
                vm.people.add(s);
            }
        });
        ListView<StaffMember> chosen = new ListView<>(vm.people);
        chosen.setId("case-staff-chosen");
        chosen.setPlaceholder(Placeholder.of("findings.editor.people.empty"));
        chosen.setPrefHeight(90);
        chosen.setCellFactory(v -> staffCell());
        Button remove = new Button(Messages.tr("findings.action.remove"), new FontIcon("mdal-delete"));
        remove.setId("case-staff-remove");
        remove.setOnAction(e -> vm.people.remove(chosen.getSelectionModel().getSelectedItem()));
        return new VBox(6, Forms.title("findings.editor.section.people"), new HBox(8, search, add), results,
                chosen, remove);
    }

    private static ListCell<StaffMember> staffCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(StaffMember s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.fullName() + "  ·  "
                        + (s.displayNumber() == null ? "-" : s.displayNumber()) + "  ·  "
                        + (s.draft().position() == null ? "" : s.draft().position()));
            }
        };
    }

    private Node codesPane() {
        ComboBox<CatalogueEntry> pick = Forms.combo("case-code-pick", CaseEditorView::codeLabel, null);
        pick.setItems(vm.catalogue);
        Button add = new Button(Messages.tr("findings.action.addCode"), new FontIcon("mdal-add"));
        add.setId("case-code-add");
        add.setOnAction(e -> {
            CatalogueEntry c = pick.getValue();
            if (c != null && !vm.codes.contains(c)) {
                vm.codes.add(c);
            }
        });
        ListView<CatalogueEntry> chosen = new ListView<>(vm.codes);
        chosen.setId("case-code-chosen");
        chosen.setPlaceholder(Placeholder.of("findings.editor.codes.empty"));
        chosen.setPrefHeight(80);
        chosen.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CatalogueEntry c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : codeLabel(c));
            }
        });
        Button remove = new Button(Messages.tr("findings.action.remove"), new FontIcon("mdal-delete"));
        remove.setOnAction(e -> vm.codes.remove(chosen.getSelectionModel().getSelectedItem()));
        return new VBox(6, Forms.title("findings.editor.section.codes"), new HBox(8, pick, add), chosen, remove);
    }

    static String codeLabel(CatalogueEntry c) {
        return c.code() + (c.version() > 1 ? " (v" + c.version() + ")" : "") + " · " + c.description() + " · "
                + Messages.tr(c.defaultSanction().messageKey());
    }

    // ---- evidence --------------------------------------------------------------------------------

    private Node evidencePane() {
        TableView<CaseEditorViewModel.EvidenceRow> table = new TableView<>(vm.evidence);
        table.setId("case-evidence");
        table.setPlaceholder(Placeholder.of("findings.editor.evidence.empty"));
        table.setPrefHeight(160);
        table.getColumns().add(Forms.column("findings.evidence.col.name", r -> r.evidence().originalName(), 220));
        table.getColumns().add(Forms.column("findings.evidence.col.type", r -> r.evidence().type().mediaType(), 120));
        table.getColumns().add(Forms.column("findings.evidence.col.size",
                r -> EvidencePolicy.humanSize(r.evidence().sizeBytes()), 80));
        table.getColumns().add(Forms.column("findings.evidence.col.sha", r -> r.evidence().sha256(), 300));
        table.getColumns().add(Forms.column("findings.evidence.col.check", r -> Messages.tr(r.check().messageKey()), 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button add = new Button(Messages.tr("findings.evidence.add"), new FontIcon("mdal-attach_file"));
        add.setId("case-evidence-add");
        add.setOnAction(e -> ctx.filePicker().pick(root.getScene() == null ? null : root.getScene().getWindow())
                .ifPresent(vm::addEvidence));
        Button paste = new Button(Messages.tr("findings.evidence.paste"), new FontIcon("mdal-content_paste"));
        paste.setId("case-evidence-paste");
        paste.setOnAction(e -> pasteImage());
        Button open = new Button(Messages.tr("findings.evidence.open"), new FontIcon("mdal-launch"));
        open.setId("case-evidence-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> {
            var row = table.getSelectionModel().getSelectedItem();
            vm.verify(row.evidence(), check -> {
                if (check == EvidenceCheck.INTACT) {
                    openExternally(row.evidence());
                } else {
                    vm.error.set(Messages.tr("findings.evidence.openWarning", row.evidence().originalName(),
                            Messages.tr(check.messageKey())));
                }
            });
        });
        Label limit = new Label(Messages.tr("findings.evidence.limit", EvidencePolicy.megabytes(EvidencePolicy.MAX_BYTES)));
        limit.getStyleClass().add("text-muted");
        return new VBox(6, Forms.title("findings.editor.section.evidence"), new HBox(8, add, paste, open), limit, table);
    }

    private void pasteImage() {
        Clipboard cb = Clipboard.getSystemClipboard();
        Image image = cb.hasImage() ? cb.getImage() : null;
        if (image == null) {
            vm.error.set(Messages.tr("findings.evidence.noClipboardImage"));
            return;
        }
        BufferedImage bi = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(bi, "png", out);
        } catch (IOException ex) {
            vm.error.set(Messages.tr("findings.evidence.noClipboardImage"));
            return;
        }
        vm.addClipboardImage(out.toByteArray());
    }

    private void openExternally(id.netra.findings.domain.Evidence e) {
        // decrypting and Desktop.open (which blocks on some platforms) never run on the FX thread
        Thread t = new Thread(() -> {
            try {
                java.nio.file.Path p = vm.openable(e);
                if (java.awt.Desktop.isDesktopSupported()) {
                    java.awt.Desktop.getDesktop().open(p.toFile());
                }
            } catch (IOException | UnsupportedOperationException ex) {
                javafx.application.Platform.runLater(() -> vm.error.set(ex.getMessage()));
            }
        }, "open-evidence");
        t.setDaemon(true);
        t.start();
    }

    // ---- status --------------------------------------------------------------------------------

    private Node statusPane() {
        ComboBox<CaseStatus> target = Forms.combo("case-transition-target", s -> Messages.tr(
                vm.targetIsBackwardFor(s) ? "findings.transition.backTo" : "findings.transition.forwardTo",
                Messages.tr(s.messageKey())), null);
        target.setItems(vm.offered);
        target.valueProperty().bindBidirectional(vm.target);
        vm.target.addListener((o, a, b) -> buildStepFields());
        vm.progress.addListener((o, a, b) -> buildStepActions());
        Button apply = new Button(Messages.tr("findings.transition.apply"), new FontIcon("mdal-check"));
        apply.setId("case-transition-apply");
        apply.disableProperty().bind(vm.target.isNull());
        apply.setOnAction(e -> vm.applyTransition());
        VBox box = new VBox(8, Forms.title("findings.editor.section.status"),
                new HBox(8, target, apply), stepFields, stepActions);
        box.disableProperty().bind(vm.caseId.isEqualTo(0));
        return box;
    }

    private void buildStepFields() {
        stepFields.getChildren().clear();
        CaseStatus t = vm.target.get();
        if (t == null) {
            return;
        }
        if (vm.targetIsBackward()) {
            TextArea reason = new TextArea();
            reason.setId("case-transition-reason");
            reason.setPrefRowCount(2);
            reason.textProperty().bindBidirectional(vm.reason);
            Forms.row(stepFields, "findings.field.reason", reason);
            return;
        }
        switch (t) {
            case PEMERIKSAAN -> {
                Forms.row(stepFields, "findings.field.summonsNumber", text("step-letter-number", vm.letterNumber));
                Forms.row(stepFields, "findings.field.summonsIssued", date("step-letter-date", vm.letterDate));
                Forms.row(stepFields, "findings.field.summonsScheduled", date("step-scheduled", vm.scheduledDate));
            }
            case DITERUSKAN -> {
                ComboBox<ForwardTarget> to = Forms.combo("step-forward-target", f -> Messages.tr(f.messageKey()), null);
                to.getItems().setAll(ForwardTarget.values());
                to.valueProperty().bindBidirectional(vm.forwardTarget);
                Forms.row(stepFields, "findings.field.forwardTarget", to);
                Forms.row(stepFields, "findings.field.letterNumber", text("step-letter-number", vm.letterNumber));
                Forms.row(stepFields, "findings.field.letterDate", date("step-letter-date", vm.letterDate));
            }
            case REKOMENDASI -> {
                ComboBox<RecommendingBody> b = Forms.combo("step-body", f -> Messages.tr(f.messageKey()), null);
                b.getItems().setAll(RecommendingBody.values());
                b.valueProperty().bindBidirectional(vm.body);
                Forms.row(stepFields, "findings.field.body", b);
                Forms.row(stepFields, "findings.field.letterNumber", text("step-letter-number", vm.letterNumber));
                Forms.row(stepFields, "findings.field.letterDate", date("step-letter-date", vm.letterDate));
                Forms.row(stepFields, "findings.field.recommendedSanction", text("step-recommended", vm.recommendedSanction));
            }
            case DIPUTUS -> {
                ComboBox<DecisionOutcome> out = Forms.combo("step-outcome", f -> Messages.tr(f.messageKey()), null);
                out.getItems().setAll(DecisionOutcome.values());
                out.valueProperty().bindBidirectional(vm.outcome);
                Forms.row(stepFields, "findings.field.outcome", out);
                if (vm.anyAsn()) {
                    ComboBox<SanctionLevel> s = Forms.combo("step-sanction", f -> Messages.tr(f.messageKey()), null);
                    s.getItems().setAll(java.util.Arrays.stream(SanctionLevel.values())
                            .filter(l -> l != SanctionLevel.CASE_BY_CASE).toList());
                    s.valueProperty().bindBidirectional(vm.sanction);
                    s.disableProperty().bind(vm.outcome.isEqualTo(DecisionOutcome.NOT_PROVEN));
                    Forms.row(stepFields, "findings.field.sanction", s);
                }
                if (vm.anyNonAsn()) {
                    ComboBox<ContractMeasure> m = Forms.combo("step-measure", f -> Messages.tr(f.messageKey()), null);
                    m.getItems().setAll(ContractMeasure.values());
                    m.valueProperty().bindBidirectional(vm.contractMeasure);
                    m.disableProperty().bind(vm.outcome.isEqualTo(DecisionOutcome.NOT_PROVEN));
                    Forms.row(stepFields, "findings.field.contractMeasure", m);
                }
                Forms.row(stepFields, "findings.field.sanctionDetail", text("step-sanction-detail", vm.sanctionDetail));
                Forms.row(stepFields, "findings.field.decreeNumber", text("step-letter-number", vm.letterNumber));
                Forms.row(stepFields, "findings.field.decreeDate", date("step-letter-date", vm.letterDate));
                Forms.row(stepFields, "findings.field.deliveredDate", date("step-delivered", vm.deliveredDate));
            }
            default -> {
                Label none = new Label(Messages.tr("findings.transition.noFields"));
                none.getStyleClass().add("text-muted");
                stepFields.add(none, 0, 0, 2, 1);
            }
        }
    }

    /** Documents added while a step runs: attendance, summons II, BAP, decree delivery. */
    private void buildStepActions() {
        stepActions.getChildren().clear();
        var p = vm.progress.get();
        if (p == null) {
            return;
        }
        for (String line : id.netra.findings.service.CaseSheetAssembler.steps(p, Messages::tr)) {
            Label l = new Label("• " + line);
            l.setWrapText(true);
            stepActions.getChildren().add(l);
        }
        if (vm.status.get() == CaseStatus.PEMERIKSAAN && !p.summonses().isEmpty()) {
            var last = p.summonses().get(p.summonses().size() - 1);
            Label s = new Label(Messages.tr("findings.summons.line", last.sequence() == 1 ? "I" : "II",
                    IndonesianDates.format(last.scheduledDate()), Messages.tr(last.attendance().messageKey())));
            Button present = new Button(Messages.tr("findings.attendance.PRESENT"));
            present.setId("case-attendance-present");
            present.setOnAction(e -> vm.recordAttendance(SummonsAttendance.PRESENT));
            Button absent = new Button(Messages.tr("findings.attendance.ABSENT"));
            absent.setId("case-attendance-absent");
            absent.setOnAction(e -> vm.recordAttendance(SummonsAttendance.ABSENT));
            stepActions.getChildren().add(new HBox(8, s, present, absent));
            GridPane extra = Forms.grid();
            Forms.row(extra, "findings.field.letterNumber", text("extra-letter-number", vm.letterNumber));
            Forms.row(extra, "findings.field.letterDate", date("extra-letter-date", vm.letterDate));
            Forms.row(extra, "findings.field.summonsScheduled", date("extra-scheduled", vm.scheduledDate));
            Button two = new Button(Messages.tr("findings.summons.addTwo"));
            two.setId("case-summons-two");
            two.setOnAction(e -> vm.addSummonsTwo());
            Button bap = new Button(Messages.tr("findings.summons.addBap"));
            bap.setId("case-bap");
            bap.setOnAction(e -> vm.addExaminationReport());
            stepActions.getChildren().addAll(Forms.title("findings.editor.section.examination"), extra, new HBox(8, two, bap));
            Label team = new Label(Messages.tr("findings.examiners.title") + ": " + (p.examiners().isEmpty() ? "-"
                    : String.join("; ", p.examiners().stream().map(m -> m.name() + " (" + Messages.tr(m.role().messageKey())
                            + (m.institution().isEmpty() ? "" : ", " + m.institution()) + ")").toList())));
            team.setWrapText(true);
            TextField exName = new TextField();
            exName.setId("examiner-name");
            exName.setPromptText(Messages.tr("findings.team.memberName"));
            TextField exInst = new TextField();
            exInst.setPromptText(Messages.tr("findings.team.institution"));
            ComboBox<id.netra.findings.domain.TeamRole> exRole = Forms.combo("examiner-role", r -> Messages.tr(r.messageKey()), null);
            exRole.getItems().setAll(id.netra.findings.domain.TeamRole.values());
            exRole.setValue(p.examiners().isEmpty() ? id.netra.findings.domain.TeamRole.KETUA : id.netra.findings.domain.TeamRole.ANGGOTA);
            Button addEx = new Button(Messages.tr("findings.team.addMember"), new FontIcon("mdmz-person_add"));
            addEx.setId("examiner-add");
            addEx.setOnAction(e -> vm.addExaminer(exName.getText(), exInst.getText(), exRole.getValue()));
            stepActions.getChildren().addAll(team, new HBox(8, exName, exInst, exRole, addEx));
        }
        if (p.decision() != null && p.decision().deliveredDate() == null
                && p.decision().outcome() == DecisionOutcome.PROVEN) {
            Button deliver = new Button(Messages.tr("findings.decision.markDelivered"));
            deliver.setId("case-mark-delivered");
            deliver.setOnAction(e -> vm.markDelivered());
            stepActions.getChildren().add(new HBox(8, date("extra-delivered", vm.deliveredDate), deliver));
        }
    }

    private Node historyPane() {
        ListView<StatusChange> history = new ListView<>();
        history.setId("case-history");
        history.setPlaceholder(Placeholder.of("findings.editor.history.empty"));
        history.setPrefHeight(150);
        vm.progress.addListener((o, a, p) -> history.getItems().setAll(p == null ? java.util.List.of() : p.history()));
        history.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StatusChange c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(Messages.tr("findings.history.line",
                        IndonesianDates.format(c.changedAt().atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDateTime()),
                        c.from() == null ? "-" : Messages.tr(c.from().messageKey()), Messages.tr(c.to().messageKey()),
                        c.changedBy(), c.reason().isEmpty() ? "" : " · " + c.reason()));
                setTooltip(new Tooltip(getText()));
            }
        });
        return new VBox(6, Forms.title("findings.editor.section.history"), history);
    }

    // ---- small helpers ---------------------------------------------------------------------------

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static DatePicker date(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> p) {
        DatePicker d = new DatePicker();
        d.setId(id);
        d.valueProperty().bindBidirectional(p);
        return d;
    }
}
