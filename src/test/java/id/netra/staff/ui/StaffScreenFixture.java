package id.netra.staff.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.db.StoreException;
import id.netra.staff.service.StaffImportService;
import id.netra.staff.store.RosterStore;
import id.netra.ui.FxTaskRunner;

/** The Pegawai screen on a real store in {@code dataDir}, shown on the test's stage. */
final class StaffScreenFixture implements AutoCloseable {

    final Database db;
    final RosterStore store;
    private final FxTaskRunner runner = new FxTaskRunner();

    /** {@code seed} fills the store before the screen first loads it. */
    StaffScreenFixture(Stage stage, Path dataDir, LocalDate today, Consumer<RosterStore> seed) throws StoreException {
        db = Database.open(new DataDirectory(dataDir));
        store = new RosterStore(db);
        seed.accept(store);
        StaffSection section = new StaffSection(store, new StaffImportService(store), runner, () -> today);
        stage.setScene(new Scene(new StackPane(section.view()), 1200, 800));
        stage.show();
        section.onShow();
    }

    @Override
    public void close() {
        runner.close();
        db.close();
    }
}
