package org.filmlens.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Where the query matched in one document's field, read from the offsets in the postings through the query's own
 * {@link Weight#matches}. The UnifiedHighlighter's own strategies rebuild that weight (rewriting the query and
 * looking up every term again) for each document and each field, and fall back to re-analysing the text for
 * prefix queries; this one uses a weight made once per search, and one {@code matches} call per document serves
 * a field and its exact twin together.
 */
final class MatchOffsets extends FieldOffsetStrategy {
    private final Weight weight;
    private final List<LeafReaderContext> leaves;
    private final String[] fields;

    /** {@code weight}: of the highlighted query, made by the searcher whose leaves the documents come from. */
    MatchOffsets(UHComponents components, Weight weight, List<LeafReaderContext> leaves, SearchFields fields) {
        super(components);
        this.weight = weight;
        this.leaves = leaves;
        this.fields = new String[] {fields.stemmed(), fields.exact()};
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
        return UnifiedHighlighter.OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
        Matches matches = weight.matches(contextOf(leaves, reader), docId);
        if (matches == null) {
            return OffsetsEnum.EMPTY;
        }
        List<OffsetsEnum> perField = new ArrayList<>(fields.length);
        for (String field : fields) {
            MatchesIterator it = matches.getMatches(field);
            if (it != null) {
                perField.add(new OffsetsEnum.OfMatchesIteratorWithSubs(it));
            }
        }
        return switch (perField.size()) {
            case 0 -> OffsetsEnum.EMPTY;
            case 1 -> perField.get(0);
            default -> new OffsetsEnum.MultiOffsetsEnum(perField);
        };
    }

    /** The weight keeps per-segment state by the segment's place in the top-level reader, so that context it is. */
    static LeafReaderContext contextOf(List<LeafReaderContext> leaves, LeafReader reader) {
        for (LeafReaderContext c : leaves) {
            if (c.reader() == reader) {
                return c;
            }
        }
        throw new IllegalStateException("the highlighted document's segment is not in the searcher's reader");
    }
}
