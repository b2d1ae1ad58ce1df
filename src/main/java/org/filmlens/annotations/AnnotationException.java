package org.filmlens.annotations;

/** An annotation operation cannot be done as asked (unknown passage, span outside it, annotation gone); one line. */
public class AnnotationException extends Exception {
    public AnnotationException(String message) {
        super(message);
    }
}
