package org.filmlens.index;

import java.io.Closeable;
import java.io.IOException;

/**
 * Full-text search over one film's passages. An interface so that a shared search server can stand in for the
 * local Lucene index later without touching its callers.
 */
public interface SearchService extends Closeable {
    SearchResults search(SearchRequest request) throws QuerySyntaxException, IOException;

    /** Canonical quotes (not passages) matching the query, best first; the source and speaker filters apply. */
    QuoteResults searchQuotes(SearchRequest request) throws QuerySyntaxException, IOException;
}
