package org.filmlens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The only writer to stdout: JSON documents or human text. */
final class Output {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static PrintStream wrapped;
    private static PrintWriter out;
    /** The stdout that had failed already when the running command started, or null. */
    private static PrintStream failedBefore;

    private Output() {}

    /**
     * A UTF-8 writer over the current {@code System.out}; wrapped again when it changes, so that a caller running
     * {@link Cli#run} in process (tests, a script host) can capture stdout with {@code System.setOut}.
     */
    private static synchronized PrintWriter out() {
        if (out == null || wrapped != System.out) {
            if (out != null) {
                out.flush();
            }
            wrapped = System.out;
            out = new PrintWriter(new OutputStreamWriter(wrapped, StandardCharsets.UTF_8), true);
        }
        return out;
    }

    static void json(Object value) {
        String text;
        try {
            text = MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON output", e);
        }
        PrintWriter w = out();
        w.println(text);
        w.flush();
    }

    static void line(String text) {
        out().println(text);
    }

    /** Text exactly as given (an export), no line end added. */
    static void text(String text) {
        PrintWriter w = out();
        w.print(text);
        w.flush();
    }

    static void flush() {
        out().flush();
    }

    /**
     * Whether anything written to stdout was lost (a full disk, a closed pipe): a print stream swallows the error, so
     * a command that printed half its JSON would otherwise exit 0.
     */
    static synchronized boolean failed() {
        return out().checkError() || System.out.checkError() && System.out != failedBefore;
    }

    /**
     * Notes stdout's state before a command runs: a host running several commands in one JVM over a stdout that
     * once failed (its error state never clears) is told of this command's failure only.
     */
    static synchronized void starting() {
        failedBefore = System.out.checkError() ? System.out : null;
    }
}
