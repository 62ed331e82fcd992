package id.netra.settings.ui;

import javafx.scene.Node;

import id.netra.settings.store.OpdProfileStore;
import id.netra.ui.Section;
import id.netra.ui.TaskRunner;

public final class SettingsSection implements Section {

    private final SettingsViewModel vm;

    public SettingsSection(OpdProfileStore store, TaskRunner runner) {
        this.vm = new SettingsViewModel(store, runner);
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public String titleKey() {
        return "nav.settings";
    }

    @Override
    public String iconLiteral() {
        return "mdomz-settings";
    }

    @Override
    public Node view() {
        return new SettingsView(vm);
    }

    @Override
    public void onShow() {
        // unsaved edits survive a trip to another section; only a clean form reloads
        if (!vm.dirtyProperty().get()) {
            vm.load();
        }
    }
}
