package org.filmlens.workspace;

import org.filmlens.analysis.EndingEdits;

/** ending-edits.json: the user's changes to the ending questions, re-applied after every ingest. */
record StoredEndingEdits(int formatVersion, EndingEdits edits) {
    static final int VERSION = 1;
}
