package id.netra.reports.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.reports.domain.GeneratedReport;
import id.netra.ui.Placeholder;

/**
 * Laporan screen: month and period at the top; at left the figures, the letter number and date,
 * section V and the tembusan; at right the page preview; below, the register of reports generated.
 */
public final class ReportsView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm");

    private final ReportsViewModel vm;

    public ReportsView(ReportsViewModel vm) {
        this.vm = vm;
        setId("reports-view");
        getStyleClass().add("page");

        Label title = new Label(Messages.tr("reports.title"));
        title.getStyleClass().add("page-title");
        Label subtitle = new Label(Messages.tr("reports.subtitle"));
        subtitle.getStyleClass().add("page-subtitle");
        subtitle.setWrapText(true);

        ComboBox<YearMonth> month = new ComboBox<>(vm.months());
        month.setId("reports-month");
        month.valueProperty().bindBidirectional(vm.monthProperty());
        month.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth m) {
                return m == null ? "" : IndonesianDates.format(m);
            }

            @Override
            public YearMonth fromString(String s) {
                return null;
            }
        });
        ComboBox<ElectionPeriod> period = new ComboBox<>(vm.periods());
        period.setId("reports-period");
        period.valueProperty().bindBidirectional(vm.periodProperty());
        period.setCellFactory(l -> new PeriodCell());
        period.setButtonCell(new PeriodCell());
        period.setPrefWidth(320);
        Button generate = new Button(Messages.tr("reports.generate"), new FontIcon("mdal-autorenew"));
        generate.setId("reports-generate");
        generate.getStyleClass().add("accent");
        generate.disableProperty().bind(vm.busyProperty());
        generate.setOnAction(e -> vm.generate());
        HBox choose = new HBox(10, new Label(Messages.tr("reports.month")), month, new Label(Messages.tr("reports.period")),
                period, generate);
        choose.setAlignment(Pos.CENTER_LEFT);

        VBox header = new VBox(6, title, subtitle, choose, actions());
        header.setPadding(new Insets(0, 0, 10, 0));
        setTop(header);

        SplitPane split = new SplitPane(left(), preview());
        split.setDividerPositions(0.42);
        setCenter(split);
        setBottom(history());
    }

    private ScrollPane left() {
        ListView<String> figures = new ListView<>(vm.figures());
        figures.setId("reports-figures");
        figures.setPrefHeight(180);
        figures.setPlaceholder(Placeholder.of("reports.figures.empty"));

        TextField number = new TextField();
        number.setId("reports-letter-number");
        number.textProperty().bindBidirectional(vm.letterNumberProperty());
        number.setPromptText(Messages.tr("reports.letterNumber.prompt"));
        DatePicker date = new DatePicker();
        date.setId("reports-letter-date");
        date.valueProperty().bindBidirectional(vm.letterDateProperty());
        date.setPromptText(Messages.tr("reports.letterDate.prompt"));
        TextArea obstacles = new TextArea();
        obstacles.setId("reports-obstacles");
        obstacles.setWrapText(true);
        obstacles.setPrefRowCount(6);
        obstacles.textProperty().bindBidirectional(vm.obstaclesProperty());
        obstacles.setPromptText(Messages.tr("reports.obstacles.prompt"));
        TextArea copies = new TextArea();
        copies.setId("reports-copies");
        copies.setPrefRowCount(4);
        copies.textProperty().bindBidirectional(vm.copiesProperty());

        VBox box = new VBox(6,
                heading("reports.figures"), figures,
                heading("reports.letterNumber"), number,
                heading("reports.letterDate"), date,
                heading("reports.obstacles"), obstacles,
                heading("reports.copies"), copies);
        box.setPadding(new Insets(0, 10, 0, 0));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Save, open, print and exports sit under the month choice, always in view. */
    private HBox actions() {
        Button save = new Button(Messages.tr("reports.savePdf"), new FontIcon("mdmz-save"));
        save.setId("reports-save-pdf");
        save.setOnAction(e -> vm.savePdf(vm.defaultTarget("pdf")));
        Button saveAs = new Button(Messages.tr("reports.savePdfAs"));
        saveAs.setId("reports-save-pdf-as");
        saveAs.setOnAction(e -> choose("pdf", "PDF").ifPresent(vm::savePdf));
        Button open = new Button(Messages.tr("reports.open"), new FontIcon("mdomz-open_in_new"));
        open.setId("reports-open");
        open.disableProperty().bind(vm.lastSavedProperty().isNull());
        open.setOnAction(e -> vm.openSaved());
        Button print = new Button(Messages.tr("reports.print"), new FontIcon("mdomz-print"));
        print.setId("reports-print");
        print.setOnAction(e -> vm.print());
        Button xlsx = new Button(Messages.tr("reports.saveXlsx"));
        xlsx.setId("reports-save-xlsx");
        xlsx.setOnAction(e -> choose("xlsx", "Excel").ifPresent(vm::saveWorkbook));
        Button json = new Button(Messages.tr("reports.saveJson"));
        json.setId("reports-save-json");
        json.setOnAction(e -> choose("json", "JSON").ifPresent(vm::saveJson));
        for (Button b : new Button[] {save, saveAs, print, xlsx, json}) {
            b.disableProperty().bind(Bindings.or(vm.reportProperty().isNull(), vm.busyProperty()));
        }
        Label message = new Label();
        message.setId("reports-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox actions = new HBox(8, save, saveAs, open, print, xlsx, json, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.tr(key));
        l.getStyleClass().add("form-heading");
        return l;
    }

    private ScrollPane preview() {
        VBox pages = new VBox(12);
        pages.setId("reports-preview");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(10));
        Label empty = new Label(Messages.tr("reports.preview.empty"));
        pages.getChildren().add(empty);
        vm.pages().addListener((ListChangeListener<java.awt.image.BufferedImage>) c -> {
            pages.getChildren().clear();
            for (java.awt.image.BufferedImage img : vm.pages()) {
                ImageView view = new ImageView(SwingFXUtils.toFXImage(img, null));
                view.setPreserveRatio(true);
                view.getStyleClass().add("report-page");
                pages.getChildren().add(view);
            }
            if (vm.pages().isEmpty()) {
                pages.getChildren().add(empty);
            }
        });
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox history() {
        TableView<GeneratedReport> table = new TableView<>(vm.history());
        table.setId("reports-history");
        table.setPrefHeight(150);
        table.setPlaceholder(Placeholder.of("reports.history.empty"));
        table.getColumns().add(column("reports.history.month", g -> IndonesianDates.format(g.month())));
        table.getColumns().add(column("reports.history.when", g -> WHEN.format(g.generatedAt()
                .atZoneSameInstant(java.time.ZoneId.systemDefault()))));
        table.getColumns().add(column("reports.history.file", g -> Path.of(g.fileName()).getFileName().toString()));
        table.getColumns().add(column("reports.history.hash", GeneratedReport::sha256));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(4, heading("reports.history"), table);
        box.setPadding(new Insets(10, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<GeneratedReport, String> column(String key,
            java.util.function.Function<GeneratedReport, String> value) {
        TableColumn<GeneratedReport, String> c = new TableColumn<>(Messages.tr(key));
        c.setCellValueFactory(d -> new javafx.beans.property.SimpleStringProperty(value.apply(d.getValue())));
        return c;
    }

    private java.util.Optional<Path> choose(String extension, String label) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(vm.defaultFileName(extension));
        File folder = vm.defaultTarget(extension).getParent().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(label, "*." + extension));
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private static final class PeriodCell extends ListCell<ElectionPeriod> {
        @Override
        protected void updateItem(ElectionPeriod p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.name());
        }
    }
}
