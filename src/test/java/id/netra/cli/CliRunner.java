package id.netra.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs command lines in-process and keeps what each one printed, for the CLI tests. */
public final class CliRunner {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs one command line; {@link #out()} and {@link #err()} then hold only its output. */
    public int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
