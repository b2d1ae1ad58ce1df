package org.filmlens.corpus;

/**
 * Why a passage or quote belongs to a scene.
 *
 * @param targetId   a passage id or a quote id
 * @param confidence from 0 to 1
 * @param reason     a short human reason, e.g. "quote match", "cue: final scene"
 */
public record SceneLink(String targetId, double confidence, String reason) {}
