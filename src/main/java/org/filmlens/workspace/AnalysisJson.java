package org.filmlens.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;
import org.filmlens.storage.AtomicFiles;
import org.filmlens.storage.StorageException;
import org.filmlens.storage.VersionedJson;

/**
 * How analysis.json is written and read. Mentions and quote occurrences were most of it (at 100 MB 1.4 M and 0.4 M
 * records), so since format 2 each is a short array rather than an object of named fields: a mention
 * {@code [sourceId, passageId, start, end]}, an occurrence the same followed by its speaker, marker and exchange as
 * far as the last one it has; an occurrence's text is its source's text between start and end (as a passage's is in
 * corpus.json) and is cut from it again on reading; a question's silent sources, which opening a workspace works out
 * afresh from the corpus in any case, are not stored; null fields are left out. The 100 MB sample's file went from
 * 547 to 209 MB. Reading shares the ids these records repeat ({@link Recent}). A format 1 file is bound as it is,
 * with the plain mapper.
 *
 * <p>Format 3 is format 2 with a table of its parts at the end ({@code "parts"}: each section's byte range, from
 * the end of its name to the end of its value), so that a section can be read alone ({@link Parts}): a command that
 * lists the cast reads the cast's 82 MB of the 100 MB sample's 209 MB, and opening reads the four on both cores. The
 * table comes last because the ingest writes each section as soon as it has it; a reader finds it in the file's last
 * bytes. The file stays one JSON document, which a format 2 reader's binding reads whole (it ignores the table).
 *
 * <p>Format 4 is format 3 with a quote's text left out when it is its first occurrence's text (348 k of the 100 MB
 * sample's 355 k quotes, a third of the quotes' bytes): the reader takes that occurrence's String, cut from the
 * corpus. A missing text always means the first occurrence's, and one without any occurrence to take it from is an
 * error of the file. A quote with no text at all (null, which the ingest never makes) is not written, and one read so
 * (from {@code "text" : null}, or from a format 2 or 3 file without its text) is refused by {@link #isWhole}.
 */
final class AnalysisJson {
    /** The attribute under which a read keeps the strings it shares (one {@link Recent} per read, dropped with it). */
    private static final String SHARED = "filmlens.recentStrings";
    /** The attribute under which a read of the quotes finds the corpus its occurrences' texts are cut from. */
    private static final String TEXTS = "filmlens.occurrenceTexts";
    /**
     * The attribute under which a read finds its file's format (a quote without its text means its first
     * occurrence's from format 4 on); set by every read, and a quote read without it is an error, not a guess.
     */
    private static final String FORMAT = "filmlens.formatVersion";

    /** Writes the current format (a quote's text left out where it is its first occurrence's), reads any. */
    private static final ObjectMapper COMPACT = compact(true);
    /** Writes a format 2 or 3 document's records (every quote with its text), for tests of those formats. */
    private static final ObjectMapper FORMAT_3 = compact(false);

    private static ObjectMapper compact(boolean leavesOutTextOfFirstOccurrence) {
        return VersionedJson.mapper().copy()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .addMixIn(EndingQuestion.class, SilentNotStored.class)
                .registerModule(new SimpleModule("filmlens-analysis")
                        .addSerializer(Mention.class, new MentionWriter())
                        .addDeserializer(Mention.class, new MentionReader())
                        .addSerializer(QuoteOccurrence.class, new OccurrenceWriter())
                        .addDeserializer(QuoteOccurrence.class, new OccurrenceReader())
                        .addSerializer(Quote.class, new QuoteWriter(leavesOutTextOfFirstOccurrence))
                        .addDeserializer(Quote.class, new QuoteReader()));
    }

    /**
     * A quote's text read from a file of format 4 without the corpus, left out there as its first occurrence's: made
     * that occurrence's text when its text is cut ({@link #withOccurrenceTexts}). Told apart by identity, not by its
     * characters; the reads hand it out until then, so the writer leaves it out again (format 4) or refuses it.
     */
    @SuppressWarnings("StringOperationCanBeSimplified") // a String of its own, compared by identity
    private static final String TEXT_OF_FIRST_OCCURRENCE = new String("");

    private AnalysisJson() {}

    /** The mapper writing the records of {@code version} (2 to 4; its values with {@link VersionedJson#writeValue}). */
    static ObjectMapper mapper(int version) {
        return version >= 4 ? COMPACT : FORMAT_3;
    }

