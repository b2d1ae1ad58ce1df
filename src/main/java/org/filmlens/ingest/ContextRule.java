package org.filmlens.ingest;

import java.util.List;

/** A debris test that needs the neighbours of a line (runs of links, debris on both sides, teaser blurbs). */
interface ContextRule {
    String name();

    void apply(List<Line> lines, Verdicts verdicts, DumpStats stats);
}
