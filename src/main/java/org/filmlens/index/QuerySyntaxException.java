package org.filmlens.index;

/** The user's query cannot be parsed; the message says where, in plain words. */
public class QuerySyntaxException extends Exception {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
