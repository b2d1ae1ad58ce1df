package org.filmlens.storage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads and writes the workspace's JSON files. Every file starts with {@code formatVersion}; older versions are
 * migrated one step at a time, newer ones are refused. The mapper is hardened: no default typing, trailing tokens
 * rejected, unknown fields ignored (so older builds read newer minor additions), and documents bounded in size.
 */
public final class VersionedJson {
    /** The largest workspace JSON file we agree to read. */
    public static final long MAX_BYTES = 1L << 30;

    private static final ObjectMapper MAPPER = createMapper();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private VersionedJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(200_000_000)
                        .maxNestingDepth(64)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /**
     * Reads {@code file}, migrating it to {@code currentVersion}.
     *
     * @param migrations for each old version v, the step that turns a v document into a v+1 document
     */
    public static <T> T read(Path file, Class<T> type, int currentVersion,
                             Map<Integer, UnaryOperator<ObjectNode>> migrations) throws StorageException {
        checkSize(file);
        if (leadingVersion(file) == currentVersion) {
            return readCurrent(file, type);
        }
        return parse(file, readBounded(file), type, currentVersion, migrations);
    }

    /**
     * A file already in the current format is bound straight from the stream: a workspace's corpus and analysis
     * run to hundreds of megabytes, and neither their bytes nor a tree of them fit beside the data in the heap.
     */
    private static <T> T readCurrent(Path file, Class<T> type) throws StorageException {
        return readStreamed(file, MAPPER.readerFor(type));
    }

