package org.filmlens.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The one place that knows the index layout: field names, how each is indexed, and the analyzers. A change here
 * must bump {@link #VERSION}, which is part of the folder name, so an old index is rebuilt rather than misread.
 * So must a change to what the documents hold or how they are written: the analyzers, {@link FilmlensCodec} and
 * {@link IndexDocuments}, since an ingest that adds sources carries the old index's documents over as they are
 * ({@link KeptPassages}) whenever its schema is this version.
 */
final class IndexSchema {
    static final int VERSION = 3;
    static final String FOLDER = "index-v" + VERSION;

    /** Passage id or quote id. */
    static final String ID = "id";
    /** A passage's source id. */
    static final String SOURCE = "source";
    static final String SOURCE_KIND = "sourceKind";
    static final String PASSAGE_KIND = "passageKind";
    static final String SECTION = "section";
    static final String ORDINAL = "ordinal";
    /** Lower-cased canonical speaker names, for filtering. */
    static final String SPEAKER = "speaker";
    /** The speaker as written, stored on quote documents. */
    static final String SPEAKER_NAME = "speakerName";
    /** Stemmed words, stored: the field that is searched for words and highlighted. */
    static final String TEXT = "text";
    /** The same text, unstemmed and with every word kept: the field that phrases search. */
    static final String EXACT = "exact";
    /**
     * A canonical quote's line, stemmed and exact. Quotes have fields of their own rather than a type filter: a
     * passage search then touches passage documents only, so a one-word search is counted from the term's document
     * frequency instead of by visiting every match, and quotes do not skew the passages' word statistics.
     */
    static final String QUOTE_TEXT = "quoteText";
    static final String QUOTE_EXACT = "quoteExact";
    /** The sources that quote a line, one value each (apart from {@link #SOURCE} for the same reason). */
    static final String QUOTE_SOURCE = "quoteSource";

    /** Commit user data keys. */
    static final String GENERATION_KEY = "filmlens.generation";
    static final String SCHEMA_KEY = "filmlens.schema";

    /** Stored, with offsets in the postings so the highlighter never re-analyses. */
    static final FieldType STORED_TEXT = textType(true);
    static final FieldType UNSTORED_TEXT = textType(false);

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private IndexSchema() {}

    /** One analyzer for the whole index (thread-safe, reused for indexing, parsing and highlighting). */
    static Analyzer analyzer() {
        Analyzer exact = new EnglishTextAnalyzer(false);
        return new PerFieldAnalyzerWrapper(new EnglishTextAnalyzer(true), Map.of(EXACT, exact, QUOTE_EXACT, exact));
    }
}
