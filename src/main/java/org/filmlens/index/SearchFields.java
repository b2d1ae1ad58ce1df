package org.filmlens.index;

/**
 * One text indexed twice from the same string: {@code stemmed} for words, {@code exact} (every word as written) for
 * phrases, prefixes and stop words. Both carry offsets into that string, so either's matches highlight the other.
 */
record SearchFields(String stemmed, String exact) {
    static final SearchFields PASSAGE_TEXT = new SearchFields(IndexSchema.TEXT, IndexSchema.EXACT);
    static final SearchFields QUOTE_TEXT = new SearchFields(IndexSchema.QUOTE_TEXT, IndexSchema.QUOTE_EXACT);
}
