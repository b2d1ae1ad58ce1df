package org.filmlens.ui.arcs;

import java.util.List;
import org.filmlens.ui.common.Link;

/** One stage of the arc: where in the film, with whom, the character's lines and what the critics say. */
public record StageRow(String label, String scene, String sharedWith, List<Link> lines, List<Link> passages) {}
