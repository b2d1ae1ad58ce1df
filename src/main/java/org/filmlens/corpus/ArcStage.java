package org.filmlens.corpus;

import java.util.List;

/** One step of a character's path through the film: a scene, their lines there, what the sources say. */
public record ArcStage(String label, String sceneId, List<String> passageIds, List<String> quoteIds,
                       List<String> sharedWith) {}
