package org.filmlens.analysis;

import java.util.List;

/**
 * A scene of a film's user-editable scene list ({@code scenes.json}): the spine of the story.
 *
 * @param summary  a sentence or two, in the editor's own words, of what happens
 * @param keywords words or phrases that sources use when they talk about this scene
 */
public record SceneOutline(String id, String title, String summary, List<String> keywords) {}
