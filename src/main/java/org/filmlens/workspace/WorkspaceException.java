package org.filmlens.workspace;

/** An operation on a workspace failed; the message is one line that says what and where. */
public class WorkspaceException extends Exception {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
