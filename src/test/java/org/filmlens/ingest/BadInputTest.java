package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gets one clear line naming the file; odd but readable input still ingests. */
class BadInputTest {
    static final Film FILM = new Film("The Salt Lantern", 2019, null);
    static final String ARTICLE = "The Salt Lantern Ending Explained\n\n"
            + "Mara Quill leaves Skerra Rock at dawn, and the keeper Elias Brand stays behind with the light and the"
            + " wireless that has answered him for twenty years.\n\n"
            + "In the final scene Mara lights the storm lantern in her sister June's window, and the Skerra light"
            + " flashes once before the film cuts to black.\n";

    @TempDir
    Path dir;

    /** The passages of {@code dump}, written into {@code dir} and ingested as a file of the invented film. */
    static List<Passage> passagesOf(Path dir, String dump) throws Exception {
        Path p = Files.writeString(dir.resolve("dump.txt"), dump);
        return new Ingester().ingest(FILM, List.of(p), Progress.NONE).passages();
    }

    private IngestException refused(Path p) {
        return assertThrows(IngestException.class, () -> new Ingester().ingest(FILM, List.of(p), Progress.NONE));
    }

    @Test
    void emptyFile() throws Exception {
        Path p = Files.write(dir.resolve("empty.txt"), new byte[0]);
        IngestException e = refused(p);
        assertEquals(p + ": the file is empty", e.getMessage());
    }

    @Test
    void whiteSpaceOnlyFile() throws Exception {
        Path p = Files.writeString(dir.resolve("blank.txt"), " \n\t\n  \n");
        assertTrue(refused(p).getMessage().startsWith(p + ": the file has no text"));
    }

    @Test
    void binaryFileWithNulBytes() throws Exception {
        Path p = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I'});
        assertEquals(p + ": binary file (contains NUL bytes), not text", refused(p).getMessage());
    }

