package org.filmlens.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The one place that knows the index layout: field names, how each is indexed, and the analyzers. A change here
 * must bump {@link #VERSION}, which is part of the folder name, so an old index is rebuilt rather than misread.
 */
final class IndexSchema {
    static final int VERSION = 1;
    static final String FOLDER = "index-v" + VERSION;

    /** Document type: {@link #TYPE_PASSAGE} or {@link #TYPE_QUOTE}. */
    static final String TYPE = "type";
    static final String TYPE_PASSAGE = "passage";
    static final String TYPE_QUOTE = "quote";

    /** Passage id or quote id. */
    static final String ID = "id";
    /** Source id; a quote has one value per source that quotes it. */
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
        return new PerFieldAnalyzerWrapper(new EnglishTextAnalyzer(true),
                Map.of(EXACT, new EnglishTextAnalyzer(false)));
    }
}