    /**
     * analysis.json as stored, in any format this build reads. Its quotes must go through
     * {@link #withOccurrenceTexts} before use: their occurrences' texts are still to be cut, and a format 4 quote's
     * text left out as its first occurrence's is a placeholder until then.
     */
    static StoredAnalysis read(Path file) throws StorageException {
        int version = VersionedJson.leadingVersion(file);
        if (version >= 2 && version <= StoredAnalysis.VERSION) { // the same document, 3 and 4 with their table
            ObjectReader reader = COMPACT.readerFor(StoredAnalysis.class).withAttribute(SHARED, new Recent())
                    .withAttribute(FORMAT, version);
            return VersionedJson.readStreamed(file, reader);
        }
        if (version == 1) { // the same records, every field named: the plain mapper binds them as they are
            return VersionedJson.readStreamed(file, VersionedJson.mapper().readerFor(StoredAnalysis.class));
        }
        // damaged, not an analysis, or newer: the general path says which
        return VersionedJson.read(file, StoredAnalysis.class, StoredAnalysis.VERSION, Map.of());
    }

    /** Gives each section when it is to be written (an ingest's come as its stages finish, so this may wait). */
    @FunctionalInterface
    interface Sections {
        List<?> of(AnalysisPart part) throws IOException;
    }

    /** Writes {@code analysis} beside {@code file} in the current format, to be committed by the caller. */
    static AtomicFiles.Staged stage(Path file, String generation, Analysis analysis) throws StorageException {
        return stage(file, generation, (Sections) part -> part.of(analysis));
    }

    /** Writes the analysis beside {@code file} in the current format as its sections come, then its table of parts. */
    static AtomicFiles.Staged stage(Path file, String generation, Sections sections) throws StorageException {
        return stage(file, generation, sections, StoredAnalysis.VERSION);
    }

    /** As {@link #stage(Path, String, Sections)}, in format {@code version} (3 or 4; an older one for tests). */
    static AtomicFiles.Staged stage(Path file, String generation, Sections sections, int version)
            throws StorageException {
        return stage(file, generation, sections, version, null, Set.of());
    }

    /**
     * Writes {@code analysis} as {@link #stage(Path, String, Analysis)} does, but copies the {@code kept} parts'
     * bytes from {@code from} (a file of the current format and the same generation, whose parts hold what
     * {@code analysis} holds there) instead of writing them again: an edit of the ending changes 8 MB of the
     * 172 MB file at 100 MB. When {@code from} was written by this build, the bytes are those a whole write gives.
     */
    static AtomicFiles.Staged stageKeeping(Path file, String generation, Analysis analysis, Parts from,
                                           Set<AnalysisPart> kept) throws StorageException {
        if (from.version() != StoredAnalysis.VERSION || !from.generation().equals(generation)) {
            throw new IllegalArgumentException("parts are kept from a file of the current format and generation only");
        }
        return stage(file, generation, part -> part.of(analysis), StoredAnalysis.VERSION, from, kept);
    }

