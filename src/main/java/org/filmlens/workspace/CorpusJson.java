package org.filmlens.workspace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Source;
import org.filmlens.storage.AtomicFiles;
import org.filmlens.storage.FileLocks;
import org.filmlens.storage.StorageException;
import org.filmlens.storage.VersionedJson;

/**
 * How corpus.json is written and read. Passages were 79 of the 100 MB sample's 195 MB (546 k indented objects of
 * seven named fields), so since format 3 they are stored as runs, one per source in turn: {@code [sourceId, passage,
 * ...]}, each passage {@code [kind, start, end]}. What the ingest makes every passage by is not stored
 * ({@link PassageRuns.Run}: ordinal, id, section); a passage that differs (a hand-made or merged corpus) carries its
 * section, then its ordinal, then its id, as far as the last of them that differs. Read back, the passages stay in a
 * few arrays ({@link PassageRuns}) until the corpus is first asked for them: a command that lists or shows sources
 * never makes them. Format 2 (passages as objects of named fields) and format 1 (with their texts too) are read as
 * before, and saved again in format 3 ({@link #saveAgainQuietly}).
 */
final class CorpusJson {
    private static final ObjectMapper RUNS = VersionedJson.mapper().copy()
            .registerModule(new SimpleModule("filmlens-corpus")
                    .addSerializer(CorpusFile.class, new Writer())
                    .addDeserializer(CorpusFile.class, new Reader()));
    private static final PassageKind[] KINDS = PassageKind.values();
    /** An ingest holds the swap lock for two renames; saving again is only worth a short wait. */
    private static final Duration RESAVE_WAIT = Duration.ofSeconds(1);

    private CorpusJson() {}

    /** Writes {@code corpus} with {@code generation} in the current format beside {@code file}, to be committed. */
    static AtomicFiles.Staged stage(Path file, String generation, Corpus corpus) throws StorageException {
        return VersionedJson.stage(file, new CorpusFile(CorpusFile.VERSION, generation, corpus), RUNS);
    }

    /** corpus.json as stored, in any format this build reads. */
    static CorpusFile read(Path file) throws StorageException {
        int version = VersionedJson.leadingVersion(file);
        if (version == CorpusFile.VERSION) {
            return VersionedJson.readStreamed(file, RUNS.readerFor(CorpusFile.class));
        }
        StoredCorpus stored;
        if (version == StoredCorpus.VERSION) {
            stored = VersionedJson.readStreamed(file, VersionedJson.mapper().readerFor(StoredCorpus.class));
        } else {
            // format 1 (migrated to format 2's shape in memory), or a file that does not start as written (damaged,
            // not a corpus) or is newer: the general path reads it or says why it cannot
            int readsUpTo = version > CorpusFile.VERSION ? CorpusFile.VERSION : StoredCorpus.VERSION;
            stored = VersionedJson.read(file, StoredCorpus.class, readsUpTo, StoredCorpus.MIGRATIONS);
        }
        return new CorpusFile(stored.formatVersion(), stored.generation(),
                new Corpus(stored.film(), stored.sources(), stored.passages()));
    }

    /**
     * Saves a corpus read from an older format again in the current one, with its generation (the analysis and the
     * index stay of it), atomically, and only while {@code file} is still the one that was read ({@code read}): an
     * ingest that replaced it meanwhile must not be undone. When it fails, the older file stays and is read as before.
     */
    static void saveAgainQuietly(Path file, CorpusFile older, FileStamp read) {
        try (AtomicFiles.Staged staged = stage(file, older.generation(), older.corpus());
                FileLocks.Held swapping = FileLocks.acquire(swapLock(file), RESAVE_WAIT)) {
            if (read.exists() && read.equals(FileStamp.of(file))) {
                staged.commit();
            }
        } catch (IOException e) {
            // the older file stays (or an ingest is swapping its own in), and is read as it is
        }
    }

