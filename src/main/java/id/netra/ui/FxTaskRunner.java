package id.netra.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import id.netra.i18n.Messages;

/**
 * Background work on a small pool of daemon threads. The status bar binds to {@link #progress()}
 * and {@link #message()} so every long job shows a bar without each screen building its own.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final AtomicInteger running = new AtomicInteger();

    public FxTaskRunner() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "netra-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Job run(String titleKey, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        String title = titleKey == null ? "" : Messages.tr(titleKey);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(total <= 0 ? -1 : done, total <= 0 ? -1 : total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            LOG.log(Level.WARNING, "Background job failed: " + titleKey, task.getException());
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> finished());
        Runnable bind = () -> {
            running.incrementAndGet();
            progress.bind(task.progressProperty());
            message.bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> task.getMessage() == null || task.getMessage().isEmpty() ? title : task.getMessage(),
                    task.messageProperty()));
        };
        if (Platform.isFxApplicationThread()) {
            bind.run();
        } else {
            Platform.runLater(bind);
        }
        executor.execute(task);
        return () -> task.cancel(false);
    }

    private void finished() {
        if (running.decrementAndGet() <= 0) {
            running.set(0);
            progress.unbind();
            message.unbind();
            progress.set(0);
            message.set("");
        }
    }

    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return running.get() > 0;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