    private static AtomicFiles.Staged stage(Path file, String generation, Sections sections, int version,
                                            Parts from, Set<AnalysisPart> kept) throws StorageException {
        ObjectMapper mapper = mapper(version);
        try {
            return AtomicFiles.stage(file, out -> {
                Counted counted = new Counted(out);
                try (JsonGenerator json = mapper.writerWithDefaultPrettyPrinter().createGenerator(counted)) {
                    json.writeStartObject();
                    json.writeNumberField("formatVersion", version);
                    json.writeStringField("generation", generation);
                    json.writeFieldName("analysis");
                    json.writeStartObject();
                    long[][] ranges = new long[AnalysisPart.values().length][];
                    for (AnalysisPart part : AnalysisPart.values()) {
                        json.writeFieldName(part.field);
                        long start = counted.at(json);
                        if (kept.contains(part)) {
                            json.writeRawValue(""); // the separator before a value, as a value written would have
                            json.flush();
                            from.copyValue(part, counted);
                        } else {
                            VersionedJson.writeValue(json, sections.of(part), mapper);
                        }
                        ranges[part.ordinal()] = new long[] {start, counted.at(json)};
                    }
                    json.writeEndObject();
                    json.writeFieldName(PARTS);
                    json.writeStartObject();
                    for (AnalysisPart part : AnalysisPart.values()) {
                        json.writeFieldName(part.field);
                        json.writeArray(ranges[part.ordinal()], 0, 2);
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                }
            });
        } catch (JacksonException e) {
            throw new StorageException(file, "could not encode (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new StorageException(file, "could not save (" + e.getMessage() + ")", e);
        }
    }

    private static final String PARTS = "parts";
    /** The table of parts is about 200 bytes; a file whose last bytes do not hold it is read whole. */
    private static final int TAIL_BYTES = 4096;

    /** Counts the bytes written, so that a section's place in the file is known as it is written. */
    private static final class Counted extends FilterOutputStream {
        private long count;

        Counted(OutputStream out) {
            super(out);
        }

        /** Where the generator's next byte goes in the file. */
        long at(JsonGenerator json) {
            return count + json.getOutputBuffered();
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /**
     * A file with a table of its parts (format 3 or 4) read a part at a time: its generation from its first bytes,
     * its table from its last, each part from its own bytes (on any thread: positional reads of one channel, each
     * sharing ids within itself). All of them come through the one channel opened first, so they are the bytes of
     * the file whose table was read even when another analysis.json is renamed in meanwhile (an ingest's or an
     * edit's commit, in this process or another): a path opened anew for each read would take the new file's bytes
     * at the old file's places. Closing it closes the channel.
     */
    static final class Parts implements AutoCloseable {
        private final Path file;
        private final FileChannel channel;
        private final int version;
        private final String generation;
        private final long[][] ranges;

        private Parts(Path file, FileChannel channel, int version, String generation, long[][] ranges) {
            this.file = file;
            this.channel = channel;
            this.version = version;
            this.generation = generation;
            this.ranges = ranges;
        }

        /**
         * The parts of {@code file} when it is in format 3 or 4 with a whole table of them; empty when it is missing
         * or any other file (older, damaged, cut short), which is then read whole: that read says what is wrong and
         * where.
         */
        static Optional<Parts> of(Path file) {
            FileChannel in;
            try {
                in = FileChannel.open(file, StandardOpenOption.READ);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
            Optional<Parts> parts = Optional.empty();
            try {
                parts = withTable(file, in);
            } catch (IOException | RuntimeException e) {
                // damaged: read whole, which says what is wrong
            } finally {
                if (parts.isEmpty()) {
                    closeQuietly(in);
                }
            }
            return parts;
        }

        /** The parts read through {@code in}, which they keep open; empty when the file has no whole table. */
        private static Optional<Parts> withTable(Path file, FileChannel in) throws IOException {
            long size = in.size();
            int version = VersionedJson.leadingVersion(new Range(in, 0, size));
            Optional<String> generation = VersionedJson.leadingText(new Range(in, 0, size), 3,
                    StoredAnalysis.VERSION, "generation");
            if (generation.isEmpty()) { // another format, or not an analysis
                return Optional.empty();
            }
            int tailSize = (int) Math.min(size, TAIL_BYTES);
            ByteBuffer tail = ByteBuffer.allocate(tailSize);
            while (tail.hasRemaining() && in.read(tail, size - tailSize + tail.position()) > 0) {
                // read on
            }
            String text = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
            int at = text.lastIndexOf('"' + PARTS + '"');
            if (at < 0) {
                return Optional.empty();
            }
            // from the table's name to the file's end: the document's last member, closed as one object
            Map<?, ?> table = COMPACT.readValue("{" + text.substring(at), Map.class);
            long[][] ranges = new long[AnalysisPart.values().length][];
            long end = 0;
            for (AnalysisPart part : AnalysisPart.values()) {
                if (!(table.get(PARTS) instanceof Map<?, ?> parts)
                        || !(parts.get(part.field) instanceof List<?> range) || range.size() != 2
                        || !(range.get(0) instanceof Number from) || !(range.get(1) instanceof Number to)
                        || from.longValue() < end || to.longValue() <= from.longValue()
                        || to.longValue() > size) {
                    return Optional.empty();
                }
                ranges[part.ordinal()] = new long[] {from.longValue(), to.longValue()};
                end = to.longValue();
            }
            return Optional.of(new Parts(file, in, version, generation.get(), ranges));
        }

        private static void closeQuietly(FileChannel in) {
            try {
                in.close();
            } catch (IOException e) {
                // only read from
            }
        }

        String generation() {
            return generation;
        }

        /** The file's format, 3 or 4 (one of 3 is saved again as the current one once it has been read whole). */
        int version() {
            return version;
        }

        /**
         * One part as stored. The quotes must go through {@link #withOccurrenceTexts} before use: their occurrences
         * are without their texts, and a format 4 quote's text left out as its first occurrence's is a placeholder
         * until then.
         * Throws a StorageException naming the file, the part and its bytes when they are not one whole value of
         * the part's shape (damaged, cut short, written over).
         */
        List<?> read(AnalysisPart part) throws StorageException {
            return read(part, null);
        }

        /**
         * One part, the quotes' occurrences with their texts cut from {@code corpus} as they are read (when it is
         * not null): the same as {@link #withOccurrenceTexts} afterwards, without a second quote and occurrence
         * made for each. An occurrence outside its source is an error of the part, as any other damage.
         */
        List<?> read(AnalysisPart part, Corpus corpus) throws StorageException {
            long from = ranges[part.ordinal()][0];
            long to = ranges[part.ordinal()][1];
            String where = "the " + part.field + " (bytes " + from + " to " + to + ")";
            long start = from; // where the value begins, for the place of an error
            try {
                PushbackInputStream in = new PushbackInputStream(new Range(channel, from, to - from));
                int b = in.read();
                while (b == ' ' || b == ':' || b == '\n' || b == '\r' || b == '\t') { // the name's separator
                    b = in.read();
                    start++;
                }
                if (b != '[') {
                    throw new StorageException(file, where + ": not a list where the table of parts says");
                }
                in.unread(b);
                ObjectReader reader = COMPACT.readerFor(part.type).withAttribute(SHARED, new Recent())
                        .withAttribute(FORMAT, version);
                if (part == AnalysisPart.QUOTES && corpus != null) {
                    reader = reader.withAttribute(TEXTS, new SourceTexts(corpus));
                }
                try (JsonParser json = reader.createParser(in)) {
                    if (part == AnalysisPart.QUOTES) {
                        // the quote reader refuses a repeated field itself: the parser's own check keeps a set of
                        // the names of every object of more than two fields, a fifth of what reading the quotes
                        // allocated (turned off on the parser: the reader's "without" of it does not reach it)
                        json.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                    }
                    List<?> value = reader.readValue(json);
                    if (value == null || value.contains(null)) {
                        throw new StorageException(file, where + ": a list with a hole in it");
                    }
                    if (json.nextToken() != null) { // as the mapper refuses trailing tokens in a whole file
                        throw new StorageException(file, where + ": more than one value where the table of parts "
                                + "says");
                    }
                    return value;
                }
            } catch (StorageException e) {
                throw e;
            } catch (JacksonException e) {
                throw new StorageException(file, where + ": not valid JSON or unexpected content ("
                        + e.getOriginalMessage() + (e.getLocation() == null ? ""
                        : ", at byte " + (start + e.getLocation().getByteOffset())) + ")", e);
            } catch (IOException | IllegalArgumentException e) {
                throw new StorageException(file, where + ": cannot read (" + e.getMessage() + ")", e);
            }
        }

        /** Copies one part's value as stored (its list, without the separator before it) to {@code out}. */
        void copyValue(AnalysisPart part, OutputStream out) throws IOException {
            long from = ranges[part.ordinal()][0];
            long to = ranges[part.ordinal()][1];
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            boolean inValue = false;
            for (long at = from; at < to; ) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), to - at));
                int n = channel.read(buffer, at);
                if (n <= 0) {
                    throw new IOException(file + ": the " + part.field + " end before the table of parts says");
                }
                int first = 0;
                while (!inValue && first < n) { // the name's separator, written again by the caller
                    byte b = buffer.get(first);
                    if (b == '[') {
                        inValue = true;
                    } else if (b == ' ' || b == ':' || b == '\n' || b == '\r' || b == '\t') {
                        first++;
                    } else {
                        throw new IOException(file + ": the " + part.field + " are not a list where the table of "
                                + "parts says");
                    }
                }
                out.write(buffer.array(), first, n - first);
                at += n;
            }
        }

        @Override
        public void close() {
            closeQuietly(channel);
        }
    }

    /**
     * {@code length} bytes of a channel from {@code position} on, read at their places (the channel's own position
     * is left alone, so that several threads read one channel at once).
     */
    private static final class Range extends InputStream {
        private final FileChannel channel;
        private long position;
        private long left;

        Range(FileChannel channel, long position, long length) {
            this.channel = channel;
            this.position = position;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, left)), position);
            if (n > 0) {
                position += n;
                left -= n;
            }
            return n;
        }
    }

    /**
     * Whether a file that was valid JSON of the right shape also held every list opening a workspace goes through,
     * and every quote's text; binding leaves a field the file lacks null, and only a damaged or hand-made file lacks
     * one. A quote without its text is refused rather than kept: the ingest always gives one, and a format 4 file
     * whose version was damaged to 3 reads almost every quote so (format 3 has no text left out).
     */
    static boolean isWhole(Analysis a) {
        return a != null && a.quotes() != null && a.characters() != null && a.scenes() != null && a.ending() != null
                && !a.ending().contains(null) && a.quotes().stream().allMatch(q -> q != null && isWhole(q));
    }

    /** Whether a quote read has its text and its occurrences, as the ingest makes every quote. */
    static boolean isWhole(Quote q) {
        return q.text() != null && q.occurrences() != null && !q.occurrences().contains(null);
    }

    /**
     * The quotes with each occurrence's text cut from its source (no format stores them), and a format 4 quote read
     * without the corpus given its first occurrence's text; unchanged when they have their texts. Throws
     * IllegalArgumentException when an occurrence lies outside its source's text, which only a damaged file or one
     * of another corpus can cause.
     */
    static List<Quote> withOccurrenceTexts(List<Quote> quotes, Corpus corpus) {
        if (haveTexts(quotes)) { // read with their texts (Parts#read with the corpus)
            return quotes;
        }
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            if (q.text() != TEXT_OF_FIRST_OCCURRENCE && q.occurrences().stream().allMatch(o -> o.text() != null)) {
                out.add(q);
                continue;
            }
            List<QuoteOccurrence> occurrences = new ArrayList<>(q.occurrences().size());
            for (QuoteOccurrence o : q.occurrences()) {
                occurrences.add(o.text() != null ? o : new QuoteOccurrence(o.sourceId(), o.passageId(), o.start(),
                        o.end(), cut(o, corpus), o.speaker(), o.marker(), o.exchangeId()));
            }
            // the reader refused a quote without its text and without a first occurrence to take it from
            String text = q.text() == TEXT_OF_FIRST_OCCURRENCE ? occurrences.get(0).text() : q.text();
            out.add(new Quote(q.id(), text, q.speaker(), q.sourceIds(), occurrences));
        }
        return out;
    }

    private static boolean haveTexts(List<Quote> quotes) {
        for (int i = 0; i < quotes.size(); i++) { // (no iterator per quote: 355 k at 100 MB)
            if (quotes.get(i).text() == TEXT_OF_FIRST_OCCURRENCE) {
                return false;
            }
            List<QuoteOccurrence> occurrences = quotes.get(i).occurrences();
            for (int j = 0; j < occurrences.size(); j++) {
                if (occurrences.get(j).text() == null) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String cut(QuoteOccurrence o, Corpus corpus) {
        String text = within(corpus.source(o.sourceId()).map(Source::text).orElse(null), o.start(), o.end());
        if (text == null) {
            throw new IllegalArgumentException("an occurrence in " + o.passageId() + " lies outside its source");
        }
        return text;
    }

    /** The stretch of a source's text an occurrence names, or null when there is no such text or it lies outside. */
    private static String within(String sourceText, int start, int end) {
        if (sourceText == null || start < 0 || start > end || end > sourceText.length()) {
            return null;
        }
        return sourceText.substring(start, end);
    }

    /** Format 2 leaves a question's silent sources out: they are worked out again from the corpus on opening. */
    @JsonIgnoreProperties("silent")
    private interface SilentNotStored {}

    /** Opens a record's array with where it is, the first four elements of a mention and an occurrence alike. */
    private static void startPlace(JsonGenerator json, String sourceId, String passageId, int start, int end)
            throws IOException {
        json.writeStartArray();
        json.writeString(sourceId);
        json.writeString(passageId);
        json.writeNumber(start);
        json.writeNumber(end);
    }

    /**
     * A quote's object, its fields in the order of the record and null ones left out, as the mapper wrote them
     * before; in format 4 its text left out where it is its first occurrence's, and a quote without a text refused.
     */
    private static final class QuoteWriter extends JsonSerializer<Quote> {
        /** The occurrences written in place, not through a serializer looked up for each quote's list. */
        private static final OccurrenceWriter OCCURRENCE = new OccurrenceWriter();
        private final boolean leavesOutTextOfFirstOccurrence;

        QuoteWriter(boolean leavesOutTextOfFirstOccurrence) {
            this.leavesOutTextOfFirstOccurrence = leavesOutTextOfFirstOccurrence;
        }

        @Override
        public void serialize(Quote q, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject(q);
            if (q.id() != null) {
                json.writeStringField("id", q.id());
            }
            if (!leavesOutTextOfFirstOccurrence) {
                if (q.text() == TEXT_OF_FIRST_OCCURRENCE) { // format 3 has no way to say "its first occurrence's"
                    throw new IllegalStateException("quote " + q.id() + ": its text is still to be filled in "
                            + "(withOccurrenceTexts)");
                }
                if (q.text() != null) {
                    json.writeStringField("text", q.text());
                }
            } else if (q.text() == null) { // a missing text is the first occurrence's: none can say "no text"
                throw new IllegalStateException("quote " + q.id() + " has no text (the ingest always gives one)");
            } else if (!isTextOfFirstOccurrence(q)) {
                json.writeStringField("text", q.text());
            }
            if (q.speaker() != null) {
                json.writeStringField("speaker", q.speaker());
            }
            if (q.sourceIds() != null) {
                json.writeFieldName("sourceIds");
                json.writeStartArray();
                for (int i = 0; i < q.sourceIds().size(); i++) {
                    json.writeString(q.sourceIds().get(i));
                }
                json.writeEndArray();
            }
            if (q.occurrences() != null) {
                json.writeFieldName("occurrences");
                json.writeStartArray();
                for (int i = 0; i < q.occurrences().size(); i++) { // (no iterator: 355 k quotes at 100 MB)
                    QuoteOccurrence o = q.occurrences().get(i);
                    if (o == null) {
                        json.writeNull();
                    } else {
                        OCCURRENCE.serialize(o, json, provider);
                    }
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }

        /** True for the placeholder too: it is only ever a text read as left out, so left out again reads the same. */
        private static boolean isTextOfFirstOccurrence(Quote q) {
            return q.text() == TEXT_OF_FIRST_OCCURRENCE || q.occurrences() != null && !q.occurrences().isEmpty()
                    && q.occurrences().get(0) != null && q.text().equals(q.occurrences().get(0).text());
        }
    }

    private static final class MentionWriter extends JsonSerializer<Mention> {
        @Override
        public void serialize(Mention m, JsonGenerator json, SerializerProvider provider) throws IOException {
            startPlace(json, m.sourceId(), m.passageId(), m.start(), m.end());
            json.writeEndArray();
        }
    }

    private static final class OccurrenceWriter extends JsonSerializer<QuoteOccurrence> {
        @Override
        public void serialize(QuoteOccurrence o, JsonGenerator json, SerializerProvider provider) throws IOException {
            startPlace(json, o.sourceId(), o.passageId(), o.start(), o.end());
            // trailing nulls left out; a null before a value kept
            int last = o.exchangeId() != null ? 3 : o.marker() != null ? 2 : o.speaker() != null ? 1 : 0;
            String[] rest = {o.speaker(), o.marker(), o.exchangeId()};
            for (int i = 0; i < last; i++) {
                json.writeString(rest[i]);
            }
            json.writeEndArray();
        }
    }

    private static final class MentionReader extends JsonDeserializer<Mention> {
        @Override
        public Mention deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields f = Recent.of(ctxt).fields(p, ctxt);
            Mention m = new Mention(f.string(0), f.string(1), f.integer(), f.integer());
            f.end();
            return m;
        }
    }

    private static final class OccurrenceReader extends JsonDeserializer<QuoteOccurrence> {
        @Override
        public QuoteOccurrence deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return occurrence(p, ctxt, Recent.of(ctxt), null);
        }
    }

    /** An occurrence's array, its text cut from {@code texts} when given (else left null). */
    private static QuoteOccurrence occurrence(JsonParser p, DeserializationContext ctxt, Recent recent,
                                              SourceTexts texts) throws IOException {
        Fields f = recent.fields(p, ctxt);
        String sourceId = f.string(0);
        String passageId = f.string(1);
        int start = f.integer();
        int end = f.integer();
        String text = texts == null ? null : texts.cut(sourceId, passageId, start, end, p, ctxt);
        QuoteOccurrence o = new QuoteOccurrence(sourceId, passageId, start, end, text, f.optionalString(2),
                f.optionalString(3), f.optionalString(4));
        f.end();
        return o;
    }

    /** The sources' texts that occurrences are cut from, the last one looked up kept (they come source by source). */
    private static final class SourceTexts {
        private final Corpus corpus;
        private String lastId;
        private String lastText;

        SourceTexts(Corpus corpus) {
            this.corpus = corpus;
        }

        String cut(String sourceId, String passageId, int start, int end, JsonParser p, DeserializationContext ctxt)
                throws IOException {
            if (!sourceId.equals(lastId)) {
                lastText = corpus.source(sourceId).map(Source::text).orElse(null);
                lastId = sourceId;
            }
            String text = within(lastText, start, end);
            if (text == null) {
                ctxt.reportInputMismatch(QuoteOccurrence.class, "an occurrence in %s lies outside its source",
                        passageId);
            }
            return text;
        }
    }

    /**
     * A quote's object read field by field: Jackson's binding of a record goes through a buffer of its properties
     * and reflection for each of the 355 k quotes of the 100 MB sample, and with duplicate detection keeps a set of
     * each object's names. This one refuses a repeated field itself (the part's parser does not look for them),
     * skips unknown ones as the binding did, shares the sources' ids and speakers a quote repeats
     * ({@link Recent#shared}), and reads the occurrences in place, their texts cut as they come when the read has
     * the corpus. A format 4 quote without its text takes its first occurrence's.
     */
    private static final class QuoteReader extends JsonDeserializer<Quote> {
        private static final String[] NAMES = {"id", "text", "speaker", "sourceIds", "occurrences"};

        @Override
        public Quote deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                ctxt.reportInputMismatch(Quote.class, "expected a quote's object, found %s", p.currentToken());
            }
            Recent recent = Recent.of(ctxt);
            SourceTexts texts = ctxt.getAttribute(TEXTS) instanceof SourceTexts t ? t : null;
            String id = null;
            String text = null;
            String speaker = null;
            List<String> sourceIds = null;
            List<QuoteOccurrence> occurrences = null;
            int seen = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                int field = field(p);
                JsonToken value = p.nextToken();
                if (field < 0) {
                    p.skipChildren(); // unknown: ignored, as the mapper ignores unknown fields
                    continue;
                }
                if ((seen & 1 << field) != 0) {
                    ctxt.reportInputMismatch(Quote.class, "duplicate field '%s'", NAMES[field]);
                }
                seen |= 1 << field;
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (field) {
                    case 0 -> id = string(p, ctxt).getText();
                    case 1 -> text = string(p, ctxt).getText();
                    case 2 -> speaker = recent.shared(string(p, ctxt));
                    case 3 -> {
                        expectArray(p, ctxt);
                        sourceIds = new ArrayList<>(2);
                        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                            sourceIds.add(e == JsonToken.VALUE_NULL ? null : recent.shared(string(p, ctxt)));
                        }
                    }
                    default -> {
                        expectArray(p, ctxt);
                        occurrences = new ArrayList<>(2);
                        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                            occurrences.add(e == JsonToken.VALUE_NULL ? null : occurrence(p, ctxt, recent, texts));
                        }
                    }
                }
            }
            if ((seen & 1 << 1) == 0 && formatOf(ctxt) >= 4) { // left out as its first occurrence's
                if (occurrences == null || occurrences.isEmpty() || occurrences.get(0) == null) {
                    ctxt.reportInputMismatch(Quote.class, "a quote without its text (%s) has no first occurrence "
                            + "to take it from", id);
                }
                text = texts != null ? occurrences.get(0).text() : TEXT_OF_FIRST_OCCURRENCE;
                return new Quote(id, text, speaker, sourceIds, occurrences);
            }
            return new Quote(id, sharedWithOccurrence(text, occurrences), speaker, sourceIds, occurrences);
        }

        /** The format of the file read: what a missing text means depends on it, so it is never assumed. */
        private static int formatOf(DeserializationContext ctxt) {
            if (!(ctxt.getAttribute(FORMAT) instanceof Integer version)) {
                throw new IllegalStateException("quotes read without their file's format (" + FORMAT + ")");
            }
            return version;
        }

        /**
         * The quote's text, or the String of an occurrence worded the same: a quote's text is one of its occurrences'
         * (the ingest makes it so; at 100 MB every quote but a few thousand), and one String then serves both.
         */
        private static String sharedWithOccurrence(String text, List<QuoteOccurrence> occurrences) {
            if (text == null || occurrences == null) {
                return text;
            }
            for (int i = 0; i < occurrences.size(); i++) { // (no iterator: 355 k quotes at 100 MB)
                QuoteOccurrence o = occurrences.get(i);
                if (o != null && text.equals(o.text())) {
                    return o.text();
                }
            }
            return text;
        }

        /** Which of {@link #NAMES} the current field name is, or -1 (the parser's names are made once per file). */
        private static int field(JsonParser p) throws IOException {
            return switch (p.currentName()) {
                case "id" -> 0;
                case "text" -> 1;
                case "speaker" -> 2;
                case "sourceIds" -> 3;
                case "occurrences" -> 4;
                default -> -1;
            };
        }

        private static JsonParser string(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                ctxt.reportInputMismatch(String.class, "expected a string, found %s", p.currentToken());
            }
            return p;
        }

        private static void expectArray(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                ctxt.reportInputMismatch(List.class, "expected a list, found %s", p.currentToken());
            }
        }
    }

    /**
     * The last string read in each field (source, passage, speaker, marker, exchange). A character's mentions and a
     * quote's occurrences come source by source, so a field most often repeats the one before it: then the parser's
     * characters are compared with it and it is shared, with no String made. Ids are most of the strings the
     * analysis keeps (1.8 M source and passage ids at 100 MB), and each kept once per run rather than once per record
     * halves what the collector copies while the file is read. A quote's speaker and source ids, which repeat from
     * quote to quote in no order, are shared through a small table by their characters' hash instead.
     */
    private static final class Recent {
        final String[] last = new String[5];
        /** Strings met before, by the hash of their characters; a slot taken by another keeps the newer. */
        private final String[] table = new String[1024];

        /** The one reader of records' fields for this read, one per parser (1.4 M mentions at 100 MB: 42 MB). */
        private Fields fields;

        static Recent of(DeserializationContext ctxt) {
            return ctxt.getAttribute(SHARED) instanceof Recent r ? r : new Recent();
        }

        /** The fields of the record the parser is at. */
        Fields fields(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (fields == null || fields.p != p || fields.ctxt != ctxt) {
                fields = new Fields(p, ctxt, this);
            }
            return fields.start();
        }

        /** The parser's current string, the same String as when it was last met in the table's slot. */
        String shared(JsonParser p) throws IOException {
            char[] chars = p.getTextCharacters();
            int offset = p.getTextOffset();
            int length = p.getTextLength();
            int hash = 0;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + chars[offset + i];
            }
            int slot = (hash ^ hash >>> 16) & (table.length - 1);
            String before = table[slot];
            if (before != null && ParserText.is(before, p)) {
                return before;
            }
            String s = new String(chars, offset, length);
            table[slot] = s;
            return s;
        }

        String share(JsonParser p, int field) throws IOException {
            String before = last[field];
            if (before != null && ParserText.is(before, p)) {
                return before;
            }
            String s = p.getText();
            last[field] = s;
            return s;
        }
    }

    /** The elements of one record's array, read in order. */
    private static final class Fields {
        private final JsonParser p;
        private final DeserializationContext ctxt;
        private final Recent recent;
        private boolean ended;

        Fields(JsonParser p, DeserializationContext ctxt, Recent recent) {
            this.p = p;
            this.ctxt = ctxt;
            this.recent = recent;
        }

        /** Starts on the record whose array the parser is at. */
        Fields start() throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                ctxt.reportInputMismatch(Mention.class, "expected an array, found %s", p.currentToken());
            }
            ended = false;
            return this;
        }

        String string(int field) throws IOException {
            JsonToken t = p.nextToken();
            if (t != JsonToken.VALUE_STRING) {
                ctxt.reportInputMismatch(String.class, "expected a string, found %s", t);
            }
            return recent.share(p, field);
        }

        int integer() throws IOException {
            JsonToken t = p.nextToken();
            if (t != JsonToken.VALUE_NUMBER_INT) {
                ctxt.reportInputMismatch(Integer.class, "expected a whole number, found %s", t);
            }
            return p.getIntValue();
        }

        /** The next string, or null when the array has ended (or holds null there). */
        String optionalString(int field) throws IOException {
            if (ended) {
                return null;
            }
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                ended = true;
                return null;
            }
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_STRING) {
                ctxt.reportInputMismatch(String.class, "expected a string or null, found %s", t);
            }
            return recent.share(p, field);
        }

        void end() throws IOException {
            if (!ended && p.nextToken() != JsonToken.END_ARRAY) {
                ctxt.reportInputMismatch(Mention.class, "more elements than expected: %s", p.currentToken());
            }
        }
    }
}
