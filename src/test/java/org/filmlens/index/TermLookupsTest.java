package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class TermLookupsTest {
    @Test
    void theSameQueryWithEachTermLookedUpOnceAndTheSameScores() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(9, 800)) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            UserQueryParser parser = new UserQueryParser(index.analyzer, IndexSchema.SOURCE,
                    List.of(SearchFields.PASSAGE_TEXT));
            for (String text : QueryMatchesTest.QUERIES) {
                if (text.contains("-x")) {
                    continue;
                }
                Query rewritten = searcher.rewrite(parser.parse(text));
                TermLookups lookups = new TermLookups(searcher);
                Query attached = lookups.attach(rewritten);
                assertEquals(rewritten, attached, text);
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
            }
        }
    }

    @Test
    void theLookupsRecordWhatTermStatesBuildRecords() throws Exception {
        try (RandomTextIndex index = new RandomTextIndex(9, 800)) {
            IndexSearcher searcher = new IndexSearcher(index.reader);
            UserQueryParser parser = new UserQueryParser(index.analyzer, IndexSchema.SOURCE,
                    List.of(SearchFields.PASSAGE_TEXT));
            for (String text : QueryMatchesTest.QUERIES) {
                if (text.contains("-x")) {
                    continue;
                }
                TermLookups lookups = new TermLookups(searcher);
                for (TermQuery t : termQueries(lookups.attach(searcher.rewrite(parser.parse(text))))) {
                    org.apache.lucene.index.TermStates built = org.apache.lucene.index.TermStates.build(searcher,
                            t.getTerm(), true);
                    assertEquals(built.docFreq(), t.getTermStates().docFreq(), text);
                    assertEquals(built.totalTermFreq(), t.getTermStates().totalTermFreq(), text);
                    for (var leaf : index.reader.leaves()) {
                        assertEquals(built.get(leaf) == null, t.getTermStates().get(leaf) == null, text);
                        if (built.get(leaf) != null) {
                            assertEquals(built.get(leaf).toString(), t.getTermStates().get(leaf).toString(), text);
                        }
                    }
                }
            }
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
            public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
                if (query instanceof TermQuery t) {
                    out.add(t);
                }
            }
        });
        return out;
    }
}
