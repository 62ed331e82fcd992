package id.netra.findings.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import id.netra.i18n.Messages;
import id.netra.ui.Section;

/**
 * Temuan: the case register (list and editor), internal teams, prevention activities and the
 * reference data. The rail badge counts cases whose clocks are overdue or due soon.
 */
public final class FindingsSection implements Section {

    private final FindingsContext ctx;
    private final CaseListViewModel listVm;
    private final CaseEditorViewModel editorVm;
    private CaseListView list;
    private CaseEditorView editor;
    private TeamView teams;
    private ActivityView activities;
    private ReferenceView reference;
    private final StackPane casesPane = new StackPane();

    public FindingsSection(FindingsContext ctx) {
        this.ctx = ctx;
        this.listVm = new CaseListViewModel(ctx);
        this.editorVm = new CaseEditorViewModel(ctx);
        editorVm.onChanged(listVm::reload);
    }

    @Override
    public String id() {
        return "findings";
    }

    @Override
    public String titleKey() {
        return "nav.findings";
    }

    @Override
    public String iconLiteral() {
        return "mdoal-gavel";
    }

    @Override
    public Node view() {
        Label title = new Label(Messages.tr("findings.title"));
        title.getStyleClass().add("page-title");
        list = new CaseListView(listVm, this::newCase, this::openCase);
        editor = new CaseEditorView(editorVm, ctx, this::showList);
        teams = new TeamView(ctx);
        activities = new ActivityView(ctx);
        reference = new ReferenceView(ctx);
        casesPane.getChildren().setAll(list.node());
        TabPane tabs = new TabPane(
                tab("findings-tab-cases", "findings.tab.cases", casesPane),
                tab("findings-tab-teams", "findings.tab.teams", scroll(teams.node())),
                tab("findings-tab-activities", "findings.tab.activities", scroll(activities.node())),
                tab("findings-tab-reference", "findings.tab.reference", scroll(reference.node())));
        tabs.setId("findings-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> refreshTab(i.intValue()));
        VBox page = new VBox(10, title, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        page.getStyleClass().add("page");
        page.setId("findings-page");
        // the badge must be right from the start, before the clerk ever opens Temuan
        listVm.reload();
        return page;
    }

    private static Tab tab(String id, String key, Node content) {
        Tab t = new Tab(Messages.tr(key), content);
        t.setId(id);
        return t;
    }

    private static Node scroll(Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        return s;
    }

    private void refreshTab(int i) {
        switch (i) {
            case 1 -> teams.reload();
            case 2 -> activities.reload();
            case 3 -> reference.reload();
            default -> listVm.reload();
        }
    }

    @Override
    public void onShow() {
        listVm.reload();
        ctx.runner().run("findings.task.load", p -> ctx.service().catalogue().list(true),
                codes -> list.setChoices(codes, ctx.subUnits().get()), e -> { });
        editorVm.loadChoices();
    }

    @Override
    public ObservableValue<String> badge() {
        return listVm.badge;
    }

    private void newCase() {
        editorVm.startNew();
        casesPane.getChildren().setAll(editor.node());
    }

    private void openCase(long id) {
        editorVm.open(id);
        casesPane.getChildren().setAll(editor.node());
    }

    private void showList() {
        listVm.reload();
        casesPane.getChildren().setAll(list.node());
    }

    /** The view model of the list, for the dashboard card that shares its counts. */
    CaseListViewModel listViewModel() {
        return listVm;
    }
}
