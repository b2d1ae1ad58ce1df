package org.filmlens.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;

/**
 * Everything the index holds, as one numbered sequence: the passages in corpus order, then the canonical quotes.
 * The number is the document's place in the index, so any contiguous range can be written by its own thread and
 * the ranges joined in order ({@link IndexBuilder}). Shared read-only between those threads.
 */
final class IndexDocuments {
    /** What a document costs to index besides its characters, in characters (field setup, ids, norms). */
    private static final int COST_PER_DOCUMENT = 64;

    private final List<Passage> passages;
    private final List<Quote> quotes;
    private final Map<String, String> kindBySource = new HashMap<>();
    /**
     * Passage id → the canonical speakers of the quotes it contains, first seen first, each key one String shared
     * by all its passages. Arrays, not sets: at 100 MB 400,000 passages hold a quote, nearly all of one speaker,
     * and a set each (with its map, table and entry) held about 85 MB more while the index was written beside the
     * cast and scenes, the ingest's fullest heap.
     */
    private final Map<String, String[]> speakers = new HashMap<>();

    IndexDocuments(Corpus corpus, Analysis analysis) {
        this.passages = corpus.passages();
        this.quotes = analysis.quotes();
        for (Source s : corpus.sources()) {
            kindBySource.put(s.id(), s.kind().label());
        }
        Map<String, String> keys = new HashMap<>();
        for (Quote q : quotes) {
            if (hasSpeaker(q)) {
                String key = keys.computeIfAbsent(q.speaker(), IndexDocuments::speakerKey);
                for (QuoteOccurrence o : q.occurrences()) {
                    speakers.merge(o.passageId(), new String[] {key}, IndexDocuments::withKey);
                }
            }
        }
    }

    /** The speakers {@code held} with {@code added}'s one key after them, unless they hold it already. */
    private static String[] withKey(String[] held, String[] added) {
        String key = added[0];
        for (String s : held) {
            if (s.equals(key)) {
                return held;
            }
        }
        String[] more = Arrays.copyOf(held, held.length + 1);
        more[held.length] = key;
        return more;
    }

    static String speakerKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean hasSpeaker(Quote q) {
        return q.speaker() != null && !q.speaker().isBlank();
    }

    int size() {
        return passages.size() + quotes.size();
    }

    /** The passages, documents 0 to {@code passages().size() - 1}. */
    List<Passage> passages() {
        return passages;
    }

    /** The speaker keys a passage's document carries, or null when it has none. */
    String[] speakersOf(String passageId) {
        return speakers.get(passageId);
    }

    /** Rough indexing cost of document {@code i}, to give each thread a fair share. */
    long cost(int i) {
        String text = i < passages.size() ? passages.get(i).text() : quotes.get(i - passages.size()).text();
        return COST_PER_DOCUMENT + (text == null ? 0 : text.length());
    }

    /** Adds documents to {@code writer} through fields of its own: one per thread. */
    Writer writer(IndexWriter writer) {
        return new Writer(writer);
    }

    /**
     * Fields made once and refilled for each document (the per-document allocation Lucene advises against). A text's
     * two fields take their words from one {@link SharedTokens}, so each text is tokenized once.
     */
    final class Writer {
        private final IndexWriter writer;
        private final SharedTokens tokens = new SharedTokens();
        private final Field id = new StringField(IndexSchema.ID, "", Field.Store.YES);
        private final Field source = new StringField(IndexSchema.SOURCE, "", Field.Store.YES);
        private final Field sourceKind = new StringField(IndexSchema.SOURCE_KIND, "", Field.Store.NO);
        private final Field passageKind = new StringField(IndexSchema.PASSAGE_KIND, "", Field.Store.NO);
        private final Field section = new StoredField(IndexSchema.SECTION, "");
        private final Field ordinal = new StoredField(IndexSchema.ORDINAL, 0);
        private final Field text = new SharedTokenField(IndexSchema.TEXT, IndexSchema.STORED_TEXT, tokens, true);
        private final Field exact = new SharedTokenField(IndexSchema.EXACT, IndexSchema.UNSTORED_TEXT, tokens, false);
        private final Document passage = new Document();
        private final Field quoteText = new SharedTokenField(IndexSchema.QUOTE_TEXT, IndexSchema.STORED_TEXT,
                tokens, true);
        private final Field quoteExact = new SharedTokenField(IndexSchema.QUOTE_EXACT, IndexSchema.UNSTORED_TEXT,
                tokens, false);

        private Writer(IndexWriter writer) {
            this.writer = writer;
            for (Field f : new Field[] {id, source, sourceKind, passageKind, section, ordinal, text, exact}) {
                passage.add(f);
            }
        }

        /** Stops with an exception when the thread is interrupted: a build in the background can be called off. */
        void write(int from, int to) throws IOException {
            for (int i = from; i < to; i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("the search index build was stopped");
                }
                if (i < passages.size()) {
                    add(passages.get(i));
                } else {
                    add(quotes.get(i - passages.size()));
                }
            }
        }

        private void add(Passage p) throws IOException {
            id.setStringValue(p.id());
            source.setStringValue(p.sourceId());
            sourceKind.setStringValue(kindBySource.getOrDefault(p.sourceId(), ""));
            passageKind.setStringValue(p.kind() == null ? "" : p.kind().name().toLowerCase(Locale.ROOT));
            section.setStringValue(p.section() == null ? "" : p.section());
            ordinal.setIntValue(p.ordinal());
            tokens.read(p.text());
            text.setStringValue(p.text());
            exact.setStringValue(p.text());
            String[] said = speakers.get(p.id());
            if (said == null) {
                writer.addDocument(passage);
                return;
            }
            Document doc = new Document();
            passage.forEach(doc::add);
            for (String s : said) {
                doc.add(new StringField(IndexSchema.SPEAKER, s, Field.Store.NO));
            }
            writer.addDocument(doc);
        }

        private void add(Quote q) throws IOException {
            Document doc = new Document();
            id.setStringValue(q.id());
            doc.add(id);
            for (String sourceId : q.sourceIds()) {
                doc.add(new StringField(IndexSchema.QUOTE_SOURCE, sourceId, Field.Store.YES));
            }
            if (hasSpeaker(q)) {
                doc.add(new StringField(IndexSchema.SPEAKER, speakerKey(q.speaker()), Field.Store.NO));
                doc.add(new StoredField(IndexSchema.SPEAKER_NAME, q.speaker()));
            }
            tokens.read(q.text());
            quoteText.setStringValue(q.text());
            quoteExact.setStringValue(q.text());
            doc.add(quoteText);
            doc.add(quoteExact);
            writer.addDocument(doc);
        }
    }

    /** A text field whose words come from a {@link SharedTokens} that has read its text, not from the analyzer. */
    private static final class SharedTokenField extends Field {
        private final SharedTokens tokens;
        private final boolean stemmed;

        SharedTokenField(String name, FieldType type, SharedTokens tokens, boolean stemmed) {
            super(name, "", type);
            this.tokens = tokens;
            this.stemmed = stemmed;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            // the field's value and the tokens must be of one text: a value set without a read would index another
            if (stringValue() != tokens.text()) {
                throw new IllegalStateException("field " + name() + " holds a text its shared tokens have not read");
            }
            return stemmed ? tokens.stemmed() : tokens.exact();
        }
    }
}
