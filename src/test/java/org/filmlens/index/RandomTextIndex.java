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

    final Directory directory = new ByteBuffersDirectory();
    final Analyzer analyzer = IndexSchema.analyzer();
    final DirectoryReader reader;

    RandomTextIndex(long seed, int docs) throws IOException {
        Random rnd = new Random(seed);
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
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
