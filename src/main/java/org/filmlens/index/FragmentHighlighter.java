package org.filmlens.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * Fragments of stored text fields with the query's matches marked, by the UnifiedHighlighter's per-field part
 * ({@link FieldHighlighter}: best sentences, {@link FragmentScorer}, {@link MarkFormatter}) fed with the offsets in
 * the postings (no re-analysis). Matches in a field's {@code exact} twin (phrases, prefixes, stop words) are shown on
 * the stemmed field as well: both are made from the same string, so their offsets agree.
 *
 * <p>The offsets come from {@link QueryMatches}, which reads each query term's postings once for all the hits; a
 * query it does not know (a prefix) is asked through its weight per hit ({@link MatchOffsets}). The whole
 * UnifiedHighlighter is not used: per search it extracted the query's terms, automata and flags that the offsets
 * from postings never need.
 *
 * <p>One instance per search: it is handed the documents the search already read, so stored fields are read once
 * per hit, not twice.
 */
final class FragmentHighlighter {
    static final int FRAGMENTS_PER_HIT = 3;
    /** Sentences shorter than this are joined with their neighbours into one fragment. */
    private static final int MIN_FRAGMENT_CHARS = 120;
    private static final FragmentScorer SCORER = new FragmentScorer();
    private static final MarkFormatter FORMATTER = new MarkFormatter();
    /**
     * The UnifiedHighlighter's {@code MULTIVAL_SEP_CHAR} (protected there): it joins a multi-valued field's values
     * with it and never lets a sentence cross it. Text holding one is split there just as before.
     */
    private static final char VALUE_SEPARATOR = '\u0000';
    private static final Comparator<Passage> BY_START = Comparator.comparingInt(Passage::getStartOffset);

    private final IndexSearcher searcher;
    private final List<SearchFields> fields;
    private final int maxNoHighlightPassages;
    private final Map<Integer, Document> docs;
    private final TermLookups lookups;

    /**
     * @param fields        the text fields to highlight, in the order their fragments are returned
     * @param showUnmatched when true, a field without a match still gives its opening sentence (a passage always
     *                      shows some text); when false it gives no fragment (only matched parts are shown)
     * @param docs          the stored fields of every document that will be highlighted, by (top-level) doc id
     */
    FragmentHighlighter(IndexSearcher searcher, List<SearchFields> fields, boolean showUnmatched,
                        Map<Integer, Document> docs) {
        this(searcher, fields, showUnmatched, docs, new TermLookups(searcher));
    }

    /** {@code lookups}: the terms the search already looked up, to reuse. */
    FragmentHighlighter(IndexSearcher searcher, List<SearchFields> fields, boolean showUnmatched,
                        Map<Integer, Document> docs, TermLookups lookups) {
        this.searcher = searcher;
        this.fields = List.copyOf(fields);
        this.maxNoHighlightPassages = showUnmatched ? 1 : 0;
        this.docs = docs;
        this.lookups = lookups;
    }

    /** Fragments of each document, field after field, in the order of {@code docIds}. */
    List<List<String>> fragments(Query query, int[] docIds) throws IOException {
        return fragmentsOfRewritten(lookups.attach(searcher.rewrite(query)), docIds);
    }

    /** As {@link #fragments}, for a query the searcher has rewritten already (the search's own, when unfiltered). */
    @SuppressWarnings("unchecked")
    List<List<String>> fragmentsOfRewritten(Query rewritten, int[] docIds) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FieldHighlighter[] highlighters = highlighters(rewritten, leaves);
        Object[][] byField = new Object[highlighters.length][docIds.length];
        // in doc id order, so that each term's postings only move forward
        for (int i : inDocOrder(docIds)) {
            int doc = docIds[i];
            Document d = docs.get(doc);
            if (d == null) {
                throw new IllegalStateException("no stored fields loaded for document " + doc);
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            for (int f = 0; f < highlighters.length; f++) {
                String text = d.get(highlighters[f].getField());
                byField[f][i] = highlighters[f].highlightFieldForDoc(leaf.reader(), doc - leaf.docBase,
                        text == null ? "" : text);
            }
        }
        List<List<String>> out = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            List<String> fragments = new ArrayList<>();
            for (Object[] field : byField) {
                if (field[i] != null) {
                    fragments.addAll((List<String>) field[i]);
                }
            }
            out.add(fragments.size() == 1 ? List.of(fragments.get(0)) : List.copyOf(fragments));
        }
        return out;
    }

    private FieldHighlighter[] highlighters(Query rewritten, List<LeafReaderContext> leaves) throws IOException {
        Set<String> matchedFields = new HashSet<>();
        fields.forEach(f -> matchedFields.addAll(List.of(f.stemmed(), f.exact())));
        QueryMatches matches = QueryMatches.of(rewritten, matchedFields, lookups.cursors());
        Weight weight = matches != null ? null
                : searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        FieldHighlighter[] highlighters = new FieldHighlighter[fields.size()];
        for (int f = 0; f < highlighters.length; f++) {
            SearchFields field = fields.get(f);
            UHComponents components = new UHComponents(field.stemmed(), field.stemmed()::equals, rewritten,
                    new org.apache.lucene.util.BytesRef[0], null, null, false, Set.of());
            FieldOffsetStrategy offsets = matches != null
                    ? new PostingsMatchOffsets(components, matches, leaves, field)
                    : new MatchOffsets(components, weight, leaves, field);
            highlighters[f] = new FieldHighlighter(field.stemmed(), offsets,
                    new SplittingBreakIterator(sentences(), VALUE_SEPARATOR), SCORER,
                    FRAGMENTS_PER_HIT, maxNoHighlightPassages, FORMATTER, BY_START);
        }
        return highlighters;
    }

    /** Indexes into {@code docIds}, ordered by doc id. */
    private static Integer[] inDocOrder(int[] docIds) {
        Integer[] order = new Integer[docIds.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> docIds[i]));
        return order;
    }

    private static BreakIterator sentences() {
        return LengthGoalBreakIterator.createMinLength(new SentenceBreaks(),
                MIN_FRAGMENT_CHARS, 0.3f);
    }
}
