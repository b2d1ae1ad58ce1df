package org.filmlens.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Where the query matched in one document's field and its exact twin, from {@link QueryMatches} (postings read once
 * per search) instead of a {@code Weight.matches} call per document as in {@link MatchOffsets}; the same offsets.
 */
final class PostingsMatchOffsets extends FieldOffsetStrategy {
    private final QueryMatches matches;
    private final List<LeafReaderContext> leaves;
    private final SearchFields fields;

    PostingsMatchOffsets(UHComponents components, QueryMatches matches, List<LeafReaderContext> leaves,
                         SearchFields fields) {
        super(components);
        this.matches = matches;
        this.leaves = leaves;
        this.fields = fields;
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
        return UnifiedHighlighter.OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
        return matches.in(MatchOffsets.contextOf(leaves, reader), docId).offsets(fields.stemmed(), fields.exact());
    }
}
