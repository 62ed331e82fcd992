package id.netra.pacts.ui;

import java.time.LocalDate;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import id.netra.i18n.Messages;
import id.netra.periods.domain.ElectionKind;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.periods.domain.RecommendingBody;
import id.netra.ui.Placeholder;

/** Election periods as data: names, kind, key dates, signing deadline, recommending body, which is current. */
final class PeriodTab {

    private final PactsViewModel vm;
    private long editingId;

    PeriodTab(PactsViewModel vm) {
        this.vm = vm;
    }

    Node node() {
        ListView<ElectionPeriod> list = new ListView<>(vm.periods);
        list.setId("pacts-period-list");
        list.setPlaceholder(Placeholder.of("pacts.periods.empty"));
        list.setCellFactory(l -> new PactsSection.PeriodCell());
        list.setPrefWidth(320);

        TextField name = new TextField();
        name.setId("pacts-period-name");
        ChoiceBox<ElectionKind> kind = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(ElectionKind.values()));
        kind.setConverter(labels("pacts.period.kind."));
        Spinner<Integer> year = new Spinner<>(2000, 2100, LocalDate.now().getYear());
        year.setEditable(true);
        DatePicker candidates = DateFields.dayMonthYear(new DatePicker());
        DatePicker campaignStart = DateFields.dayMonthYear(new DatePicker());
        DatePicker campaignEnd = DateFields.dayMonthYear(new DatePicker());
        DatePicker voting = DateFields.dayMonthYear(new DatePicker());
        voting.setId("pacts-period-voting");
        DatePicker deadline = DateFields.dayMonthYear(new DatePicker());
        ChoiceBox<RecommendingBody> body = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(RecommendingBody.values()));
        CheckBox current = new CheckBox(Messages.tr("pacts.period.current"));

        Runnable clear = () -> {
            editingId = 0;
            name.clear();
            kind.setValue(ElectionKind.PEMILIHAN);
            candidates.setValue(null);
            campaignStart.setValue(null);
            campaignEnd.setValue(null);
            voting.setValue(null);
            deadline.setValue(null);
            body.setValue(RecommendingBody.BKN);
            current.setSelected(false);
        };
        clear.run();
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p == null) {
                return;
            }
            editingId = p.id();
            name.setText(p.name());
            kind.setValue(p.kind());
            year.getValueFactory().setValue(p.year());
            candidates.setValue(p.candidatesSet());
            campaignStart.setValue(p.campaignStart());
            campaignEnd.setValue(p.campaignEnd());
            voting.setValue(p.votingDay());
            deadline.setValue(p.signingDeadline());
            body.setValue(p.recommendingBody());
            current.setSelected(p.current());
        });

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, new Label(Messages.tr("pacts.period.name")), name);
        form.addRow(row++, new Label(Messages.tr("pacts.period.kind")), kind);
        form.addRow(row++, new Label(Messages.tr("pacts.period.year")), year);
        form.addRow(row++, new Label(Messages.tr("pacts.period.candidatesSet")), candidates);
        form.addRow(row++, new Label(Messages.tr("pacts.period.campaignStart")), campaignStart);
        form.addRow(row++, new Label(Messages.tr("pacts.period.campaignEnd")), campaignEnd);
        form.addRow(row++, new Label(Messages.tr("pacts.period.votingDay")), voting);
        form.addRow(row++, new Label(Messages.tr("pacts.period.deadline")), deadline);
        form.addRow(row++, new Label(Messages.tr("pacts.period.body")), body);
        form.add(current, 1, row++);
        name.setPrefColumnCount(36);

        Button save = new Button(Messages.tr("common.save"));
        save.setId("pacts-period-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            if (name.getText().isBlank() || voting.getValue() == null) {
                vm.status.set(Messages.tr("pacts.period.error.required"));
                return;
            }
            if (campaignStart.getValue() != null && campaignEnd.getValue() != null
                    && campaignEnd.getValue().isBefore(campaignStart.getValue())) {
                vm.status.set(Messages.tr("pacts.period.error.campaign"));
                return;
            }
            vm.savePeriod(new ElectionPeriod(editingId, name.getText().strip(), kind.getValue(), year.getValue(),
                    candidates.getValue(), campaignStart.getValue(), campaignEnd.getValue(), voting.getValue(),
                    deadline.getValue(), body.getValue(), current.isSelected()));
        });
        Button fresh = new Button(Messages.tr("pacts.period.new"));
        fresh.setId("pacts-period-new");
        fresh.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            clear.run();
        });
        Label hint = new Label(Messages.tr("pacts.period.bodyHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox right = new VBox(10, form, hint, new HBox(8, save, fresh));
        HBox box = new HBox(16, list, right);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        return box;
    }

    private static <E extends Enum<E>> StringConverter<E> labels(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : Messages.tr(prefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }
}
