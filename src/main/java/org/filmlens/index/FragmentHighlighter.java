package org.filmlens.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The UnifiedHighlighter over stored text fields, using the offsets in the postings (no re-analysis, see
 * {@link MatchOffsets}). Matches in a field's {@code exact} twin (phrases, prefixes, stop words) are shown on the
 * stemmed field as well: both are made from the same string, so their offsets agree.
 *
 * <p>One instance per search: it is handed the documents the search already read, so stored fields (compressed in
 * blocks) are decompressed once per hit, not twice. Making one costs a few small objects.
 */
final class FragmentHighlighter extends UnifiedHighlighter {
    static final int FRAGMENTS_PER_HIT = 3;
    /** Sentences shorter than this are joined with their neighbours into one fragment. */
    private static final int MIN_FRAGMENT_CHARS = 120;

    private final String[] fields;
    private final Map<String, SearchFields> twins;
    private final Map<Integer, Document> docs;
    /** The weight of {@link #weightQuery}, made when that query is first highlighted. */
    private Weight weight;
    private Query weightQuery;
    /** Every field a match can be shown from: each highlighted field and its exact twin. */
    private final java.util.Set<String> matchedFields = new java.util.HashSet<>();
    private QueryMatches matches;
    private Query matchesQuery;

    /**
     * @param fields       the text fields to highlight, in the order their fragments are returned
     * @param showUnmatched when true, a field without a match still gives its opening sentence (a passage always
     *                      shows some text); when false it gives no fragment (only matched parts are shown)
     * @param docs         the stored fields of every document that will be highlighted, by (top-level) doc id
     */
    FragmentHighlighter(IndexSearcher searcher, Analyzer analyzer, List<SearchFields> fields, boolean showUnmatched,
                        Map<Integer, Document> docs) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkFormatter())
                .withScorer(new FragmentScorer())
                .withBreakIterator(FragmentHighlighter::sentences)
                .withMaxNoHighlightPassages(showUnmatched ? 1 : 0));
        this.fields = fields.stream().map(SearchFields::stemmed).toArray(String[]::new);
        this.twins = new HashMap<>();
        fields.forEach(f -> twins.put(f.stemmed(), f));
        fields.forEach(f -> matchedFields.addAll(java.util.List.of(f.stemmed(), f.exact())));
        this.docs = docs;
    }

    /**
     * Every highlighted field has offsets in its postings. Said here so that the highlighter does not merge the
     * field infos of every segment to find out, once per field and search.
     */
    @Override
    protected OffsetSource getOffsetSource(String field) {
        return OffsetSource.POSTINGS;
    }

    /** Offsets from the weight made once for this search; a stemmed field also shows its exact twin's matches. */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource ignored, UHComponents components) {
        SearchFields f = twins.get(components.getField());
        if (f == null) {
            throw new IllegalArgumentException("not a highlighted field: " + components.getField());
        }
        QueryMatches matches = matches(components.getQuery());
        if (matches != null) {
            return new PostingsMatchOffsets(components, matches, searcher.getIndexReader().leaves(), f);
        }
        return new MatchOffsets(components, weight(components.getQuery()), searcher.getIndexReader().leaves(), f);
    }

    private QueryMatches matches(Query query) {
        if (matchesQuery != query) {
            try {
                matches = QueryMatches.of(searcher.rewrite(query), matchedFields);
                matchesQuery = query;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return matches;
    }

    private Weight weight(Query query) {
        if (weight == null || weightQuery != query) {
            try {
                weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
                weightQuery = query;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return weight;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fieldNames, DocIdSetIterator docIter,
                                                   int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document d = docs.get(doc);
            if (d == null) {
                throw new IllegalStateException("no stored fields loaded for document " + doc);
            }
            CharSequence[] perField = new CharSequence[fieldNames.length];
            for (int i = 0; i < fieldNames.length; i++) {
                String text = d.get(fieldNames[i]);
                perField[i] = text == null ? "" : text;
            }
            values.add(perField);
        }
        return values;
    }

    private static BreakIterator sentences() {
        return LengthGoalBreakIterator.createMinLength(BreakIterator.getSentenceInstance(Locale.ENGLISH),
                MIN_FRAGMENT_CHARS, 0.3f);
    }

    /** Fragments of each document, field after field, in the order of {@code docIds}. */
    List<List<String>> fragments(Query query, int[] docIds) throws IOException {
        try {
            return highlight(query, docIds);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> highlight(Query query, int[] docIds) throws IOException {
        int[] maxPassages = new int[fields.length];
        java.util.Arrays.fill(maxPassages, FRAGMENTS_PER_HIT);
        Map<String, Object[]> byField = highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        List<List<String>> out = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            List<String> fragments = new ArrayList<>();
            for (String field : fields) {
                Object o = byField.get(field)[i];
                if (o != null) {
                    fragments.addAll((List<String>) o);
                }
            }
            out.add(fragments.size() == 1 ? List.of(fragments.get(0)) : List.copyOf(fragments));
        }
        return out;
    }
}
