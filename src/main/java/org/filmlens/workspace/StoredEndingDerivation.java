package org.filmlens.workspace;

import java.util.List;
import org.filmlens.analysis.DerivedQuestion;

/**
 * ending-derived.json: the ending as derived before the user's edits ({@link org.filmlens.analysis.EndingMapper
 * .Derivation}), of the corpus of {@code generation} and of the scenes whose fingerprint is {@code scenes}
 * ({@link EndingShelf}). Derived data only, kept so that the first edit of the ending after opening a workspace does
 * not derive it again: a missing, stale or damaged file costs that time and nothing else.
 */
record StoredEndingDerivation(int formatVersion, String generation, String scenes, List<String> discussing,
                              List<DerivedQuestion> questions) {
    static final int VERSION = 1;
}
