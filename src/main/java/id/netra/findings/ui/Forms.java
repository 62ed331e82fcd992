package id.netra.findings.ui;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import id.netra.i18n.Messages;

/** Small builders the Temuan screens share: labelled grids, table columns, combo boxes that translate. */
final class Forms {

    private Forms() {
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(170);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    static void row(GridPane g, String labelKey, Node field) {
        int r = g.getRowCount();
        Label l = new Label(Messages.tr(labelKey));
        l.setLabelFor(field);
        g.addRow(r, l, field);
    }

    static Label title(String key) {
        Label l = new Label(Messages.tr(key));
        l.getStyleClass().add("form-section-title");
        return l;
    }

    static Label error(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("form-error");
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    static <S> TableColumn<S, String> column(String key, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(Messages.tr(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A combo box over enum-like values shown through {@code label}; null shows {@code noneKey}. */
    static <T> ComboBox<T> combo(String id, Function<T, String> label, String noneKey) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setCellFactory(v -> cell(label, noneKey));
        box.setButtonCell(cell(label, noneKey));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> label, String noneKey) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? (noneKey == null ? "" : Messages.tr(noneKey)) : label.apply(item));
            }
        };
    }
}
