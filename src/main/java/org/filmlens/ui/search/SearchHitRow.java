package org.filmlens.ui.search;

import java.util.List;
import org.filmlens.ui.common.MarkedText.Segment;

/** One search hit: where it is and its highlighted fragments (each a list of plain and marked runs). */
public record SearchHitRow(String passageId, String sourceId, String sourceTitle, List<List<Segment>> fragments) {}
