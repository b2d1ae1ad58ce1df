package org.filmlens.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * Where a rewritten query matched in a document, worked out from the terms' postings ({@link TermPositions}): the
 * same occurrences that {@code Weight.matches} reports, for queries made of terms, exact phrases and boolean
 * clauses, which is every query the user's syntax makes apart from prefixes ({@link #of} answers null for any
 * other query, and the caller asks the weight instead). {@code Weight.matches} opens each term's postings again for
 * every document it is asked about; this reads them once per search, moving forward through the hits.
 *
 * <p>Rules kept from {@code Weight.matches}: a term reports each of its occurrences; an exact phrase reports each
 * place all its terms stand at their distances, from the first term's start to the last term's end, labelled by its
 * terms joined with spaces; a boolean query matches when every required clause does, no prohibited one does and
 * enough optional ones do, and then reports what its required and matching optional clauses report. The documents
 * asked about match the whole query, so its own required clauses are known to match and its prohibited ones known
 * not to: those are not looked up.
 */
final class QueryMatches {
    private final Node root;
    private final TermPositions positions;
    private final DocMatches current = new DocMatches();
    private LeafReaderContext currentLeaf;
    private int currentDoc = -1;

    private QueryMatches(Node root, TermPositions positions) {
        this.root = root;
        this.positions = positions;
    }

    /**
     * The matcher of {@code rewritten} (as rewritten by the searcher), reporting matches in {@code fields}; null when
     * the query has a part it does not know.
     */
    static QueryMatches of(Query rewritten, Set<String> fields) {
        return of(rewritten, fields, new TermPositions());
    }

    /** As {@link #of(Query, Set)}, reading postings through the search's cursors. */
    static QueryMatches of(Query rewritten, Set<String> fields, SegmentCursors cursors) {
        return of(rewritten, fields, new TermPositions(cursors));
    }

    private static QueryMatches of(Query rewritten, Set<String> fields, TermPositions positions) {
        Node root = node(rewritten, true, fields, positions);
        return root == null ? null : new QueryMatches(root, positions);
    }

    /** The matches in one document of the whole query (a hit), read once even when asked for field after field. */
    DocMatches in(LeafReaderContext leaf, int docInLeaf) throws IOException {
        if (leaf != currentLeaf || docInLeaf != currentDoc) {
            positions.moveTo(leaf, docInLeaf);
            current.clear();
            root.collect(positions, current);
            currentLeaf = leaf;
            currentDoc = docInLeaf;
        }
        return current;
    }

    /** {@code known}: the clause is known to match every document asked about (the query, its required parts). */
    private static Node node(Query q, boolean known, Set<String> fields, TermPositions positions) {
        if (q instanceof TermQuery tq) {
            Term t = tq.getTerm();
            if (!fields.contains(t.field())) {
                return known ? KnownMatch.INSTANCE : null;
            }
            return new TermNode(t.field(), positions.add(t, tq.getTermStates()), BytesRef.deepCopyOf(t.bytes()));
        }
        if (q instanceof PhraseQuery pq) {
            if (!fields.contains(pq.getField())) {
                return known ? KnownMatch.INSTANCE : null;
            }
            return pq.getSlop() == 0 ? PhraseNode.of(pq, positions) : null;
        }
        if (q instanceof BoostQuery bq) {
            return node(bq.getQuery(), known, fields, positions); // a repeated word: the boost changes scores only
        }
        if (q instanceof BooleanQuery bq) {
            List<BooleanClause.Occur> occurs = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            for (BooleanClause c : bq.clauses()) {
                if (c.isProhibited() && known) {
                    continue; // a hit of the query cannot match it
                }
                boolean childKnown = known && c.isRequired();
                Node n = node(c.getQuery(), childKnown, fields, positions);
                if (n == null) {
                    return null;
                }
                occurs.add(c.getOccur());
                nodes.add(n);
            }
            return new BooleanNode(nodes.toArray(Node[]::new), occurs.toArray(BooleanClause.Occur[]::new),
                    bq.getMinimumNumberShouldMatch(), known);
        }
        return null;
    }

