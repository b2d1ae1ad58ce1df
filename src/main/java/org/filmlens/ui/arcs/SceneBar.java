package org.filmlens.ui.arcs;

/**
 * One scene on the character's strip.
 *
 * @param weight  how many passages and lines about the character the sources tie to this scene
 * @param appears whether the character is in the scene
 */
public record SceneBar(String sceneId, int order, String title, int weight, boolean appears) {}
