package id.netra.ui;

import java.util.function.Consumer;

/** Runs everything on the calling thread: deterministic view-model tests without a toolkit. */
public final class ImmediateTaskRunner implements TaskRunner {

    @Override
    public <T> Job run(String titleKey, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
