package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.storage.AtomicFiles;
import org.filmlens.storage.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * analysis.json format 4 leaves a quote's text out where it is its first occurrence's: read back with or without
 * the corpus at hand, it is the same quotes, the text then that occurrence's String; a text worded otherwise is
 * kept, a quote without a text refused, written or read; a format 3 file (every text written) still reads as before; a quote without its text and without a
 * first occurrence, and any damage at all (a fuzz of the file), is a StorageException, never another failure.
 */
class QuoteTextFormatTest {
    private static final Corpus CORPUS = QuotePartReadTest.CORPUS;
    /**
     * {@link QuotePartReadTest}'s quotes: q1 worded as its second occurrence, not its first (kept), q2 and q3 as their
     * first (left out); and one worded as none of its occurrences (kept).
     */
    private static final List<Quote> QUOTES = Stream.concat(QuotePartReadTest.QUOTES.stream(), Stream.of(
            new Quote("q5", "Hello!", null, List.of("s1"), List.of(
                    new QuoteOccurrence("s1", "s1.p0", 42, 48, "Hello.", null))))).toList();
    /** No text at all: the ingest never makes one (the record allows it), so it is refused, written or read. */
    private static final Quote Q4 = new Quote("q4", null, null, List.of("s1"), List.of(
            new QuoteOccurrence("s1", "s1.p0", 42, 48, "Hello.", null)));

    private static Path written(Path dir, int version) throws Exception {
        return written(dir.resolve(WorkspaceFiles.ANALYSIS_FILE), QUOTES, version);
    }

    private static Path written(Path file, List<Quote> quotes, int version) throws Exception {
        Analysis analysis = new Analysis(quotes, List.of(), List.of(), List.of());
        try (AtomicFiles.Staged staged = AnalysisJson.stage(file, "g",
                (AnalysisJson.Sections) part -> part.of(analysis), version)) {
            staged.commit();
        }
        return file;
    }

    private static List<Quote> quotes(Path file, Corpus corpus) throws StorageException {
        return QuotePartReadTest.quotes(file, corpus);
    }

    @Test
    void aTextWordedAsTheFirstOccurrenceIsLeftOutAndReadBackAsItsString(@TempDir Path dir) throws Exception {
        Path file = written(dir, 4);
        String json = Files.readString(file);
        assertTrue(json.startsWith("{\n  \"formatVersion\" : 4,"), json.substring(0, 40));
        assertTrue(json.contains("\"text\" : \"Come find me.\"") && json.contains("\"text\" : \"Hello!\""), json);
        assertFalse(json.contains("\"text\" : \"I\u2019m here\"") || json.contains("\"text\" : \"Hello.\""), json);
        assertFalse(json.contains("\"text\" : null"), json);

        List<Quote> read = quotes(file, CORPUS);
        assertEquals(QUOTES, read);
        assertSame(read, AnalysisJson.withOccurrenceTexts(read, CORPUS), "nothing left to fill in");
        assertSame(read.get(1).occurrences().get(0).text(), read.get(1).text(), "its first occurrence's String");
        assertSame(read.get(2).occurrences().get(0).text(), read.get(2).text());
        assertSame(read.get(0).occurrences().get(1).text(), read.get(0).text(), "shared as before");

        List<Quote> bare = quotes(file, null);
        assertNull(bare.get(1).occurrences().get(0).text(), "without the corpus: cut later");
        List<Quote> filled = AnalysisJson.withOccurrenceTexts(bare, CORPUS);
        assertEquals(QUOTES, filled);
        assertSame(filled.get(1).occurrences().get(0).text(), filled.get(1).text());
        StoredAnalysis whole = AnalysisJson.read(file);
        assertEquals(4, whole.formatVersion());
        assertEquals(QUOTES, AnalysisJson.withOccurrenceTexts(whole.analysis().quotes(), CORPUS),
                "the whole file, read by the same reader");
    }

    /** A caller that writes the quotes read without the corpus before filling them in loses no text. */
    @Test
    void quotesReadWithoutTheCorpusAreWrittenAgainWithTheirTexts(@TempDir Path dir) throws Exception {
        Path file = written(dir, 4);
        List<Quote> bare = quotes(file, null);
        Path again = written(Files.createDirectories(dir.resolve("again")).resolve(WorkspaceFiles.ANALYSIS_FILE),
                bare, 4);
        assertEquals(Files.readString(file), Files.readString(again), "the texts left out again, none written empty");
        assertEquals(QUOTES, quotes(again, CORPUS));
        assertEquals(QUOTES, AnalysisJson.withOccurrenceTexts(quotes(again, null), CORPUS));

        Path three = Files.createDirectories(dir.resolve("three")).resolve(WorkspaceFiles.ANALYSIS_FILE);
        StorageException e = assertThrows(StorageException.class, () -> written(three, bare, 3),
                "format 3 cannot leave a text out");
        assertTrue(rootCause(e) instanceof IllegalStateException, String.valueOf(rootCause(e)));
        assertEquals(QUOTES, quotes(written(three, AnalysisJson.withOccurrenceTexts(bare, CORPUS), 3), CORPUS),
                "filled in first, it is written whole");
    }

