package org.filmlens.quotes;

import java.util.List;

/**
 * A quotation found in prose: one or more parts (two when the attribution splits it: “A,” she says, “B.”), as offsets
 * into the passage text, and how it stands in the passage. {@code open} is the opening mark's offset and
 * {@code close} the offset just after the closing mark, so the text around the quotation can be read for cues.
 */
public record ProseQuotation(List<Span> parts, Shape shape, int open, int close) {
    public enum Shape {
        /** Inside a sentence, between quotation marks. */
        INLINE,
        /** The whole paragraph is the quotation. */
        STANDALONE,
        /** Set off by spaced em dashes: — Like this. — */
        DASHED
    }

}
