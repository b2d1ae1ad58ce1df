package org.filmlens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
    /** The process's stdout, when {@link #useProcessStdout} was called; else the writer goes to System.out. */
    private static ErrorKeepingStream processStdout;

    private Output() {}

    /**
     * A UTF-8 writer over the current {@code System.out}; wrapped again when it changes, so that a caller running
     * {@link Cli#run} in process (tests, a script host) can capture stdout with {@code System.setOut}.
     */
    private static synchronized PrintWriter out() {
        if (processStdout != null) {
            if (out == null) {
                out = new PrintWriter(new OutputStreamWriter(processStdout, StandardCharsets.UTF_8), true);
            }
            return out;
        }
        if (out == null || wrapped != System.out) {
            if (out != null) {
                out.flush();
            }
            wrapped = System.out;
            out = new PrintWriter(new OutputStreamWriter(wrapped, StandardCharsets.UTF_8), true);
        }
        return out;
    }

    /**
     * Writes to the process's own stdout from now on (the command line's {@code main}), keeping the error a write
     * meets, which {@code System.out} swallows: a reader that closed the pipe ({@code filmlens quotes | head}) is
     * then told from a full disk.
     */
    static synchronized void useProcessStdout() {
        processStdout = new ErrorKeepingStream(new FileOutputStream(FileDescriptor.out));
        out = null;
    }

    /** An output stream that remembers the first error of a write, which a print writer over it swallows. */
    private static final class ErrorKeepingStream extends FilterOutputStream {
        private IOException error;

        ErrorKeepingStream(OutputStream target) {
            super(target);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        private void keep(IOException e) {
            if (error == null) {
                error = e;
            }
        }

        /** The reader closed the pipe: it took what it wanted, as {@code head} does. */
        boolean readerLeft() {
            return error != null && error.getMessage() != null && error.getMessage().contains("Broken pipe");
        }
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
        if (processStdout != null) {
            return out().checkError() && !processStdout.readerLeft();
        }
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
