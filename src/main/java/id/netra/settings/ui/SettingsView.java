package id.netra.settings.ui;

import java.io.ByteArrayInputStream;
import java.io.File;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.i18n.Messages;
import id.netra.settings.domain.PaperSize;
import id.netra.settings.domain.ProfileField;

/**
 * Pengaturan: the OPD profile form (letterhead, signatory, paper). The form scrolls; the save bar
 * under it does not, so Simpan is in reach whatever the window height.
 */
public final class SettingsView extends BorderPane {

    private final SettingsViewModel vm;
    private final ValidationSupport validation = new ValidationSupport();
    private final GridPane grid = new GridPane();
    private int row;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
        setId("settings-view");
        validation.setValidationDecorator(new StyleClassValidationDecoration());

        Label title = new Label(Messages.tr("settings.title"));
        title.getStyleClass().add("page-title");
        Label subtitle = new Label(Messages.tr("settings.subtitle"));
        subtitle.getStyleClass().add("page-subtitle");
        subtitle.setWrapText(true);

        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints(190);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMaxWidth(560);
        grid.getColumnConstraints().addAll(labels, inputs);

        section("settings.section.opd");
        text(ProfileField.GOVERNMENT_NAME, "settings.governmentName", "settings.governmentName.prompt");
        text(ProfileField.OPD_NAME, "settings.opdName", "settings.opdName.prompt");
        area(ProfileField.ADDRESS, "settings.address");
        text(ProfileField.PHONE, "settings.phone", null);
        text(ProfileField.EMAIL, "settings.email", null);
        text(ProfileField.WEBSITE, "settings.website", null);
        text(ProfileField.CITY, "settings.city", "settings.city.prompt");
        emblemRow();

        section("settings.section.head");
        text(ProfileField.HEAD_NAME, "settings.headName", "settings.headName.prompt");
        text(ProfileField.HEAD_NIP, "settings.headNip", null);
        text(ProfileField.HEAD_RANK, "settings.headRank", "settings.headRank.prompt");
        text(ProfileField.HEAD_POSITION, "settings.headPosition", "settings.headPosition.prompt");

        section("settings.section.documents");
        paperRow();

        Button save = new Button(Messages.tr("settings.save"), new FontIcon("mdmz-save_alt"));
        save.setId("settings-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.save());
        Label message = new Label();
        message.setId("settings-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        HBox actions = new HBox(12, save, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("save-bar");

        VBox page = new VBox(title, subtitle, grid);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setBottom(actions);

        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (isVisible() && getParent() != null) {
                        vm.save();
                    }
                });
            }
        });
    }

    private void section(String key) {
        Label l = new Label(Messages.tr(key));
        l.getStyleClass().add("form-section-title");
        GridPane.setHalignment(l, HPos.LEFT);
        grid.add(l, 0, row++, 2, 1);
    }

    private void text(ProfileField field, String labelKey, String promptKey) {
        TextField input = new TextField();
        if (promptKey != null) {
            input.setPromptText(Messages.tr(promptKey));
        }
        add(field, labelKey, input);
    }

    private void area(ProfileField field, String labelKey) {
        TextArea input = new TextArea();
        input.setPrefRowCount(2);
        input.setWrapText(true);
        add(field, labelKey, input);
    }

    private void add(ProfileField field, String labelKey, TextInputControl input) {
        input.setId("profile-" + field.name().toLowerCase().replace('_', '-'));
        input.textProperty().bindBidirectional(vm.field(field));
        validation.registerValidator(input, false, (c, value) -> {
            var problem = vm.problemFor(field);
            return ValidationResult.fromMessageIf(c, problem.orElse(""), Severity.ERROR, problem.isPresent());
        });
        Label label = new Label(Messages.tr(labelKey));
        label.setLabelFor(input);
        grid.add(label, 0, row);
        grid.add(input, 1, row++);
    }

    private void emblemRow() {
        ImageView preview = new ImageView();
        preview.setFitHeight(72);
        preview.setFitWidth(72);
        preview.setPreserveRatio(true);
        VBox frame = new VBox(preview);
        frame.getStyleClass().add("emblem-preview");
        frame.setMinSize(86, 86);
        frame.setAlignment(Pos.CENTER);
        vm.emblemProperty().addListener((o, was, now) ->
                preview.setImage(now == null ? null : new Image(new ByteArrayInputStream(now))));
        Button choose = new Button(Messages.tr("settings.emblem.choose"), new FontIcon("mdal-image"));
        choose.setId("settings-emblem-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.tr("settings.emblem.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("settings.emblem.filter"),
                    "*.png", "*.jpg", "*.jpeg"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.chooseEmblem(f.toPath());
            }
        });
        Button clear = new Button(Messages.tr("settings.emblem.clear"));
        clear.setId("settings-emblem-clear");
        clear.disableProperty().bind(vm.emblemProperty().isNull());
        clear.setOnAction(e -> vm.clearEmblem());
        Label hint = new Label(Messages.tr("settings.emblem.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox buttons = new VBox(6, new HBox(8, choose, clear), hint);
        HBox box = new HBox(14, frame, buttons);
        box.setAlignment(Pos.CENTER_LEFT);
        grid.add(new Label(Messages.tr("settings.emblem")), 0, row);
        grid.add(box, 1, row++);
    }

    private void paperRow() {
        ComboBox<PaperSize> paper = new ComboBox<>();
        paper.setId("profile-paper-size");
        paper.getItems().addAll(PaperSize.values());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaperSize p) {
                return p == null ? "" : Messages.tr("paper." + p.name());
            }

            @Override
            public PaperSize fromString(String s) {
                return null;
            }
        });
        paper.valueProperty().bindBidirectional(vm.paperSizeProperty());
        grid.add(new Label(Messages.tr("settings.paperSize")), 0, row);
        grid.add(paper, 1, row++);
    }
}
