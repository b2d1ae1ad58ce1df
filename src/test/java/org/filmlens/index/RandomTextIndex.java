package org.filmlens.index;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * A small index of made-up passages in the real schema's text fields (stemmed and exact, offsets in the postings),
 * from a small vocabulary so that words, phrases and repeats match often. Several segments, and some documents
 * without passage text (as quotes have), so norms are stored sparsely as in a workspace's index.
 */
final class RandomTextIndex implements AutoCloseable {
    private static final String[] WORDS = {"love", "loving", "loved", "the", "her", "me", "voice", "city", "find",
        "come", "start", "starts", "started", "self-aware", "o'clock", "night", "night's", "a", "box", "heart",
        "writer", "letters", "Amélie", "rain", "rooftop", "and", "is", "not"};
    /** The one word of the last segment that {@code unevenSegments} adds; no other segment has it. */
    static final String ONLY_WORD = "zeppelin";

    final Directory directory = new ByteBuffersDirectory();
    final Analyzer analyzer = IndexSchema.analyzer();
    final DirectoryReader reader;

    RandomTextIndex(long seed, int docs) throws IOException {
        this(seed, docs, false);
    }

    /**
     * With {@code unevenSegments}, two more segments, unmerged: one of quote-only documents (no passage fields at
     * all, as a workspace's index can have) and one passage with {@link #ONLY_WORD}, so that not every segment has
     * every field and word.
     */
    RandomTextIndex(long seed, int docs, boolean unevenSegments) throws IOException {
        Random rnd = new Random(seed);
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        if (unevenSegments) {
            config.setMergePolicy(NoMergePolicy.INSTANCE);
        }
        try (IndexWriter w = new IndexWriter(directory, config)) {
            for (int i = 0; i < docs; i++) {
                Document d = new Document();
                d.add(new StringField(IndexSchema.ID, "d" + i, Field.Store.YES));
                d.add(new StringField(IndexSchema.SOURCE, "s" + (i % 7), Field.Store.YES));
                if (i % 5 == 4) {
                    d.add(new Field(IndexSchema.QUOTE_TEXT, text(rnd, 8), IndexSchema.STORED_TEXT));
                } else {
                    String text = text(rnd, 3 + rnd.nextInt(rnd.nextInt(10) == 0 ? 200 : 30));
                    d.add(new Field(IndexSchema.TEXT, text, IndexSchema.STORED_TEXT));
                    d.add(new Field(IndexSchema.EXACT, text, IndexSchema.UNSTORED_TEXT));
                }
                w.addDocument(d);
                if (i % (docs / 4 + 1) == docs / 4) {
                    w.commit(); // another segment
                }
            }
            if (unevenSegments) {
                w.commit();
                for (int i = 0; i < 20; i++) {
                    Document d = new Document();
                    d.add(new StringField(IndexSchema.ID, "q" + i, Field.Store.YES));
                    d.add(new Field(IndexSchema.QUOTE_TEXT, text(rnd, 8), IndexSchema.STORED_TEXT));
                    w.addDocument(d);
                }
                w.commit();
                Document d = new Document();
                d.add(new StringField(IndexSchema.ID, "only", Field.Store.YES));
                d.add(new StringField(IndexSchema.SOURCE, "s0", Field.Store.YES));
                d.add(new Field(IndexSchema.TEXT, ONLY_WORD + " love.", IndexSchema.STORED_TEXT));
                d.add(new Field(IndexSchema.EXACT, ONLY_WORD + " love.", IndexSchema.UNSTORED_TEXT));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    private static String text(Random rnd, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(rnd.nextInt(12) == 0 ? ". " : " ");
            }
            sb.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
