package id.netra.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.i18n.Messages;

/**
 * The main window's frame: navigation rail at left, the current section in the middle, a status
 * bar with the background-work progress at the bottom. It exists before the store opens, so the
 * window can appear at once and show a progress indicator while Flyway runs.
 */
public final class Shell extends BorderPane implements Navigator {

    private final VBox rail = new VBox();
    private final VBox navButtons = new VBox(2);
    private final StackPane content = new StackPane();
    private final Label statusText = new Label();
    private final Label statusRight = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final Map<String, Node> views = new LinkedHashMap<>();
    private String currentId;

    public Shell() {
        getStyleClass().add("shell");
        setId("shell");
        buildRail();
        content.getStyleClass().add("shell-content");
        setCenter(content);
        setBottom(buildStatusBar());
        showLoading();
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                applyShortcuts(scene);
            }
        });
    }

    private void buildRail() {
        rail.getStyleClass().add("nav-rail");
        Label brand = new Label("Netra");
        brand.getStyleClass().add("nav-brand");
        // the app's own picture rather than an icon-font glyph: the font loads later, after the window shows
        var logo = Shell.class.getResourceAsStream("/id/netra/ui/netra-icon.png");
        if (logo != null) {
            ImageView view = new ImageView(new Image(logo, 26, 26, true, true));
            brand.setGraphic(view);
        }
        Label tagline = new Label(Messages.tr("app.tagline"));
        tagline.getStyleClass().add("nav-tagline");
        tagline.setWrapText(true);
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        rail.getChildren().addAll(brand, tagline, navButtons, spacer);
        setLeft(rail);
    }

    private HBox buildStatusBar() {
        HBox bar = new HBox(10);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        statusText.setId("status-text");
        progress.setPrefWidth(160);
        progress.setVisible(false);
        progress.setManaged(false);
        progress.setId("status-progress");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        statusRight.getStyleClass().add("text-muted");
        bar.getChildren().addAll(statusText, progress, spacer, statusRight);
        return bar;
    }

    /** Binds the status bar to the background runner so every long job shows a bar. */
    public void bindProgress(FxTaskRunner runner) {
        progress.progressProperty().bind(runner.progress());
        runner.message().addListener((o, was, now) -> {
            boolean busy = now != null && !now.isEmpty();
            progress.setVisible(busy);
            progress.setManaged(busy);
            statusText.setText(busy ? now : Messages.tr("app.ready"));
        });
    }

    public void setStatus(String text) {
        statusText.setText(text);
    }

    public void setStatusRight(String text) {
        statusRight.setText(text);
    }

    public void showLoading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("store-loading");
        spinner.setMaxSize(64, 64);
        Label text = new Label(Messages.tr("app.opening"));
        text.getStyleClass().add("text-muted");
        VBox box = new VBox(16, spinner, text);
        box.setAlignment(Pos.CENTER);
        content.getChildren().setAll(box);
        navButtons.setDisable(true);
    }

    /** Replaces the centre with a full-window message (a store that cannot open). */
    public void showProblem(Node problem) {
        content.getChildren().setAll(problem);
        navButtons.setDisable(true);
    }

    public void setSections(List<Section> list, String initialId) {
        sections.clear();
        buttons.clear();
        views.clear();
        navButtons.getChildren().clear();
        int index = 1;
        for (Section s : list) {
            sections.put(s.id(), s);
            ToggleButton b = navButton(s, index++);
            buttons.put(s.id(), b);
            navButtons.getChildren().add(b);
        }
        navButtons.setDisable(false);
        installShortcuts();
        go(initialId);
    }

    private ToggleButton navButton(Section s, int index) {
        ToggleButton b = new ToggleButton(Messages.tr(s.titleKey()));
        b.setId("nav-" + s.id());
        b.getStyleClass().add("nav-button");
        b.setToggleGroup(navGroup);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        FontIcon icon = new FontIcon(s.iconLiteral());
        icon.getStyleClass().add("nav-icon");
        ObservableValue<String> badge = s.badge();
        if (badge != null) {
            Label count = new Label();
            count.getStyleClass().add("nav-badge");
            count.setId("badge-" + s.id());
            count.textProperty().bind(badge);
            count.visibleProperty().bind(count.textProperty().isNotEmpty());
            HBox graphic = new HBox(0, icon);
            StackPane badged = new StackPane(graphic, count);
            StackPane.setAlignment(count, Pos.TOP_RIGHT);
            b.setGraphic(badged);
        } else {
            b.setGraphic(icon);
        }
        b.setGraphicTextGap(12);
        if (index <= 9) {
            b.setTooltip(new Tooltip(Messages.tr(s.titleKey()) + " (Ctrl+" + index + ")"));
        }
        // a toggle group lets the selected button be clicked off; navigation must always show something
        b.setOnAction(e -> go(s.id()));
        return b;
    }

    private void installShortcuts() {
        if (getScene() != null) {
            applyShortcuts(getScene());
        }
    }

    /** Ctrl+1 .. Ctrl+9 open the sections in rail order, as in many Windows programs. */
    private void applyShortcuts(Scene scene) {
        List<String> ids = new ArrayList<>(sections.keySet());
        for (int i = 0; i < ids.size() && i < 9; i++) {
            String id = ids.get(i);
            scene.getAccelerators().put(
                    new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.SHORTCUT_DOWN),
                    () -> go(id));
        }
    }

    @Override
    public void go(String sectionId) {
        Section s = sections.get(sectionId);
        if (s == null) {
            return;
        }
        Node view = views.computeIfAbsent(sectionId, id -> s.view());
        content.getChildren().setAll(view);
        ToggleButton b = buttons.get(sectionId);
        b.setSelected(true);
        currentId = sectionId;
        s.onShow();
    }

    public String currentSectionId() {
        return currentId;
    }

    public Section section(String id) {
        return sections.get(id);
    }
}
