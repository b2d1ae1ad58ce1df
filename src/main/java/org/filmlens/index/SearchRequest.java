package org.filmlens.index;

/**
 * A search as the user typed it. Syntax: words, "phrases", -exclusion, OR.
 *
 * @param sourceId only passages of this source, or null
 * @param speaker  only passages that quote a line of this character (canonical name), or null
 */
public record SearchRequest(String query, int limit, String sourceId, String speaker) {
    public SearchRequest {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, 10, null, null);
    }
}
