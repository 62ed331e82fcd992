package id.netra.staff.ui;

import java.util.List;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;

import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.staff.domain.HistoryEntry;
import id.netra.ui.Placeholder;

/** The change history of one person, oldest first. */
final class HistoryDialog extends Dialog<Void> {

    HistoryDialog(String personName, List<HistoryEntry> entries) {
        setTitle(Messages.tr("staff.history.title"));
        setHeaderText(Messages.tr("staff.history.header", personName));
        getDialogPane().getButtonTypes().add(new ButtonType(Messages.tr("common.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        ListView<String> list = new ListView<>();
        list.setId("staff-history-list");
        list.setPlaceholder(Placeholder.of("staff.history.empty"));
        list.setPrefSize(640, 360);
        for (HistoryEntry e : entries) {
            list.getItems().add(line(e));
        }
        getDialogPane().setContent(list);
    }

    static String line(HistoryEntry e) {
        String when = IndonesianDates.format(e.at().toLocalDateTime());
        String source = Messages.tr("staff.history.source." + e.source().name());
        String what = switch (e.event()) {
            case UPDATED -> Messages.tr("staff.history.updated", Messages.tr(e.field().messageKey()),
                    e.oldText() == null ? "-" : e.oldText(), e.newText() == null ? "-" : e.newText());
            case DEACTIVATED -> Messages.tr("staff.history.deactivated", e.newText());
            default -> Messages.tr("staff.history." + e.event().name().toLowerCase(java.util.Locale.ROOT));
        };
        return when + " (" + source + ") " + what + (e.note() == null ? "" : " - " + e.note());
    }
}
