package org.filmlens.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.text.NameKeys;

/**
 * The layout of the annotation index: one document per annotation, its note, tags and annotated text each indexed
 * stemmed and exact (like passage text), and every tag once more as a lower-cased keyword for filtering.
 */
final class AnnotationSchema {
    static final String ID = IndexSchema.ID;
    /** The annotated text's source, so {@code source:ID} works as it does for passages. */
    static final String SOURCE = IndexSchema.SOURCE;
    /** Each tag, lower-cased, whole: the tag filter. */
    static final String TAG = "tag";
    static final SearchFields NOTE = new SearchFields("note", "noteExact");
    static final SearchFields TAGS = new SearchFields("tags", "tagsExact");
    static final SearchFields ANNOTATED = new SearchFields("annotated", "annotatedExact");
    /** Searched and highlighted in this order: what the user wrote first, then what they annotated. */
    static final List<SearchFields> TEXT_FIELDS = List.of(NOTE, ANNOTATED, TAGS);
    /** The tags as one text, shown in fragments as the user would write a list. */
    private static final String TAG_SEPARATOR = ", ";

    private AnnotationSchema() {}

    static Analyzer analyzer() {
        Analyzer exact = new EnglishTextAnalyzer(false);
        return new PerFieldAnalyzerWrapper(new EnglishTextAnalyzer(true),
                Map.of(NOTE.exact(), exact, TAGS.exact(), exact, ANNOTATED.exact(), exact));
    }

    /** A tag as it is matched: case and accents aside, as {@link Annotation#hasTag} does. */
    static String tagKey(String tag) {
        return NameKeys.of(tag);
    }

    static Document document(Annotation a) {
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        if (a.target().sourceId() != null) {
            doc.add(new StringField(SOURCE, a.target().sourceId(), Field.Store.NO));
        }
        for (String tag : a.tags()) {
            doc.add(new StringField(TAG, tagKey(tag), Field.Store.NO));
        }
        addText(doc, NOTE, a.note());
        addText(doc, TAGS, String.join(TAG_SEPARATOR, a.tags()));
        addText(doc, ANNOTATED, a.target().exact());
        return doc;
    }

    private static void addText(Document doc, SearchFields fields, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        doc.add(new Field(fields.stemmed(), text, IndexSchema.STORED_TEXT));
        doc.add(new Field(fields.exact(), text, IndexSchema.UNSTORED_TEXT));
    }
}
