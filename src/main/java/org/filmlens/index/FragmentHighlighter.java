package org.filmlens.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The UnifiedHighlighter over the stored {@code text} field, using the offsets in the postings (no re-analysis).
 * Matches of phrases, which search the {@code exact} field, are shown on {@code text} as well: both fields are
 * made from the same string, so their offsets agree.
 *
 * <p>One instance per search: it is handed the texts the search already read, so stored fields (compressed in
 * blocks) are decompressed once per hit, not twice. Making one costs a few small objects.
 */
final class FragmentHighlighter extends UnifiedHighlighter {
    static final int FRAGMENTS_PER_HIT = 3;
    /** Sentences shorter than this are joined with their neighbours into one fragment. */
    private static final int MIN_FRAGMENT_CHARS = 120;

    private final Map<Integer, String> textsByDoc;

    /** {@code textsByDoc}: the stored text of every document that will be highlighted, by (top-level) doc id. */
    FragmentHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> textsByDoc) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkFormatter())
                .withBreakIterator(FragmentHighlighter::sentences)
                .withMaskedFieldsFunc(field -> IndexSchema.TEXT.equals(field)
                        ? Set.of(IndexSchema.TEXT, IndexSchema.EXACT) : Set.of())
                .withMaxNoHighlightPassages(1));
        this.textsByDoc = textsByDoc;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            String text = textsByDoc.get(doc);
            if (text == null) {
                throw new IllegalStateException("no text loaded for document " + doc);
            }
            values.add(new CharSequence[] {text});
        }
        return values;
    }

    private static BreakIterator sentences() {
        return LengthGoalBreakIterator.createMinLength(BreakIterator.getSentenceInstance(Locale.ENGLISH),
                MIN_FRAGMENT_CHARS, 0.3f);
    }

    /** Fragments of each document's text, in the order of {@code docIds}. */
    @SuppressWarnings("unchecked")
    List<List<String>> fragments(Query query, int[] docIds) throws IOException {
        int[] maxPassages = {FRAGMENTS_PER_HIT};
        Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {IndexSchema.TEXT}, query, docIds,
                maxPassages);
        Object[] perDoc = byField.get(IndexSchema.TEXT);
        List<List<String>> out = new ArrayList<>(docIds.length);
        for (Object o : perDoc) {
            out.add(o == null ? List.of() : (List<String>) o);
        }
        return out;
    }
}