    private static Throwable rootCause(Throwable e) {
        return e.getCause() == null ? e : rootCause(e.getCause());
    }

    @Test
    void aQuoteWithoutATextIsNotWrittenAndRefusedWhenRead(@TempDir Path dir) throws Exception {
        List<Quote> withQ4 = new ArrayList<>(QUOTES);
        withQ4.add(3, Q4);
        Path file = dir.resolve(WorkspaceFiles.ANALYSIS_FILE);
        StorageException e = assertThrows(StorageException.class, () -> written(file, withQ4, 4));
        assertTrue(rootCause(e) instanceof IllegalStateException, String.valueOf(rootCause(e)));

        // one hand-made or damaged: read as it says, then refused as opening refuses it (derived again)
        String json = Files.readString(written(dir, 4));
        int q3 = json.indexOf("\"id\" : \"q3\",") + "\"id\" : \"q3\",".length();
        Files.writeString(file, json.substring(0, q3) + " \"text\" : null," + json.substring(q3)); // table: read whole
        Analysis read = AnalysisJson.read(file).analysis();
        assertNull(read.quotes().get(2).text());
        assertFalse(AnalysisJson.isWhole(read));
        assertFalse(AnalysisJson.isWhole(Q4));
        assertTrue(whole(quotes(written(dir, 4), CORPUS)));
    }

    @Test
    void aFormatThreeFileStillHoldsAndReadsEveryText(@TempDir Path dir) throws Exception {
        Path file = written(dir, 3);
        String json = Files.readString(file);
        assertTrue(json.startsWith("{\n  \"formatVersion\" : 3,"), json.substring(0, 40));
        assertTrue(json.contains("\"text\" : \"I\u2019m here\"") && json.contains("\"text\" : \"Hello.\""), json);
        assertFalse(json.contains(": null"), "null fields left out, as format 3 always did");
        try (AnalysisJson.Parts parts = AnalysisJson.Parts.of(file).orElseThrow()) {
            assertEquals(3, parts.version());
        }
        assertEquals(QUOTES, quotes(file, CORPUS));
        assertEquals(QUOTES, AnalysisJson.withOccurrenceTexts(quotes(file, null), CORPUS));
        assertEquals(QUOTES, AnalysisJson.withOccurrenceTexts(AnalysisJson.read(file).analysis().quotes(), CORPUS));

        // in format 3 a missing text is null, as it always was, not the first occurrence's
        Files.writeString(file, json.replace("\"text\" : \"Hello.\",", "\"xxxx\" : \"Hello.\",")); // same length
        assertNull(quotes(file, CORPUS).get(2).text());
    }

    @Test
    void aQuoteWithoutItsTextNorAFirstOccurrenceIsAnErrorOfThePart(@TempDir Path dir) throws Exception {
        Path file = written(dir, 4);
        String json = Files.readString(file);
        int q3 = json.indexOf("\"id\" : \"q3\"");
        int from = json.indexOf("\"occurrences\" : [", q3) + "\"occurrences\" : [".length();
        int to = json.indexOf("] ]", from) + 3;
        for (String occurrences : new String[] {"]", "null ]"}) {
            // q3's occurrences emptied, padded to the same length so that the table of parts still fits
            String damaged = json.substring(0, from) + " " + occurrences
                    + " ".repeat(to - from - 1 - occurrences.length()) + json.substring(to);
            Files.writeString(file, damaged);
            StorageException e = assertThrows(StorageException.class, () -> quotes(file, CORPUS), occurrences);
            assertTrue(e.getMessage().contains("the quotes (bytes ") && e.getMessage().contains("at byte")
                    && e.getMessage().contains("a quote without its text (q3) has no first occurrence"),
                    e.getMessage());
            assertThrows(StorageException.class, () -> quotes(file, null));
            e = assertThrows(StorageException.class, () -> AnalysisJson.read(file), "read whole");
            assertTrue(e.getMessage().contains("a quote without its text (q3)"), e.getMessage());
        }
        // no occurrences at all (the table then no longer fits: read whole)
        Files.writeString(file, json.substring(0, json.lastIndexOf(",", from)) + json.substring(to));
        StorageException e = assertThrows(StorageException.class, () -> AnalysisJson.read(file));
        assertTrue(e.getMessage().contains("a quote without its text (q3)"), e.getMessage());
    }

