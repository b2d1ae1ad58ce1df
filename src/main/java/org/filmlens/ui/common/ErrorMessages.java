package org.filmlens.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a failure into the one line a user sees: what went wrong and where, never a stack trace. */
public final class ErrorMessages {
    private ErrorMessages() {}

    public static String oneLine(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof CancellationException) {
            return "Cancelled";
        }
        if (cause instanceof OutOfMemoryError) {
            return "Filmlens ran out of memory: start it with more (JAVA_OPTS=-Xmx4g bin/filmlens), or import fewer"
                    + " files at once";
        }
        if (cause instanceof StackOverflowError) {
            return "A line too long or a page too deeply nested to analyse";
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            message = "unexpected " + cause.getClass().getSimpleName();
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message.strip() : message.substring(0, nl).strip();
    }
}
