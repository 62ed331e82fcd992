package id.netra.ui;

import java.util.function.Consumer;

/**
 * Where slow work goes so the window never freezes. The desktop uses {@link FxTaskRunner} (a
 * background thread, callbacks on the FX thread); view-model tests use {@link ImmediateTaskRunner}.
 */
public interface TaskRunner {

    /** Work that may report progress and should stop early when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    interface Progress {
        /** done of total; total &lt;= 0 means "unknown" (an indeterminate bar). */
        void update(long done, long total);

        /** A line for the status bar, already translated. */
        default void message(String text) {
        }

        boolean isCancelled();
    }

    /** Handle to a running job. */
    interface Job {
        void cancel();
    }

    /**
     * Runs {@code work} off the UI thread, then {@code onSuccess} or {@code onFailure} on it.
     * {@code titleKey} names the job in the status bar.
     */
    <T> Job run(String titleKey, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);
}
