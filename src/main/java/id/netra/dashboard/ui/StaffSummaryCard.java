package id.netra.dashboard.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import id.netra.i18n.Messages;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.store.RosterStore;
import id.netra.ui.DashboardCard;
import id.netra.ui.TaskRunner;

/** Headcount today by kind: the base every percentage on the dashboard is taken of. */
public final class StaffSummaryCard implements DashboardCard {

    private final RosterStore staff;
    private final TaskRunner runner;
    private final Supplier<LocalDate> today;
    private final Label total = new Label("-");
    private final Label split = new Label();
    private final VBox box;

    public StaffSummaryCard(RosterStore staff, TaskRunner runner, Supplier<LocalDate> today) {
        this.staff = staff;
        this.runner = runner;
        this.today = today;
        Label title = new Label(Messages.tr("home.staff.title"));
        title.getStyleClass().add("card-title");
        total.getStyleClass().add("card-figure");
        total.setId("home-staff-total");
        split.getStyleClass().add("text-muted");
        split.setId("home-staff-split");
        box = new VBox(title, total, split);
        box.getStyleClass().add("card");
        box.setPrefWidth(260);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void refresh() {
        runner.run(null, p -> staff.countByKind(today.get()), this::show, e -> total.setText("?"));
    }

    private void show(Map<StaffKind, Integer> counts) {
        int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
        total.setText(Messages.tr("home.staff.total", sum));
        split.setText(Messages.tr("home.staff.split", counts.get(StaffKind.PNS), counts.get(StaffKind.PPPK),
                counts.get(StaffKind.NON_ASN)));
    }
}
