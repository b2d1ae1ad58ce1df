package org.filmlens.analysis;

/** Why a passage counts as talk about the ending. */
enum EndingCue {
    /** It sits in a section whose heading asks or answers something about the ending. */
    ENDING_SECTION,
    /** It describes the final scene, shot or moments ("the last scene", "the movie ends with"). */
    FINAL_SCENE,
    /** It is, or quotes, the film's last lines, or talks of a final letter, speech or words. */
    LAST_WORDS,
    /** It speaks of "the end of the film" without describing a final image. */
    END_OF_FILM,
    /** It belongs to a question-and-answer thread that asks about the ending. */
    QA_THREAD
}
