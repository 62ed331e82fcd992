package id.netra.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

import id.netra.i18n.Messages;
import id.netra.i18n.UserMessage;

/** Runs one command line and returns the exit code: 0 ok, 1 failure, 2 wrong usage. */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new NetraCommand());
        cl.setResourceBundle(Messages.bundle());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // a sentence for the admin, not a stack trace: the cause is in the log file
            java.util.logging.Logger.getLogger(Cli.class.getName()).log(java.util.logging.Level.WARNING, "command failed", e);
            commandLine.getErr().println(UserMessage.describe(e));
            return FAILED;
        });
        return cl.execute(args);
    }
}
