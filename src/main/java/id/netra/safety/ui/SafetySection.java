package id.netra.safety.ui;

import javafx.scene.Node;

import id.netra.safety.service.SafetyServices;
import id.netra.ui.Section;
import id.netra.ui.TaskRunner;

/** Keamanan & cadangan: backups, restore, audit trail, users. */
public final class SafetySection implements Section {

    private final SafetyViewModel vm;

    public SafetySection(SafetyServices safety, TaskRunner runner, SafetyHost host) {
        this.vm = new SafetyViewModel(safety, runner, host);
    }

    @Override
    public String id() {
        return "safety";
    }

    @Override
    public String titleKey() {
        return "safety.nav";
    }

    @Override
    public String iconLiteral() {
        return "mdmz-security";
    }

    @Override
    public Node view() {
        return new SafetyView(vm);
    }

    @Override
    public void onShow() {
        vm.refresh();
    }

    public SafetyViewModel viewModel() {
        return vm;
    }
}
