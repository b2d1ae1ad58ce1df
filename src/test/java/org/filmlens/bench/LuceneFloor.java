package org.filmlens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor that Filmlens's ingest is measured against: the least a search index of the same files costs. Each file
 * is read, split into paragraphs on blank lines, and each paragraph indexed as one document with Lucene's
 * EnglishAnalyzer, its text stored and offsets in the postings, with the same RAM buffer as Filmlens's index
 * builder, on one thread, then committed. No cleaning, no quotes, no analysis.
 */
final class LuceneFloor {
    /** The same as org.filmlens.index.IndexBuilder.RAM_BUFFER_MB. */
    static final double RAM_BUFFER_MB = 128;

    private static final FieldType TEXT = textType();

    private LuceneFloor() {}

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** Indexes the files into {@code indexDir}; returns the number of paragraphs indexed. */
    static long index(CorpusFiles corpus, Path indexDir) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        long docs = 0;
        try (Directory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            Field id = new StringField("id", "", Field.Store.YES);
            Field source = new StringField("source", "", Field.Store.YES);
            Field text = new Field("text", "", TEXT);
            Document doc = new Document();
            doc.add(id);
            doc.add(source);
            doc.add(text);
            for (Path file : corpus.files()) {
                String name = file.getFileName().toString();
                int n = 0;
                for (String paragraph : Files.readString(file, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
                    String p = paragraph.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    id.setStringValue(name + "#" + n++);
                    source.setStringValue(name);
                    text.setStringValue(p);
                    writer.addDocument(doc);
                }
                docs += n;
            }
            writer.commit();
        }
        return docs;
    }
}
