package id.netra.app;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

import id.netra.db.DataDirectory;
import id.netra.ui.FxTaskRunner;

/** The JavaFX application. Started from {@link Main}, never directly (class-path and jpackage runs). */
public final class NetraApp extends Application {

    /** Set by the start-up benchmark: print timings, then quit. */
    static final String BENCH_PROPERTY = "netra.bench.startup";

    private MainWindow window;
    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        id.netra.ui.TextMenus.installEverywhere();
        id.netra.i18n.Messages.useForFormats();
        DataDirectory dir = DataDirectory.resolve(LaunchOptions.parse(getParameters().getRaw()).dataDir());
        runner = new FxTaskRunner();
        window = new MainWindow(stage, dir, runner, LocalDate::now);
        if (Boolean.getBoolean(BENCH_PROPERTY)) {
            stage.setOnShown(e -> Platform.runLater(() -> report("window")));
            // "data shown" is the first frame in which the dashboard's headcount has arrived
            window.onReady(w -> w.shell().getScene().addPostLayoutPulseListener(new Runnable() {
                private boolean done;

                @Override
                public void run() {
                    Node figure = w.shell().lookup("#home-staff-total");
                    if (!done && figure instanceof Label l && !"-".equals(l.getText())) {
                        done = true;
                        report("data");
                        Platform.exit();
                    }
                }
            }));
        }
        window.show();
    }

    private static void report(String what) {
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("NETRA_BENCH " + what + "=" + sinceJvmStart);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (runner != null) {
            runner.close();
        }
    }
}
