package org.filmlens.cli;

import java.nio.file.FileSystemException;
import java.util.Arrays;
import org.filmlens.storage.FileProblems;
import picocli.CommandLine;

/** Runs the command line: exit 0 on success, 1 when the operation fails (one line on stderr), 2 on bad usage. */
public final class Cli {
    private Cli() {}

    /**
     * {@link #run} as the process's command line: output goes to the process's own stdout, where a closed pipe is
     * told from a full disk (a reader that stops early, {@code filmlens quotes | head}, is no failure).
     */
    public static int runAsProcess(String... args) {
        Output.useProcessStdout();
        return run(args);
    }

    public static int run(String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine cl = new CommandLine(new FilmlensCommand());
        // a query may start with an exclusion ("-sorry letter"): it is the query, not an option nobody has (an
        // unknown "--option" is still refused, by the command)
        cl.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> fail(cmd.getCommandName(), ex, verbose));
        int code;
        Output.starting();
        try {
            code = cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) { // not Exceptions, so picocli lets them through
            return fail(commandName(cl, args), e, verbose);
        }
        if (code == 0 && Output.failed()) {
            String name = commandName(cl, args);
            System.err.println("filmlens" + (name.isEmpty() ? "" : " " + name)
                    + ": the output could not be written in full (disk full, or the reader closed it)");
            return 1;
        }
        return code;
    }

    /** The command given, wherever the options stand ("filmlens --workspace W export …" names "export"). */
    private static String commandName(CommandLine cl, String[] args) {
        for (String a : args) {
            if (cl.getSubcommands().containsKey(a)) {
                return a;
            }
        }
        return "";
    }

    private static int fail(String command, Throwable ex, boolean verbose) throws CommandLine.ParameterException {
        if (ex instanceof CommandLine.ParameterException pe) {
            throw pe;
        }
        System.err.println("filmlens " + command + ": " + describe(ex));
        if (verbose) {
            ex.printStackTrace(System.err);
        }
        return 1;
    }

    /** One line that says what and where, never a stack trace. */
    static String describe(Throwable ex) {
        if (ex instanceof FileSystemException fs) { // its own message is often just the path
            return FileProblems.describe(fs);
        }
        if (ex instanceof OutOfMemoryError) {
            return "ran out of memory (give Java more with -Xmx, or ingest fewer files at once)";
        }
        if (ex instanceof StackOverflowError) {
            return "input too deeply nested or a line too long to analyse (run with --verbose for details)";
        }
        String msg = ex.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = ex.getClass().getSimpleName();
        }
        return msg.replace('\n', ' ');
    }
}
