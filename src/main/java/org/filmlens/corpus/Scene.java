package org.filmlens.corpus;

import java.util.List;

/** A scene (or coarse part) of the film in story order, with the passages and quotes linked to it. */
public record Scene(String id, int order, String title, List<String> characters, List<SceneLink> passages,
                    List<SceneLink> quotes) {}