    /** A part of the query: adds its matches in the current document and says whether it matches at all. */
    private interface Node {
        boolean collect(TermPositions positions, DocMatches into) throws IOException;
    }

    /** A required clause on a field that is not highlighted: it matches (the document is a hit) and shows nothing. */
    private enum KnownMatch implements Node {
        INSTANCE;

        @Override
        public boolean collect(TermPositions positions, DocMatches into) {
            return true;
        }
    }

    private record TermNode(String field, int term, BytesRef label) implements Node {
        @Override
        public boolean collect(TermPositions positions, DocMatches into) throws IOException {
            int freq = positions.freq(term);
            int[] starts = positions.startOffsets(term);
            int[] ends = positions.endOffsets(term);
            for (int i = 0; i < freq; i++) {
                into.add(field, starts[i], ends[i], label);
            }
            return freq > 0;
        }
    }

    /** An exact phrase: terms in phrase order, each at its distance from the first. */
    private record PhraseNode(String field, int[] terms, int[] distances, BytesRef label) implements Node {
        /** Null for a phrase with two terms at one position (the analyzer makes none; the weight is asked). */
        static PhraseNode of(PhraseQuery pq, TermPositions positions) {
            Term[] terms = pq.getTerms();
            int[] at = pq.getPositions();
            int[] ids = new int[terms.length];
            int[] distances = new int[terms.length];
            BytesRefBuilder label = new BytesRefBuilder();
            for (int i = 0; i < terms.length; i++) {
                if (i > 0 && at[i] <= at[i - 1]) {
                    return null;
                }
                ids[i] = positions.add(terms[i], pq instanceof LookedUpPhrase looked ? looked.states(i) : null);
                distances[i] = at[i] - at[0];
                if (label.length() > 0) {
                    label.append((byte) ' ');
                }
                label.append(terms[i].bytes());
            }
            return terms.length == 0 ? null : new PhraseNode(pq.getField(), ids, distances, label.toBytesRef());
        }

        @Override
        public boolean collect(TermPositions positions, DocMatches into) throws IOException {
            for (int term : terms) {
                if (positions.freq(term) == 0) {
                    return false;
                }
            }
            int[] cursor = new int[terms.length];
            int last = terms.length - 1;
            int leadFreq = positions.freq(terms[0]);
            int[] lead = positions.positions(terms[0]);
            boolean matched = false;
            for (int k = 0; k < leadFreq; k++) {
                int base = lead[k];
                boolean all = true;
                for (int i = 1; i <= last && all; i++) {
                    int want = base + distances[i];
                    int[] pos = positions.positions(terms[i]);
                    int freq = positions.freq(terms[i]);
                    while (cursor[i] < freq && pos[cursor[i]] < want) {
                        cursor[i]++;
                    }
                    all = cursor[i] < freq && pos[cursor[i]] == want;
                }
                if (all) {
                    int end = last == 0 ? positions.endOffsets(terms[0])[k] : positions.endOffsets(terms[last])[cursor[last]];
                    into.add(field, positions.startOffsets(terms[0])[k], end, label);
                    matched = true;
                }
            }
            return matched;
        }
    }

    private record BooleanNode(Node[] clauses, BooleanClause.Occur[] occurs, int minShouldMatch, boolean known)
            implements Node {
        @Override
        public boolean collect(TermPositions positions, DocMatches into) throws IOException {
            int mark = into.size();
            int shouldMatched = 0;
            boolean any = false;
            for (int i = 0; i < clauses.length; i++) {
                int before = into.size();
                boolean m = clauses[i].collect(positions, into);
                switch (occurs[i]) {
                    case MUST_NOT -> {
                        into.truncate(before);
                        if (m) {
                            into.truncate(mark);
                            return false;
                        }
                    }
                    case MUST, FILTER -> {
                        if (!m && !known) {
                            into.truncate(mark);
                            return false;
                        }
                        any = true;
                    }
                    case SHOULD -> {
                        if (m) {
                            shouldMatched++;
                            any = true;
                        } else {
                            into.truncate(before);
                        }
                    }
                }
            }
            if (known) {
                return true;
            }
            if (shouldMatched < minShouldMatch || !any) {
                into.truncate(mark);
                return false;
            }
            return true;
        }
    }
}
