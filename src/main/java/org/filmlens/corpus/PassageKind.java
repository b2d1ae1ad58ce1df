package org.filmlens.corpus;

/** The shape of a passage in its page. */
public enum PassageKind {
    /** A section heading. */
    HEADING,
    /** The one-line summary under a heading. */
    DECK,
    PARAGRAPH,
    /** An item of a bullet or numbered list. */
    BULLET,
    /** A labelled line of dialogue on a quotes page ({@code Name : line}) or a stage direction. */
    DIALOGUE
}
