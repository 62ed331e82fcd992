package id.netra.pacts.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.pacts.domain.AttendanceCount;
import id.netra.pacts.service.PactService;
import id.netra.pacts.service.PledgeService;
import id.netra.ui.DashboardCard;
import id.netra.ui.TaskRunner;

/** Beranda: the latest ikrar of the current period and its attendance counts. */
public final class PledgeCard implements DashboardCard {

    private final PactService pacts;
    private final PledgeService pledges;
    private final TaskRunner runner;
    private final Supplier<LocalDate> today;
    private final Label event = new Label();
    private final Label counts = new Label();
    private final VBox box;

    public PledgeCard(PactService pacts, PledgeService pledges, TaskRunner runner, Supplier<LocalDate> today) {
        this.pacts = pacts;
        this.pledges = pledges;
        this.runner = runner;
        this.today = today;
        Label title = new Label(Messages.tr("pacts.pledge.home.title"));
        title.getStyleClass().add("card-title");
        event.setId("home-pledge-event");
        event.getStyleClass().add("card-figure-small");
        event.setWrapText(true);
        counts.setId("home-pledge-counts");
        counts.setWrapText(true);
        box = new VBox(6, title, event, counts);
        box.getStyleClass().add("card");
        box.setPrefWidth(300);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void refresh() {
        LocalDate day = today.get();
        runner.run(null, p -> pacts.periods().current().flatMap(c -> pledges.latest(c.id(), day)), this::show,
                e -> event.setText("?"));
    }

    private void show(Optional<AttendanceCount> latest) {
        if (latest.isEmpty()) {
            event.setText(Messages.tr("pacts.pledge.home.none"));
            counts.setText("");
            return;
        }
        AttendanceCount c = latest.get();
        event.setText(IndonesianDates.format(c.event().heldOn()) + " - " + c.event().place());
        counts.setText(PledgeTab.countText(c));
    }
}
