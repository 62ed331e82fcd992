package id.netra.staff.io;

import java.util.concurrent.CancellationException;

/** The clerk cancelled reading or importing; nothing was written. */
public final class ImportCancelledException extends CancellationException {

    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("import cancelled");
    }
}
