package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.List;

/** One page of a dump while it is being put together: what its header says, and its kept body lines. */
final class Page {
    String title;
    String site;
    String author;
    String url;
    /** The page's own title line as written, used to match it against the search listing. */
    Line titleLine;
    final List<Line> body = new ArrayList<>();
    /** Lines of the page, debris included, that look like question-and-answer furniture. */
    int qaCues;
    /** Body lines that must be kept as plain paragraphs (an own title line replaced by the listing's). */
    final List<Line> captions = new ArrayList<>();
}
