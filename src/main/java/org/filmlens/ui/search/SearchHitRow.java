package org.filmlens.ui.search;

import java.util.List;
import org.filmlens.ui.common.Location;
import org.filmlens.ui.common.MarkedText.Segment;

/**
 * One search hit: where it is, its highlighted fragments (each a list of plain and marked runs), and where the
 * marked runs are in the passage's text, for the reader to mark them too.
 */
public record SearchHitRow(String passageId, String sourceId, String sourceTitle, List<List<Segment>> fragments,
                           List<Location.Span> matches) {}