    /**
     * The lock held while corpus.json is replaced: by an ingest's commit, and by saving an older file again, whose
     * check that the file is still the one read and whose rename must not interleave with another process's ingest.
     */
    static Path swapLock(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    private static final class Writer extends JsonSerializer<CorpusFile> {
        @Override
        public void serialize(CorpusFile c, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeNumberField("formatVersion", c.formatVersion());
            json.writeStringField("generation", c.generation());
            json.writeFieldName("film");
            provider.defaultSerializeValue(c.corpus().film(), json);
            json.writeFieldName("sources");
            provider.defaultSerializeValue(c.corpus().sources(), json);
            json.writeFieldName("passages");
            writePassages(json, c.corpus().passages());
            json.writeEndObject();
        }

        private static void writePassages(JsonGenerator json, List<Passage> passages) throws IOException {
            json.writeStartArray();
            PassageRuns.Run run = null;
            for (Passage p : passages) {
                if (run == null || !Objects.equals(run.sourceId(), p.sourceId())) {
                    if (run != null) {
                        json.writeEndArray();
                    }
                    run = new PassageRuns.Run(p.sourceId());
                    json.writeStartArray();
                    json.writeString(p.sourceId());
                }
                json.writeStartArray();
                json.writeString(p.kind() == null ? null : p.kind().name());
                json.writeNumber(p.start());
                json.writeNumber(p.end());
                // read by position: storing one of them stores those before it too
                boolean ownId = !Objects.equals(p.id(), run.id(p.ordinal()));
                boolean ownOrdinal = ownId || p.ordinal() != run.nextOrdinal();
                if (ownOrdinal || !Objects.equals(p.section(), run.section(p.kind(), p.text()))) {
                    json.writeString(p.section());
                }
                if (ownOrdinal) {
                    json.writeNumber(p.ordinal());
                }
                if (ownId) {
                    json.writeString(p.id());
                }
                json.writeEndArray();
                run.passed(p);
            }
            if (run != null) {
                json.writeEndArray();
            }
            json.writeEndArray();
        }
    }

    /**
     * Reads format 3. The film and sources are bound as records; the passages come after the sources (as written)
     * and are read by hand into {@link PassageRuns}, their offsets checked against their source's text. Fields this
     * build does not know are skipped, as the plain mapper does.
     */
    private static final class Reader extends JsonDeserializer<CorpusFile> {
        @Override
        public CorpusFile deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                ctxt.reportInputMismatch(CorpusFile.class, "expected an object, found %s", p.currentToken());
            }
            int version = 0;
            String generation = null;
            Film film = null;
            List<Source> sources = null;
            PassageRuns passages = null;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                boolean isNull = p.nextToken() == JsonToken.VALUE_NULL;
                switch (field) {
                    case "formatVersion" -> version = ctxt.readValue(p, Integer.class);
                    case "generation" -> generation = isNull ? null : ctxt.readValue(p, String.class);
                    case "film" -> film = isNull ? null : ctxt.readValue(p, Film.class);
                    case "sources" -> sources = isNull ? null : ctxt.readValue(p,
                            ctxt.getTypeFactory().constructCollectionType(List.class, Source.class));
                    case "passages" -> passages = isNull ? null : readPassages(p, ctxt, sources);
                    default -> p.skipChildren();
                }
            }
            if (sources == null || passages == null) {
                ctxt.reportInputMismatch(CorpusFile.class, "no %s", sources == null ? "sources" : "passages");
            }
            return new CorpusFile(version, generation,
                    Corpus.withLaterPassages(film, sources, passages.counts(), passages::passages));
        }

        private static PassageRuns readPassages(JsonParser p, DeserializationContext ctxt, List<Source> sources)
                throws IOException {
            if (sources == null) {
                ctxt.reportInputMismatch(Passage.class, "passages before the sources they are cut from");
            }
            expect(p.currentToken(), ctxt, JsonToken.START_ARRAY, "an array of runs");
            Map<String, Source> byId = new HashMap<>();
            for (Source s : sources) {
                byId.put(s.id(), s);
            }
            PassageRuns runs = new PassageRuns();
            while (p.nextToken() == JsonToken.START_ARRAY) {
                expect(p.nextToken(), ctxt, JsonToken.VALUE_STRING, "a run starting with its source's id");
                Source source = byId.get(p.getText());
                if (source == null || source.text() == null) {
                    ctxt.reportInputMismatch(Passage.class, "passages of '%s', which is not a stored source",
                            p.getText());
                }
                runs.startRun(source);
                for (int n = 0; p.nextToken() == JsonToken.START_ARRAY; n++) {
                    try {
                        readPassage(p, ctxt, source, runs);
                    } catch (MismatchedInputException e) {
                        // say which passage: the parser's line and column are cut from the message the user is shown
                        ctxt.reportInputMismatch(Passage.class, "passage %d of the run of '%s': %s", n, source.id(),
                                e.getOriginalMessage());
                    }
                }
                expect(p.currentToken(), ctxt, JsonToken.END_ARRAY, "the end of a run or another passage");
            }
            expect(p.currentToken(), ctxt, JsonToken.END_ARRAY, "the end of the runs or another run");
            runs.finish();
            return runs;
        }

        /** A passage of the run of {@code source}'s passages (the caller says which one in an error). */
        private static void readPassage(JsonParser p, DeserializationContext ctxt, Source source, PassageRuns runs)
                throws IOException {
            PassageKind kind = kind(p, ctxt);
            int start = integer(p, ctxt);
            int end = integer(p, ctxt);
            if (start < 0 || start > end || end > source.text().length()) {
                ctxt.reportInputMismatch(Passage.class, "it lies outside its source's text");
            }
            PassageRuns.Own own = null;
            if (p.nextToken() != JsonToken.END_ARRAY) {
                String section = nullableString(p, ctxt);
                Integer ordinal = null;
                boolean hasId = false;
                String id = null;
                if (p.nextToken() != JsonToken.END_ARRAY) {
                    expect(p.currentToken(), ctxt, JsonToken.VALUE_NUMBER_INT, "an ordinal");
                    ordinal = p.getIntValue();
                    if (p.nextToken() != JsonToken.END_ARRAY) {
                        hasId = true;
                        id = nullableString(p, ctxt);
                        expect(p.nextToken(), ctxt, JsonToken.END_ARRAY, "the end of a passage");
                    }
                }
                own = new PassageRuns.Own(section, ordinal, hasId, id);
            }
            runs.add(kind, start, end, own);
        }

        /** The kind named by the next string, matched against the names with no String made. */
        private static PassageKind kind(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(t, ctxt, JsonToken.VALUE_STRING, "a passage's kind");
            for (PassageKind k : KINDS) {
                if (ParserText.is(k.name(), p)) {
                    return k;
                }
            }
            return ctxt.reportInputMismatch(PassageKind.class, "no passage kind '%s'", p.getText());
        }

        private static int integer(JsonParser p, DeserializationContext ctxt) throws IOException {
            expect(p.nextToken(), ctxt, JsonToken.VALUE_NUMBER_INT, "a whole number");
            return p.getIntValue();
        }

        private static String nullableString(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(p.currentToken(), ctxt, JsonToken.VALUE_STRING, "a string or null");
            return p.getText();
        }

        private static void expect(JsonToken t, DeserializationContext ctxt, JsonToken wanted, String what)
                throws IOException {
            if (t != wanted) {
                ctxt.reportInputMismatch(Passage.class, "expected %s, found %s", what, t);
            }
        }
    }
}
