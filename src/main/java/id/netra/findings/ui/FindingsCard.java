package id.netra.findings.ui;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import id.netra.findings.domain.DeadlineCounts;
import id.netra.i18n.Messages;
import id.netra.ui.DashboardCard;
import id.netra.ui.Navigator;

/** Beranda tile: cases whose deadline has passed or falls within the next working days. */
public final class FindingsCard implements DashboardCard {

    private final FindingsContext ctx;
    private final Label overdue = new Label("-");
    private final Label soon = new Label();
    private final VBox box;

    public FindingsCard(FindingsContext ctx, Navigator navigator) {
        this.ctx = ctx;
        Label title = new Label(Messages.tr("findings.card.title"));
        title.getStyleClass().add("card-title");
        overdue.getStyleClass().add("card-figure");
        overdue.setId("home-findings-overdue");
        soon.getStyleClass().add("text-muted");
        soon.setId("home-findings-soon");
        Hyperlink open = new Hyperlink(Messages.tr("findings.card.open"));
        open.setId("home-findings-open");
        open.setOnAction(e -> navigator.go("findings"));
        box = new VBox(title, overdue, soon, open);
        box.getStyleClass().add("card");
        box.setPrefWidth(260);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void refresh() {
        ctx.runner().run(null, p -> ctx.service().counts(ctx.today().get()), this::show, e -> overdue.setText("?"));
    }

    private void show(DeadlineCounts c) {
        overdue.setText(Messages.tr("findings.card.overdue", c.overdue()));
        overdue.getStyleClass().removeAll("figure-danger", "figure-ok");
        overdue.getStyleClass().add(c.overdue() > 0 ? "figure-danger" : "figure-ok");
        soon.setText(Messages.tr("findings.card.soon", c.dueSoon()));
    }
}
