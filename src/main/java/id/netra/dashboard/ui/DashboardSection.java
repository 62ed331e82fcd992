package id.netra.dashboard.ui;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.ui.DashboardCard;
import id.netra.ui.Section;

/** Beranda: what needs attention today, one card per capability. */
public final class DashboardSection implements Section {

    private final List<DashboardCard> cards;
    private final java.util.function.Supplier<java.time.LocalDate> today;

    public DashboardSection(List<DashboardCard> cards, java.util.function.Supplier<java.time.LocalDate> today) {
        this.cards = List.copyOf(cards);
        this.today = today;
    }

    @Override
    public String id() {
        return "home";
    }

    @Override
    public String titleKey() {
        return "nav.home";
    }

    @Override
    public String iconLiteral() {
        return "mdoal-home";
    }

    @Override
    public Node view() {
        Label title = new Label(Messages.tr("home.title"));
        title.getStyleClass().add("page-title");
        Label date = new Label(IndonesianDates.formatWithDay(today.get()));
        date.getStyleClass().add("page-subtitle");
        FlowPane tiles = new FlowPane(16, 16);
        tiles.setId("dashboard-cards");
        for (DashboardCard c : cards) {
            tiles.getChildren().add(c.node());
        }
        VBox page = new VBox(title, date, tiles);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("dashboard");
        return scroll;
    }

    @Override
    public void onShow() {
        cards.forEach(DashboardCard::refresh);
    }
}