    /**
     * Binds {@code file} straight from the stream with {@code reader} (a mapper of the file's own, for a format that
     * shapes some records differently), with the errors {@link #read} gives; the caller has checked the version.
     */
    public static <T> T readStreamed(Path file, ObjectReader reader) throws StorageException {
        checkSize(file);
        try (InputStream in = Files.newInputStream(file)) {
            return reader.readValue(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new StorageException(file, problem(isSyntaxError(e) ? "not valid JSON" : "unexpected content", e), e);
        }
    }

    /** Binding wraps the parser's own errors; a damaged file is told apart from a wrong-shaped one by the cause. */
    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of {@code field} when a file in {@code currentVersion} has it right after {@code formatVersion} (as
     * {@link #write} puts a record's components in order), read without reading the rest; empty for any other file
     * (missing, damaged, older), for which the caller takes the general path that tells why.
     */
    public static Optional<String> leadingText(Path file, int currentVersion, String field) {
        return leadingText(file, currentVersion, currentVersion, field);
    }

    /** As {@link #leadingText(Path, int, String)}, for a file in any version from {@code oldest} to {@code newest}. */
    public static Optional<String> leadingText(Path file, int oldest, int newest, String field) {
        try (InputStream in = Files.newInputStream(file)) {
            return leadingText(in, oldest, newest, field);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** As {@link #leadingText(Path, int, int, String)}, for a document read from {@code in}. */
    public static Optional<String> leadingText(InputStream in, int oldest, int newest, String field) {
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            int version = startsWithVersion(p);
            if (version < oldest || version > newest || p.nextToken() != JsonToken.FIELD_NAME
                    || !field.equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_STRING) {
                return Optional.empty();
            }
            return Optional.of(p.getText());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The {@code formatVersion} a file starts with (as {@link #write} puts it first), read without reading the
     * rest; -1 when the file does not start that way, so the caller takes the general path that tells why.
     */
    public static int leadingVersion(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return leadingVersion(in);
        } catch (IOException e) {
            return -1;
        }
    }

    /** As {@link #leadingVersion(Path)}, for a document read from {@code in}. */
    public static int leadingVersion(InputStream in) {
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            return startsWithVersion(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static int startsWithVersion(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                || !"formatVersion".equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            return -1;
        }
        return p.getIntValue();
    }

    private static void checkSize(Path file) throws StorageException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new StorageException(file, "file is " + size + " bytes, more than the " + MAX_BYTES + " allowed");
            }
        } catch (NoSuchFileException e) {
            throw new StorageException(file, "file not found", e);
        } catch (IOException e) {
            throw new StorageException(file, "cannot read (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /** The bytes of {@code file}, refused when empty or larger than {@link #MAX_BYTES}. */
    public static byte[] readBounded(Path file) throws StorageException {
        checkSize(file);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StorageException(file, "file not found", e);
        } catch (IOException e) {
            throw new StorageException(file, "cannot read (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * Parses content already read from {@code file} (named in messages only), migrating it to
     * {@code currentVersion}. A format this build cannot read throws {@link UnsupportedFormatException}; any other
     * failure means the content is damaged or not a Filmlens file.
     *
     * @param migrations for each old version v, the step that turns a v document into a v+1 document
     */
    public static <T> T parse(Path file, byte[] content, Class<T> type, int currentVersion,
                              Map<Integer, UnaryOperator<ObjectNode>> migrations) throws StorageException {
        if (content.length > MAX_BYTES) {
            throw new StorageException(file, "content is " + content.length + " bytes, more than the " + MAX_BYTES
                    + " allowed");
        }
        if (content.length == 0) {
            throw new StorageException(file, "file is empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (IOException e) {
            throw new StorageException(file, problem("not valid JSON", e), e);
        }
        if (!(root instanceof ObjectNode obj) || !obj.path("formatVersion").canConvertToInt()) {
            throw new StorageException(file, "no formatVersion: not a Filmlens file");
        }
        int version = obj.get("formatVersion").asInt();
        if (version > currentVersion) {
            throw new UnsupportedFormatException(file, "written by a newer Filmlens (format " + version
                    + "; this version reads up to " + currentVersion + "); upgrade Filmlens to open it");
        }
        ObjectNode doc = obj;
        while (version < currentVersion) {
            UnaryOperator<ObjectNode> step = migrations.get(version);
            if (step == null) {
                throw new UnsupportedFormatException(file, "format " + version + " is too old to migrate");
            }
            doc = step.apply(doc);
            version++;
            doc.put("formatVersion", version);
        }
        try {
            return MAPPER.treeToValue(doc, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new StorageException(file, problem("unexpected content", e), e);
        }
    }

    /**
     * Writes {@code value} atomically, streaming its JSON into the temp file (a workspace's corpus is far too large
     * to build in memory first); its JSON must have {@code formatVersion} as its first property.
     */
    public static void write(Path file, Object value) throws StorageException {
        write(file, value, MAPPER);
    }

    /** As {@link #write}, with a mapper of the file's own (made from {@link #mapper()}, e.g. with mix-ins). */
    public static void write(Path file, Object value, ObjectMapper mapper) throws StorageException {
        try (AtomicFiles.Staged staged = stage(file, value, mapper)) {
            staged.commit();
        } catch (StorageException e) {
            throw e;
        } catch (IOException e) {
            throw new StorageException(file, "could not save (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * Writes {@code value} as {@link #write} would, but leaves it beside {@code file} until the caller commits it
     * ({@link AtomicFiles#stage}); the caller closes it.
     */
    public static AtomicFiles.Staged stage(Path file, Object value) throws StorageException {
        return stage(file, value, MAPPER);
    }

    /** As {@link #stage}, with a mapper of the file's own. */
    public static AtomicFiles.Staged stage(Path file, Object value, ObjectMapper mapper) throws StorageException {
        ObjectWriter pretty = mapper == MAPPER ? PRETTY : mapper.writerWithDefaultPrettyPrinter();
        try {
            return AtomicFiles.stage(file, out -> pretty.writeValue(out, value));
        } catch (JacksonException e) {
            throw new StorageException(file, "could not encode (" + firstLine(e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new StorageException(file, "could not save (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /** A document written piece by piece through one generator, e.g. as its parts become known. */
    @FunctionalInterface
    public interface Pieces {
        void writeTo(JsonGenerator json) throws IOException;
    }

    /**
     * Stages a document written piece by piece ({@link #writeValue} for each value in it): the same bytes as
     * {@link #stage} gives for the whole, since the generator and its indentation are the same.
     */
    public static AtomicFiles.Staged stagePieces(Path file, Pieces pieces) throws StorageException {
        return stagePieces(file, MAPPER, pieces);
    }

    /** As {@link #stagePieces}, with a mapper of the file's own (its values then written with {@link #writeValue}). */
    public static AtomicFiles.Staged stagePieces(Path file, ObjectMapper mapper, Pieces pieces)
            throws StorageException {
        ObjectWriter pretty = mapper == MAPPER ? PRETTY : mapper.writerWithDefaultPrettyPrinter();
        try {
            return AtomicFiles.stage(file, out -> {
                try (JsonGenerator json = pretty.createGenerator(out)) {
                    pieces.writeTo(json);
                }
            });
        } catch (JacksonException e) {
            throw new StorageException(file, "could not encode (" + firstLine(e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new StorageException(file, "could not save (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * One value inside a document being written by {@link #stagePieces}, indented where it stands (the mapper
     * keeps the generator's pretty printer, where a writer would start a fresh one at the outermost level).
     */
    public static void writeValue(JsonGenerator json, Object value) throws IOException {
        writeValue(json, value, MAPPER);
    }

    /** As {@link #writeValue}, with the mapper the document is staged with. */
    public static void writeValue(JsonGenerator json, Object value, ObjectMapper mapper) throws IOException {
        mapper.writeValue(json, value);
    }

    /** The JSON {@link #write} would save, for callers that also keep it (e.g. as the next backup). */
    public static byte[] toBytes(Path file, Object value) throws StorageException {
        try {
            return PRETTY.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new StorageException(file, "could not encode (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /** Replaces {@code file} atomically with {@code content}. */
    public static void writeBytes(Path file, byte[] content) throws StorageException {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new StorageException(file, "could not save (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * {@code what} was wrong, where in the file (the line the parser reached, so that a user can look there: a file
     * cut short ends early, a damaged one breaks at the damage) and the parser's own words. Read from bytes, the
     * parser counts a line's columns in bytes, which an editor does not: the place is then given as the byte.
     */
    public static String problem(String what, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException json && json.getLocation() != null
                    && json.getLocation().getLineNr() > 0) {
                JsonLocation at = json.getLocation();
                String column = at.getByteOffset() >= 0 ? "byte " + at.getByteOffset() + " of the file"
                        : "column " + at.getColumnNr();
                return what + " at line " + at.getLineNr() + ", " + column + " ("
                        + withoutSourceNote(firstLine(json.getOriginalMessage())) + ")";
            }
        }
        return what + " (" + firstLine(e.getMessage()) + ")";
    }

    /**
     * The parser's message with its note on where an unclosed array or object started ("(start marker at [Source:
     * REDACTED (…); line: 1, column: 2])", which names the parser's settings) said in the file's terms: its line.
     */
    private static String withoutSourceNote(String message) {
        return SOURCE_NOTE.matcher(message).replaceAll("(opened at line $1)"); // its column counts bytes
    }

    private static final Pattern SOURCE_NOTE = Pattern.compile(
            "\\(start marker at \\[Source: .*?; line: (\\d+), column: \\d+\\]\\)");

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
