package id.netra.dashboard.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.periods.store.PeriodStore;
import id.netra.ui.DashboardCard;
import id.netra.ui.TaskRunner;

/** The current election and how many days are left to its voting day and signing deadline. */
public final class PeriodCard implements DashboardCard {

    private final PeriodStore periods;
    private final TaskRunner runner;
    private final Supplier<LocalDate> today;
    private final Label name = new Label();
    private final Label voting = new Label();
    private final Label deadline = new Label();
    private final VBox box;

    public PeriodCard(PeriodStore periods, TaskRunner runner, Supplier<LocalDate> today) {
        this.periods = periods;
        this.runner = runner;
        this.today = today;
        Label title = new Label(Messages.tr("home.period.title"));
        title.getStyleClass().add("card-title");
        name.getStyleClass().add("card-figure-small");
        name.setWrapText(true);
        name.setId("home-period-name");
        voting.setId("home-period-voting");
        voting.setWrapText(true);
        deadline.setWrapText(true);
        deadline.setId("home-period-deadline");
        deadline.getStyleClass().add("text-muted");
        box = new VBox(title, name, voting, deadline);
        box.getStyleClass().add("card");
        box.setPrefWidth(420);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void refresh() {
        runner.run(null, p -> periods.current(), this::show, e -> name.setText("?"));
    }

    private void show(Optional<ElectionPeriod> current) {
        if (current.isEmpty()) {
            name.setText(Messages.tr("home.period.none"));
            voting.setText(Messages.tr("home.period.noneHint"));
            deadline.setText("");
            return;
        }
        ElectionPeriod p = current.get();
        LocalDate now = today.get();
        name.setText(p.name());
        voting.setText(countdown("home.period.voting", now, p.votingDay()));
        deadline.setText(p.signingDeadline() == null ? ""
                : countdown("home.period.deadline", now, p.signingDeadline()));
    }

    static String countdown(String key, LocalDate today, LocalDate day) {
        long days = ChronoUnit.DAYS.between(today, day);
        String when = IndonesianDates.format(day);
        if (days > 0) {
            return Messages.tr(key + ".ahead", when, days);
        }
        if (days == 0) {
            return Messages.tr(key + ".today", when);
        }
        return Messages.tr(key + ".past", when, -days);
    }
}
