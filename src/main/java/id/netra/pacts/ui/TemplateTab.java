package id.netra.pacts.ui;

import java.util.Arrays;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import id.netra.i18n.Messages;
import id.netra.pacts.domain.PactTemplate;
import id.netra.pacts.domain.Placeholders;

/** The pact text of the selected period; the sheet itself stays Indonesian. */
final class TemplateTab {

    private final PactsViewModel vm;

    TemplateTab(PactsViewModel vm) {
        this.vm = vm;
    }

    Node node() {
        TextField title = new TextField();
        title.setId("pacts-template-title");
        TextField subtitle = new TextField();
        TextField intro = new TextField();
        TextArea opening = area(2);
        TextArea commitments = area(8);
        commitments.setId("pacts-template-commitments");
        TextArea sanction = area(2);
        TextArea closing = area(2);
        CheckBox superior = new CheckBox(Messages.tr("pacts.template.superior"));
        CheckBox materai = new CheckBox(Messages.tr("pacts.template.materai"));
        vm.template.addListener((o, a, t) -> {
            if (t == null) {
                return;
            }
            title.setText(t.title());
            subtitle.setText(t.subtitle());
            intro.setText(t.identityIntro());
            opening.setText(t.opening());
            commitments.setText(String.join("\n", t.commitments()));
            sanction.setText(t.sanctionClause());
            closing.setText(t.closing());
            superior.setSelected(t.superiorBlock());
            materai.setSelected(t.materaiBox());
        });
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, new Label(Messages.tr("pacts.template.title")), title);
        form.addRow(row++, new Label(Messages.tr("pacts.template.subtitle")), subtitle);
        form.addRow(row++, new Label(Messages.tr("pacts.template.intro")), intro);
        form.addRow(row++, new Label(Messages.tr("pacts.template.opening")), opening);
        form.addRow(row++, new Label(Messages.tr("pacts.template.commitments")), commitments);
        form.addRow(row++, new Label(Messages.tr("pacts.template.sanction")), sanction);
        form.addRow(row++, new Label(Messages.tr("pacts.template.closing")), closing);
        form.add(superior, 1, row++);
        form.add(materai, 1, row++);
        GridPane.setHgrow(title, Priority.ALWAYS);
        Label hint = new Label(Messages.tr("pacts.template.hint",
                String.join(", ", Placeholders.ALL.stream().map(p -> "{" + p + "}").toList())));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        Button save = new Button(Messages.tr("common.save"));
        save.setId("pacts-template-save");
        save.setOnAction(e -> vm.saveTemplate(new PactTemplate(title.getText(), subtitle.getText(), intro.getText(),
                opening.getText(), Arrays.asList(commitments.getText().split("\\R")), sanction.getText(), closing.getText(),
                superior.isSelected(), materai.isSelected())));
        Button standard = new Button(Messages.tr("pacts.template.standard"));
        standard.setOnAction(e -> vm.template.set(PactTemplate.standard()
                .withOptions(superior.isSelected(), materai.isSelected())));
        VBox box = new VBox(10, form, hint, new HBox(8, save, standard));
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TextArea area(int rows) {
        TextArea a = new TextArea();
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }
}
