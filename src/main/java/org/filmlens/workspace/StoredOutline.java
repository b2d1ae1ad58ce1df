package org.filmlens.workspace;

import java.util.List;
import org.filmlens.analysis.SceneOutline;

/** scenes.json: the film's scene list, written by people (shipped with a sample, or edited in the window). */
record StoredOutline(int formatVersion, List<SceneOutline> scenes) {
    static final int VERSION = 1;
}