    /**
     * Any damage to a format 4 file (a byte changed, dropped, doubled, or the file cut) reads as the quotes or as a
     * StorageException, by each of the three reads opening uses (the part with the corpus, the part or the whole
     * without it, then the texts cut), never as another exception or a quote still waiting for its text.
     */
    @Test
    void damageAnywhereIsAStorageExceptionOrStillReads(@TempDir Path dir) throws Exception {
        Path file = written(dir, 4);
        byte[] good = Files.readAllBytes(file);
        int quotesFrom = new String(good, StandardCharsets.UTF_8).indexOf("\"quotes\"");
        int quotesTo = new String(good, StandardCharsets.UTF_8).indexOf("\"characters\"");
        Random random = new Random(16);
        int refused = 0;
        int rounds = Integer.getInteger("filmlens.fuzzRounds", 3000);
        for (int round = 0; round < rounds; round++) {
            byte[] bytes = damaged(good, random, quotesFrom, quotesTo);
            Files.write(file, bytes);
            refused += readsOrRefuses(file, round);
        }
        assertTrue(refused > rounds / 2, refused + " of " + rounds + " damaged files refused");
    }

    /** One change of the file, most of them in the quotes part (which is most of the file at 100 MB). */
    private static byte[] damaged(byte[] good, Random random, int from, int to) {
        int at = random.nextInt(10) < 8 ? from + random.nextInt(to - from) : random.nextInt(good.length);
        byte[] some = "\"{}[],: 0123456789-ntfxel\u00e9.\n".getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(5)) {
            case 0 -> { // a byte changed
                byte[] b = good.clone();
                b[at] = some[random.nextInt(some.length)];
                yield b;
            }
            case 1 -> { // a bit flipped
                byte[] b = good.clone();
                b[at] ^= (byte) (1 << random.nextInt(8));
                yield b;
            }
            case 2 -> { // a stretch dropped
                int n = 1 + random.nextInt(Math.min(40, good.length - at));
                byte[] b = new byte[good.length - n];
                System.arraycopy(good, 0, b, 0, at);
                System.arraycopy(good, at + n, b, at, good.length - at - n);
                yield b;
            }
            case 3 -> { // a stretch doubled
                int n = 1 + random.nextInt(Math.min(40, good.length - at));
                byte[] b = new byte[good.length + n];
                System.arraycopy(good, 0, b, 0, at + n);
                System.arraycopy(good, at, b, at + n, good.length - at);
                yield b;
            }
            default -> java.util.Arrays.copyOf(good, at); // cut short
        };
    }

    /** 1 when the damaged file was refused by a read, 0 when every read gave whole quotes; fails on anything else. */
    private static int readsOrRefuses(Path file, int round) {
        int refused = 0;
        List<Throwable> others = new ArrayList<>();
        try {
            try (AnalysisJson.Parts parts = AnalysisJson.Parts.of(file).orElse(null)) {
                if (parts != null) {
                    try {
                        @SuppressWarnings("unchecked")
                        List<Quote> read = (List<Quote>) parts.read(AnalysisPart.QUOTES, CORPUS);
                        if (whole(read)) { // as Workspace.partChecked takes them
                            assertFilled(read, AnalysisJson.withOccurrenceTexts(read, CORPUS));
                        }
                    } catch (StorageException e) {
                        refused = 1;
                    }
                    try {
                        @SuppressWarnings("unchecked")
                        List<Quote> read = (List<Quote>) parts.read(AnalysisPart.QUOTES);
                        if (whole(read)) {
                            filled(read);
                        }
                    } catch (StorageException | IllegalArgumentException e) {
                        refused = 1; // the occurrences' texts cut afterwards: refused as loadAnalysis refuses them
                    }
                }
            }
            try {
                StoredAnalysis whole = AnalysisJson.read(file);
                if (AnalysisJson.isWhole(whole.analysis())) {
                    filled(whole.analysis().quotes());
                }
            } catch (StorageException | IllegalArgumentException e) {
                refused = 1;
            }
        } catch (RuntimeException | Error e) {
            others.add(e);
        }
        if (!others.isEmpty()) {
            String text = new String(readQuietly(file), StandardCharsets.UTF_8);
            throw new AssertionError("damage " + round + " failed otherwise: " + others.get(0) + "\n"
                    + text.substring(0, Math.min(text.length(), 3000)), others.get(0));
        }
        return refused;
    }

    private static boolean whole(List<Quote> quotes) {
        return AnalysisJson.isWhole(new Analysis(quotes, List.of(), List.of(), new ArrayList<>())); // (List.of refuses contains(null))
    }

    private static void filled(List<Quote> read) {
        List<Quote> filled = AnalysisJson.withOccurrenceTexts(read, CORPUS);
        assertFilled(filled, AnalysisJson.withOccurrenceTexts(filled, CORPUS));
    }

    /** Every quote has its text and its occurrences' texts, none still to be filled in. */
    private static void assertFilled(List<Quote> read, List<Quote> again) {
        assertSame(read, again, "texts still to be filled in");
        for (Quote q : read) {
            if (q.text() == null) {
                fail("a quote without its text: " + q);
            }
            if (q.occurrences() != null) {
                for (QuoteOccurrence o : q.occurrences()) {
                    if (o != null && o.text() == null) {
                        fail("an occurrence without its text: " + q);
                    }
                }
            }
        }
    }

    private static byte[] readQuietly(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            return new byte[0];
        }
    }
}
