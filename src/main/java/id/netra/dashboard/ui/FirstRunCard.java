package id.netra.dashboard.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.i18n.Messages;
import id.netra.samples.SampleLoader;
import id.netra.ui.DashboardCard;
import id.netra.ui.Dialogs;
import id.netra.ui.Navigator;
import id.netra.ui.TaskRunner;

/** Shown while the store is empty: offers the sample OPD, or the profile form to start for real. */
public final class FirstRunCard implements DashboardCard {

    private final SampleLoader samples;
    private final TaskRunner runner;
    private final Navigator navigator;
    private final Runnable afterLoad;
    private final VBox box = new VBox();

    public FirstRunCard(SampleLoader samples, TaskRunner runner, Navigator navigator, Runnable afterLoad) {
        this.samples = samples;
        this.runner = runner;
        this.navigator = navigator;
        this.afterLoad = afterLoad;
        build();
    }

    private void build() {
        box.getStyleClass().addAll("card", "welcome-card");
        box.setId("first-run");
        box.setPrefWidth(720);
        Label title = new Label(Messages.tr("home.firstRun.title"));
        title.getStyleClass().add("title-3");
        Label text = new Label(Messages.tr("home.firstRun.text"));
        text.setWrapText(true);
        Button load = new Button(Messages.tr("home.firstRun.loadSamples"), new FontIcon("mdal-cloud_download"));
        load.setId("first-run-load-samples");
        load.getStyleClass().add("accent");
        load.setOnAction(e -> {
            load.setDisable(true);
            runner.run("home.task.loadSamples", p -> samples.load(), r -> {
                load.setDisable(false);
                afterLoad.run();
            }, err -> {
                load.setDisable(false);
                Dialogs.error(box, err);
            });
        });
        Button profile = new Button(Messages.tr("home.firstRun.fillProfile"), new FontIcon("mdmz-settings"));
        profile.setId("first-run-profile");
        profile.setOnAction(e -> navigator.go("settings"));
        box.getChildren().addAll(title, text, new HBox(10, load, profile));
        show(false);
    }

    private void show(boolean visible) {
        box.setVisible(visible);
        box.setManaged(visible);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void refresh() {
        runner.run(null, p -> samples.storeIsEmpty(), this::show, err -> show(false));
    }
}
