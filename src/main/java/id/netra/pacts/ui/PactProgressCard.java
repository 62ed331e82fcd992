package id.netra.pacts.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.pacts.domain.SigningProgress;
import id.netra.pacts.service.PactService;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.ui.DashboardCard;
import id.netra.ui.TaskRunner;

/** Beranda: signing progress of the current period, overall and per sub-unit, and the days left. */
public final class PactProgressCard implements DashboardCard {

    private final PactService service;
    private final TaskRunner runner;
    private final Supplier<LocalDate> today;
    private final Label figure = new Label("-");
    private final ProgressBar bar = new ProgressBar(0);
    private final Label days = new Label();
    private final BarChart<Number, String> chart;
    private final VBox box;

    public PactProgressCard(PactService service, TaskRunner runner, Supplier<LocalDate> today) {
        this.service = service;
        this.runner = runner;
        this.today = today;
        Label title = new Label(Messages.tr("pacts.home.title"));
        title.getStyleClass().add("card-title");
        figure.getStyleClass().add("card-figure");
        figure.setId("home-pacts-signed");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("home-pacts-bar");
        days.setId("home-pacts-days");
        days.getStyleClass().add("text-muted");
        days.setWrapText(true);
        NumberAxis percent = new NumberAxis(0, 100, 25);
        percent.setLabel("%");
        CategoryAxis units = new CategoryAxis();
        chart = new BarChart<>(percent, units);
        chart.setId("home-pacts-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        chart.setBarGap(1);
        chart.setCategoryGap(4);
        box = new VBox(6, title, figure, bar, days, chart);
        box.getStyleClass().add("card");
        box.setPrefWidth(520);
    }

    @Override
    public Node node() {
        return box;
    }

    private record Data(ElectionPeriod period, SigningProgress progress) {
    }

    @Override
    public void refresh() {
        LocalDate day = today.get();
        runner.run(null, p -> {
            Optional<ElectionPeriod> current = service.periods().current();
            return current.map(c -> new Data(c, service.progress(c.id(), day))).orElse(null);
        }, this::show, e -> figure.setText("?"));
    }

    private void show(Data d) {
        if (d == null) {
            figure.setText("-");
            days.setText(Messages.tr("home.period.none"));
            chart.getData().clear();
            bar.setProgress(0);
            showGraphics(false);
            return;
        }
        SigningProgress p = d.progress();
        figure.setText(Messages.tr("pacts.home.figure", p.signed(), p.people(), p.percent()));
        bar.setProgress(p.ratio());
        LocalDate now = today.get();
        String deadline = d.period().signingDeadline() == null ? ""
                : countdown("pacts.home.deadline", now, d.period().signingDeadline()) + " ";
        days.setText(deadline + countdown("pacts.home.voting", now, d.period().votingDay()));
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (SigningProgress.UnitProgress u : p.units()) {
            series.getData().add(new XYChart.Data<>(Math.round(u.ratio() * 1000) / 10.0, shorten(u.name())));
        }
        chart.getData().setAll(java.util.List.of(series));
        chart.setPrefHeight(Math.max(160, 28 * p.units().size() + 60));
        showGraphics(true);
        chart.setVisible(!p.units().isEmpty());
        chart.setManaged(!p.units().isEmpty());
    }

    /** An empty bar and empty axes say nothing: without a running period the card is text only. */
    private void showGraphics(boolean shown) {
        for (Node n : new Node[] {bar, chart}) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    private static String shorten(String name) {
        return name.length() <= 32 ? name : name.substring(0, 30) + "...";
    }

    static String countdown(String key, LocalDate today, LocalDate day) {
        long n = ChronoUnit.DAYS.between(today, day);
        String when = IndonesianDates.format(day);
        if (n > 0) {
            return Messages.tr(key + ".ahead", when, n);
        }
        return n == 0 ? Messages.tr(key + ".today", when) : Messages.tr(key + ".past", when, -n);
    }
}
