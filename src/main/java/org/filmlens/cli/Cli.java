package org.filmlens.cli;

import java.util.Arrays;
import picocli.CommandLine;

/** Runs the command line: exit 0 on success, 1 when the operation fails (one line on stderr), 2 on bad usage. */
public final class Cli {
    private Cli() {}

    public static int run(String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine cl = new CommandLine(new FilmlensCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof CommandLine.ParameterException pe) {
                throw pe;
            }
            System.err.println("filmlens " + cmd.getCommandName() + ": " + describe(ex));
            if (verbose) {
                ex.printStackTrace(System.err);
            }
            return 1;
        });
        return cl.execute(args);
    }

    /** One line that says what and where, never a stack trace. */
    static String describe(Throwable ex) {
        String msg = ex.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = ex.getClass().getSimpleName();
        }
        return msg.replace('\n', ' ');
    }
}