    @Test
    void binaryFileWithControlCharacters() throws Exception {
        byte[] b = new byte[1000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        Path p = Files.write(dir.resolve("blob.txt"), b);
        assertEquals(p + ": binary file (too many control characters), not text", refused(p).getMessage());
    }

    @Test
    void missingPath() {
        Path p = dir.resolve("nope.txt");
        assertEquals(p + ": no such file or folder", refused(p).getMessage());
    }

    @Test
    void folderWithNothingToIngest() throws Exception {
        Files.writeString(dir.resolve("notes.md"), "not ingested");
        assertEquals(dir + ": folder has no .txt or .html files to ingest", refused(dir).getMessage());
    }

    /** One empty or binary file among a folder's pages is skipped with a warning naming it; the pages come in. */
    @Test
    void aBadFileInAFolderIsSkippedWithAWarning() throws Exception {
        Files.writeString(dir.resolve("a-article.txt"), ARTICLE);
        Files.writeString(dir.resolve("b-empty.txt"), "");
        Files.write(dir.resolve("c-binary.html"), new byte[] {0, 1, 2, 3, 0, 5});
        IngestResult r = new Ingester().ingestWithWarnings(FILM, List.of(dir), Progress.NONE);
        assertEquals(1, r.corpus().sources().size());
        String warnings = String.join("\n", r.warnings());
        assertTrue(warnings.contains("b-empty.txt: the file is empty; skipped"), warnings);
        assertTrue(warnings.contains("c-binary.html") && warnings.contains("; skipped"), warnings);
        Path alone = Files.createDirectories(dir.resolve("only-bad"));
        Files.writeString(alone.resolve("empty.txt"), "");
        assertEquals(alone.resolve("empty.txt") + ": the file is empty", refused(alone).getMessage());
        assertEquals(dir.resolve("b-empty.txt") + ": the file is empty", refused(dir.resolve("b-empty.txt"))
                .getMessage(), "a file named alone is refused as before");
    }

    @Test
    void messagesAreOneLine() throws Exception {
        Path p = Files.write(dir.resolve("x.txt"), new byte[] {0, 1, 2});
        assertFalse(refused(p).getMessage().contains("\n"));
    }

    @Test
    void windows1252IsDecodedWithAWarning() throws Exception {
        String text = ARTICLE.replace("Mara Quill leaves", "Mara Quill \u2014 caf\u00e9 owner \u2014 leaves");
        Path p = Files.write(dir.resolve("cp1252.txt"), text.getBytes(Charset.forName("windows-1252")));
        IngestResult r = new Ingester().ingestWithWarnings(FILM, List.of(p), Progress.NONE);
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).startsWith(p + ": not valid UTF-8 (first at byte "), r.warnings().toString());
        assertTrue(r.warnings().get(0).endsWith("read as windows-1252"), r.warnings().toString());
        assertTrue(r.corpus().sources().get(0).text().contains("Mara Quill \u2014 caf\u00e9 owner \u2014 leaves"));
    }

    /** A UTF-8 file cut inside its last character is UTF-8 still: its accented letters are read as they are. */
    @Test
    void utf8WithAFlawIsReadAsUtf8WithAWarningThatSaysWhere() throws Exception {
        String text = ARTICLE.replace("Mara Quill leaves", "Mara Quill \u2014 caf\u00e9 owner \u2014 leaves")
                + "Th\u00e9";
        byte[] whole = text.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1); // the last letter's second byte lost
        Path p = Files.write(dir.resolve("cut.txt"), cut);
        IngestResult r = new Ingester().ingestWithWarnings(FILM, List.of(p), Progress.NONE);
        assertEquals(List.of(p + ": 1 byte not valid UTF-8 (the first at byte " + (cut.length - 1)
                + ") read as \uFFFD"), r.warnings());
        assertTrue(r.corpus().sources().get(0).text().contains("Mara Quill \u2014 caf\u00e9 owner \u2014 leaves"));
    }

    /** Dumps joined into one file, each ending with its search listing, read as they are in files of their own. */
    @Test
    void dumpsJoinedIntoOneFileAreReadAsTheDumpsTheyWere() throws Exception {
        Path dump = Path.of("src/test/resources/dumps/lantern-2019/dump.txt");
        String one = Files.readString(dump);
        List<Source> alone = new Ingester().ingest(FILM, List.of(dump), Progress.NONE).sources();
        Path joined = Files.writeString(dir.resolve("joined.txt"), one + "\n" + one + "\n" + one);
        List<Source> sources = new Ingester().ingest(FILM, List.of(joined), Progress.NONE).sources();
        assertEquals(3 * alone.size(), sources.size());
        for (int copy = 0; copy < 3; copy++) {
            for (int i = 0; i < alone.size(); i++) {
                Source s = sources.get(copy * alone.size() + i);
                assertEquals(alone.get(i).title(), s.title(), "copy " + copy);
                assertEquals(alone.get(i).text(), s.text(), "copy " + copy);
            }
        }
    }

    /** Saved as UTF-16 without its byte-order mark, every other byte is NUL: text still, not a binary file. */
    @Test
    void utf16WithoutAByteOrderMarkIsDecodedWithAWarning() throws Exception {
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path p = Files.write(dir.resolve("utf16-" + cs.name() + ".txt"), ARTICLE.getBytes(cs));
            IngestResult r = new Ingester().ingestWithWarnings(FILM, List.of(p), Progress.NONE);
            assertEquals(List.of(p + ": no byte-order mark, read as " + cs.name()), r.warnings());
            assertEquals("The Salt Lantern Ending Explained", r.corpus().sources().get(0).title());
        }
        byte[] words = new byte[2000]; // 16-bit numbers under 256: every other byte NUL, but no text
        for (int i = 0; i < words.length; i += 2) {
            words[i] = (byte) (1 + i % 7);
        }
        Path p = Files.write(dir.resolve("numbers.txt"), words);
        assertEquals(p + ": binary file (too many control characters), not text", refused(p).getMessage());
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws Exception {
        byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        IngestResult r = new Ingester().ingestWithWarnings(FILM, List.of(Files.write(dir.resolve("bom.txt"), withBom)),
                Progress.NONE);
        Source s = r.corpus().sources().get(0);
        assertEquals("The Salt Lantern Ending Explained", s.title());
        assertTrue(r.warnings().isEmpty());
        assertFalse(s.text().contains("\uFEFF"));
    }

    @Test
    void fiftyMegabyteFileIngests() throws Exception {
        Path p = dir.resolve("big.txt");
        try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            long written = 0;
            for (int i = 0; written < 50L * 1024 * 1024; i++) {
                String para = (i % 40 == 0 ? "Part " + i + " Of The Salt Lantern Story\n\n" : "")
                        + "Paragraph " + i + ": Mara Quill keeps the light on Skerra Rock while Elias Brand listens to "
                        + "the wireless, and the storm number " + (i * 7919 % 100_003) + " passes over the island "
                        + "without a word from the mainland or from June.\n\n";
                w.write(para);
                written += para.length();
            }
        }
        Corpus c = new Ingester().ingest(FILM, List.of(p), Progress.NONE);
        assertFalse(c.sources().isEmpty());
        assertTrue(c.passages().size() > 200_000, "passages: " + c.passages().size());
    }

    @Test
    void malformedAndTruncatedHtmlIngests() throws Exception {
        String html = "<html><head><title>The Salt Lantern review - Lumen Weekly</title>"
                + "<meta property=\"og:site_name\" content=\"Lumen Weekly\"><meta name=\"author\" content=\"Ada Vance\">"
                + "<link rel=\"canonical\" href=\"https://example.org/salt-lantern\"></head><body>"
                + "<nav><ul><li>Home</li><li>Films</li></ul></nav><article><h1>The Salt Lantern review</h1>"
                + "<p>Mara Quill lights the lantern in June's window at the end of The Salt Lantern, and the keeper"
                + " Elias Brand answers with one flash of the Skerra light.<p>Elias Brand keeps the light for"
                + " twenty years <b>and talks to the wireless every night</b><ul><li>The lantern in the window"
                + " is Mara's answer to the keeper.<li>The flash answers her.</ul><div>truncated here <p";
        Path p = Files.writeString(dir.resolve("review.html"), html);
        Corpus c = new Ingester().ingest(FILM, List.of(p), Progress.NONE);
        Source s = c.sources().get(0);
        assertEquals("The Salt Lantern review", s.title());
        assertEquals("Lumen Weekly", s.site());
        assertEquals("Ada Vance", s.author());
        assertEquals("https://example.org/salt-lantern", s.url());
        assertFalse(s.text().contains("Home"));
        assertTrue(c.passagesOf(s.id()).stream().anyMatch(x -> x.kind() == PassageKind.BULLET
                && x.text().equals("The flash answers her.")));
        assertTrue(s.text().contains("talks to the wireless every night"));
    }

    @Test
    void htmlCharsetComesFromTheMetaTag() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Notes</title></head><body><p>Mara Quill"
                + " \u2014 the assistant keeper \u2014 reads June\u2019s letter by the lantern of The Salt Lantern"
                + " on Skerra Rock.</p></body></html>";
        Path p = Files.write(dir.resolve("page.htm"), html.getBytes(Charset.forName("windows-1252")));
        IngestResult r = new Ingester().ingestWithWarnings(FILM, List.of(p), Progress.NONE);
        assertTrue(r.warnings().isEmpty());
        assertTrue(r.corpus().sources().get(0).text().contains("\u2014 the assistant keeper \u2014 reads June\u2019s"));
    }

    /** A page saved again by another program often keeps a charset its bytes no longer are in. */
    @Test
    void aWrongCharsetDeclarationIsOverruledByTheBytesWithAWarning() throws Exception {
        String body = "<p>Mara Quill \u2014 the assistant keeper of the caf\u00e9 on Skerra Rock \u2014 reads June\u2019s"
                + " letter by the lantern of The Salt Lantern and writes back at dawn.</p></body></html>";
        record Case(String declared, Charset written) {}
        for (Case c : List.of(new Case("utf-8", Charset.forName("windows-1252")),
                new Case("iso-8859-1", StandardCharsets.UTF_8), new Case("utf-16", StandardCharsets.UTF_8))) {
            String html = "<html><head><meta charset=\"" + c.declared() + "\"><title>Notes</title></head><body>" + body;
            Path p = Files.write(dir.resolve("page-" + c.declared() + ".htm"), html.getBytes(c.written()));
            IngestResult r = new Ingester().ingestWithWarnings(FILM, List.of(p), Progress.NONE);
            assertTrue(r.corpus().sources().get(0).text().contains("caf\u00e9 on Skerra Rock \u2014 reads June\u2019s"),
                    c + ": " + r.corpus().sources().get(0).text());
            assertTrue(String.join("\n", r.warnings()).contains("declares " + Charset.forName(c.declared()).name()),
                    c + ": " + r.warnings());
        }
    }

    @Test
    void folderIsReadInNameOrderAndIdsDoNotCollide() throws Exception {
        Files.writeString(dir.resolve("b.txt"), ARTICLE);
        Files.writeString(dir.resolve("a.txt"), ARTICLE.replace("Ending Explained", "Ending Revisited"));
        Corpus c = new Ingester().ingest(FILM, List.of(dir), Progress.NONE);
        assertEquals(List.of("The Salt Lantern Ending Revisited", "The Salt Lantern Ending Explained"),
                c.sources().stream().map(Source::title).toList());
        assertEquals(2, c.sources().stream().map(Source::id).distinct().count());
    }

    @Test
    void linkedFolderAndLinkedFilesIngest() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Files.writeString(real.resolve("a.txt"), ARTICLE);
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("linked"), real);
        assertEquals(1, new Ingester().ingest(FILM, List.of(linkedFolder), Progress.NONE).sources().size());

        Path ofLinks = Files.createDirectory(dir.resolve("links"));
        Files.createSymbolicLink(ofLinks.resolve("a.txt"), real.resolve("a.txt"));
        assertEquals(1, new Ingester().ingest(FILM, List.of(ofLinks), Progress.NONE).sources().size());
    }

    @Test
    void folderLinkedIntoItselfIsRefusedWithItsName() throws Exception {
        Path loop = Files.createDirectory(dir.resolve("loop"));
        Files.writeString(loop.resolve("a.txt"), ARTICLE);
        Files.createSymbolicLink(loop.resolve("again"), loop);
        IngestException e = refused(loop);
        assertTrue(e.getMessage().startsWith(loop + ": cannot list folder"), e.getMessage());
    }

    @Test
    void cancellationIsCheckedBetweenFiles() throws Exception {
        Path p = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Progress cancelled = new Progress() {
            @Override
            public void report(String step, double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> new Ingester().ingest(FILM, List.of(p), cancelled));
    }
}
