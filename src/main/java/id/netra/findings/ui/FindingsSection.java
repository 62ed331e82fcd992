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
        // the badge is set from the start by the Beranda card's count (see showCounts), not by a second query
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
        ctx.runner().run("findings.task.load", p -> new Choices(ctx.service().catalogue().list(true), ctx.subUnits().get(),
                ctx.periods().get()), c -> list.setChoices(c.codes(), c.units(), c.periods()), e -> { });
        editorVm.loadChoices();
    }

    private record Choices(java.util.List<id.netra.findings.domain.CatalogueEntry> codes,
            java.util.List<id.netra.staff.domain.SubUnit> units, java.util.List<id.netra.periods.domain.ElectionPeriod> periods) {
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

    /** Counts computed elsewhere (the Beranda card) keep the rail badge current without another query. */
    public void showCounts(id.netra.findings.domain.DeadlineCounts counts) {
        listVm.showCounts(counts);
    }
}
