package org.filmlens.ingest;

/** An input cannot be ingested; the message names the file and what is wrong with it, in one line. */
public class IngestException extends Exception {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
