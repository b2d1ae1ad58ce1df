package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class TermLookupsTest {
    private static final String ONLY = RandomTextIndex.ONLY_WORD;
    /** A word in no segment, alone and beside words that are found. */
    private static final String ABSENT = "quokka";
    private static final List<String> QUERIES = Stream.concat(QueryMatchesTest.QUERIES.stream(),
            Stream.of(ONLY, ONLY + " love", "love OR " + ONLY, "\"" + ONLY + " love\"", ABSENT, "love OR " + ABSENT,
                    ABSENT + " " + ONLY, "love -" + ABSENT))
            .filter(text -> !text.contains("-x")) // an OR with an exclusion is refused by the parser
            .toList();

    private interface QueryCheck {
        void check(IndexSearcher searcher, String text, Query rewritten) throws Exception;
    }

    /** Each query, rewritten, over an index whose segments do not all have the text fields or the words. */
    private static void forEachQuery(QueryCheck check) throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(9, 800, true)) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            UserQueryParser parser = new UserQueryParser(index.analyzer, IndexSchema.SOURCE,
                    List.of(SearchFields.PASSAGE_TEXT));
            for (String text : QUERIES) {
                check.check(searcher, text, searcher.rewrite(parser.parse(text)));
            }
        }
    }

    @Test
    void theIndexHasSegmentsWithoutTheFieldOrTheWord() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(9, 800, true)) {
            List<LeafReaderContext> leaves = index.reader.leaves();
            assertTrue(leaves.stream().anyMatch(leaf -> noTerms(leaf, IndexSchema.TEXT)));
            assertTrue(leaves.stream().anyMatch(leaf -> noTerms(leaf, IndexSchema.EXACT)));
            Term only = new Term(IndexSchema.TEXT, ONLY);
            assertEquals(1, index.reader.docFreq(only));
            assertEquals(1, leaves.stream().filter(leaf -> docFreq(leaf, only) > 0).count());
            assertEquals(0, index.reader.docFreq(new Term(IndexSchema.TEXT, ABSENT)));
        }
    }

    @Test
    void theSameQueryWithEachTermLookedUpOnceAndTheSameScores() throws Exception {
        forEachQuery((searcher, text, rewritten) -> {
            TermLookups lookups = new TermLookups(searcher);
            Query attached = lookups.attach(rewritten);
            assertEquals(rewritten.toString(), attached.toString(), text); // plain phrases become LookedUpPhrase
            List<TermQuery> terms = termQueries(attached);
            terms.forEach(t -> assertNotNull(t.getTermStates(), text));
            for (TermQuery t : terms) { // a word seen twice is looked up once
                assertSame(t.getTermStates(), ((TermQuery) lookups.attach(new TermQuery(t.getTerm())))
                        .getTermStates());
            }
            ScoreDoc[] a = searcher.search(rewritten, 15).scoreDocs;
            ScoreDoc[] b = searcher.search(attached, 15).scoreDocs;
            assertEquals(a.length, b.length, text);
            for (int i = 0; i < a.length; i++) {
                assertEquals(a[i].doc, b[i].doc, text);
                assertEquals(a[i].score, b[i].score, text);
            }
            assertEquals(searcher.count(rewritten), searcher.count(attached), text);
        });
    }

    @Test
    void theLookupsRecordWhatTermStatesBuildRecords() throws Exception {
        forEachQuery((searcher, text, rewritten) -> {
            TermLookups lookups = new TermLookups(searcher);
            for (TermQuery t : termQueries(lookups.attach(rewritten))) {
                TermStates built = TermStates.build(searcher, t.getTerm(), true);
                assertEquals(built.docFreq(), t.getTermStates().docFreq(), text);
                assertEquals(built.totalTermFreq(), t.getTermStates().totalTermFreq(), text);
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    assertEquals(built.get(leaf) == null, t.getTermStates().get(leaf) == null, text);
                    if (built.get(leaf) != null) {
                        assertEquals(built.get(leaf).toString(), t.getTermStates().get(leaf).toString(), text);
                    }
                }
            }
        });
    }

    private static boolean noTerms(LeafReaderContext leaf, String field) {
        try {
            return leaf.reader().terms(field) == null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int docFreq(LeafReaderContext leaf, Term term) {
        try {
            return leaf.reader().docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<TermQuery> termQueries(Query q) {
        List<TermQuery> out = new ArrayList<>();
        q.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query query) {
                if (query instanceof TermQuery t) {
                    out.add(t);
                }
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                if (query instanceof TermQuery t) {
                    out.add(t);
                }
            }
        });
        return out;
    }
}
