package org.filmlens.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;

/** Writes a whole index in one go: the only code that owns an IndexWriter. */
final class IndexBuilder {
    /** Large enough that a 100 MB corpus flushes only a few segments. */
    static final double RAM_BUFFER_MB = 128;

    private IndexBuilder() {}

    static void build(Path indexDir, Corpus corpus, Analysis analysis, String generation, Analyzer analyzer)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCodec(new FilmlensCodec())
                .setCommitOnClose(false);
        try (Directory dir = FSDirectory.open(indexDir);
             IndexWriter writer = openWriter(indexDir, dir, config)) {
            try {
                addPassages(writer, corpus, speakersByPassage(analysis));
                addQuotes(writer, analysis);
                writer.setLiveCommitData(Map.of(IndexSchema.GENERATION_KEY, generation,
                        IndexSchema.SCHEMA_KEY, Integer.toString(IndexSchema.VERSION)).entrySet());
                writer.commit();
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        }
    }

    private static IndexWriter openWriter(Path indexDir, Directory dir, IndexWriterConfig config) throws IOException {
        try {
            return new IndexWriter(dir, config);
        } catch (LockObtainFailedException e) {
            throw new IOException(indexDir + ": the search index is locked: another process is writing it", e);
        }
    }

    /** Passage id → the canonical speakers of the quotes it contains. */
    private static Map<String, Set<String>> speakersByPassage(Analysis analysis) {
        Map<String, Set<String>> speakers = new HashMap<>();
        for (Quote q : analysis.quotes()) {
            if (q.speaker() == null || q.speaker().isBlank()) {
                continue;
            }
            for (QuoteOccurrence o : q.occurrences()) {
                speakers.computeIfAbsent(o.passageId(), k -> new LinkedHashSet<>()).add(speakerKey(q.speaker()));
            }
        }
        return speakers;
    }

    static String speakerKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Fields are created once and refilled for each passage (the per-document allocation Lucene advises against). */
    private static void addPassages(IndexWriter writer, Corpus corpus, Map<String, Set<String>> speakers)
            throws IOException {
        Map<String, String> kindBySource = new HashMap<>();
        for (Source s : corpus.sources()) {
            kindBySource.put(s.id(), s.kind().label());
        }
        Field id = new StringField(IndexSchema.ID, "", Field.Store.YES);
        Field source = new StringField(IndexSchema.SOURCE, "", Field.Store.YES);
        Field sourceKind = new StringField(IndexSchema.SOURCE_KIND, "", Field.Store.NO);
        Field passageKind = new StringField(IndexSchema.PASSAGE_KIND, "", Field.Store.NO);
        Field section = new StoredField(IndexSchema.SECTION, "");
        Field ordinal = new StoredField(IndexSchema.ORDINAL, 0);
        Field text = new Field(IndexSchema.TEXT, "", IndexSchema.STORED_TEXT);
        Field exact = new Field(IndexSchema.EXACT, "", IndexSchema.UNSTORED_TEXT);
        Document fixed = new Document();
        for (Field f : new Field[] {id, source, sourceKind, passageKind, section, ordinal, text, exact}) {
            fixed.add(f);
        }
        for (Passage p : corpus.passages()) {
            id.setStringValue(p.id());
            source.setStringValue(p.sourceId());
            sourceKind.setStringValue(kindBySource.getOrDefault(p.sourceId(), ""));
            passageKind.setStringValue(p.kind() == null ? "" : p.kind().name().toLowerCase(Locale.ROOT));
            section.setStringValue(p.section() == null ? "" : p.section());
            ordinal.setIntValue(p.ordinal());
            text.setStringValue(p.text());
            exact.setStringValue(p.text());
            Set<String> said = speakers.get(p.id());
            if (said == null) {
                writer.addDocument(fixed);
            } else {
                Document doc = new Document();
                fixed.forEach(doc::add);
                said.forEach(s -> doc.add(new StringField(IndexSchema.SPEAKER, s, Field.Store.NO)));
                writer.addDocument(doc);
            }
        }
    }

    private static void addQuotes(IndexWriter writer, Analysis analysis) throws IOException {
        for (Quote q : analysis.quotes()) {
            Document doc = new Document();
            doc.add(new StringField(IndexSchema.ID, q.id(), Field.Store.YES));
            for (String sourceId : q.sourceIds()) {
                doc.add(new StringField(IndexSchema.QUOTE_SOURCE, sourceId, Field.Store.YES));
            }
            if (q.speaker() != null && !q.speaker().isBlank()) {
                doc.add(new StringField(IndexSchema.SPEAKER, speakerKey(q.speaker()), Field.Store.NO));
                doc.add(new StoredField(IndexSchema.SPEAKER_NAME, q.speaker()));
            }
            doc.add(new Field(IndexSchema.QUOTE_TEXT, q.text(), IndexSchema.STORED_TEXT));
            doc.add(new Field(IndexSchema.QUOTE_EXACT, q.text(), IndexSchema.UNSTORED_TEXT));
            writer.addDocument(doc);
        }
    }
}
