package id.netra.pacts.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import id.netra.i18n.Messages;
import id.netra.pacts.service.PactService;
import id.netra.pacts.service.PledgeService;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.ui.Section;
import id.netra.ui.TaskRunner;

/**
 * Pakta &amp; Ikrar: take signed sheets back, print batches, chase who has not signed, run the ikrar,
 * and edit the periods and the pact text.
 */
public final class PactsSection implements Section {

    private final PactsViewModel vm;
    private final PledgeViewModel pledge;
    private final FilePicker files;
    private final Path exportsDir;
    private Node view;

    public PactsSection(PactService pacts, PledgeService pledges, TaskRunner runner, Supplier<LocalDate> today,
                        FilePicker files, Path exportsDir) {
        this.vm = new PactsViewModel(pacts, runner, today);
        this.pledge = new PledgeViewModel(pledges, vm, runner, today);
        this.files = files;
        this.exportsDir = exportsDir;
    }

    public PactsViewModel viewModel() {
        return vm;
    }

    @Override
    public String id() {
        return "pacts";
    }

    @Override
    public String titleKey() {
        return "nav.pacts";
    }

    @Override
    public String iconLiteral() {
        return "mdomz-verified_user";
    }

    @Override
    public Node view() {
        if (view != null) {
            return view;
        }
        Label title = new Label(Messages.tr("pacts.title"));
        title.getStyleClass().add("page-title");
        ComboBox<ElectionPeriod> period = new ComboBox<>(vm.periods);
        period.setId("pacts-period");
        period.setCellFactory(l -> new PeriodCell());
        period.setButtonCell(new PeriodCell());
        period.valueProperty().bindBidirectional(vm.period);
        HBox head = new HBox(12, title, new Label(Messages.tr("pacts.period.label")), period);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TabPane tabs = new TabPane(
                tab("pacts-tab-signing", "pacts.tab.signing", new SigningTab(vm, files).node()),
                tab("pacts-tab-print", "pacts.tab.print", new PrintTab(vm, files, exportsDir).node()),
                tab("pacts-tab-chase", "pacts.tab.chase", new ChaseTab(vm, files, exportsDir).node()),
                tab("pacts-tab-pledge", "pacts.tab.pledge", new PledgeTab(pledge, vm, files, exportsDir).node()),
                tab("pacts-tab-periods", "pacts.tab.periods", new PeriodTab(vm).node()),
                tab("pacts-tab-template", "pacts.tab.template", new TemplateTab(vm).node()));
        tabs.setId("pacts-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label status = new Label();
        status.setId("pacts-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(vm.status);
        pledge.status.addListener((o, a, b) -> vm.status.set(b));
        VBox page = new VBox(12, head, tabs, status);
        page.getStyleClass().add("page");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        view = page;
        return view;
    }

    private static Tab tab(String id, String key, Node content) {
        Tab t = new Tab(Messages.tr(key), content);
        t.setId(id);
        return t;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    /** Shows a period by name, with "(berjalan)" for the current one. */
    static final class PeriodCell extends ListCell<ElectionPeriod> {
        @Override
        protected void updateItem(ElectionPeriod p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.current() ? Messages.tr("pacts.period.currentName", p.name()) : p.name());
        }
    }
}
