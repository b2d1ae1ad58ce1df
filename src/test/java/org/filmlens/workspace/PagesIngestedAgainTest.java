package org.filmlens.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page ingested again replaces the source it was read into and no other: two pages of one site share the site's
 * name, and ingesting one of them alone must not take the other's place. A page gone from its file goes.
 */
class PagesIngestedAgainTest {
    private static final String QUOTES = """
            IMDb

            Salt Harbor Blues (1986) - Quotes

            Cal Dorsey: Every town has a tide line, and every body washes up past it.

            Maribel Ochoa: I didn't kill him. I just didn't stop the water.
            """;
    private static final String CAST = """
            IMDb

            Salt Harbor Blues (1986) - Full Cast

            Salt Harbor Blues is a 1986 noir about a harbour town. Dana Whitcombe plays Cal Dorsey, a dock detective
            who narrates the story from the night his partner drowned.
            """;

    @Test
    void aPageIngestedAloneReplacesItsOwnSourceOnly(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path quotes = Files.writeString(in.resolve("01-quotes.txt"), QUOTES);
        Path cast = Files.writeString(in.resolve("02-cast.txt"), CAST);
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            ws.ingest(List.of(in), Progress.NONE);
            List<Source> first = ws.corpus().sources();
            assertEquals(2, first.size());
            String quotesId = idOf(first, quotes);
            String castId = idOf(first, cast);

            Files.writeString(cast, CAST.replace("a 1986 noir", "a bleak 1986 noir"));
            ws.ingest(List.of(cast), Progress.NONE);
            List<Source> after = ws.corpus().sources();
            assertEquals(2, after.size(), "the cast page replaced, not added");
            assertEquals(quotesId, idOf(after, quotes), "the quotes page keeps its id");
            assertEquals(castId, idOf(after, cast), "the cast page keeps its id");
            assertTrue(ws.corpus().source(castId).orElseThrow().text().contains("a bleak 1986 noir"));
            assertTrue(ws.corpus().source(quotesId).orElseThrow().text().contains("I just didn't stop the water"),
                    "the quotes page is still there");
        }
    }

    /** A page's file unreadable for a moment (emptied while it is saved again) does not take its page away. */
    @Test
    void aFileUnreadableAtTheNextIngestKeepsItsPages(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("01-quotes.txt"), QUOTES);
        Path cast = Files.writeString(in.resolve("02-cast.txt"), CAST);
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            ws.ingest(List.of(in), Progress.NONE);
            String castId = idOf(ws.corpus().sources(), cast);
            Files.writeString(cast, "");
            IngestReport report = ws.ingest(List.of(in), Progress.NONE);
            assertEquals(2, ws.corpus().sources().size(), "both pages still there: " + report.warnings());
            assertTrue(ws.corpus().source(castId).isPresent());
            assertTrue(String.join("\n", report.warnings()).contains("02-cast.txt: the file is empty; skipped"),
                    report.warnings().toString());
        }
    }

    @Test
    void aPageGoneFromItsDumpGoesAndAnotherFileWithTheSameSiteIsAdded(@TempDir Path tmp) throws Exception {
        Path dump = tmp.resolve("dump.txt");
        Files.copy(WorkspaceTest.SAMPLE, dump);
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            ws.ingest(List.of(dump), Progress.NONE);
            List<Source> before = ws.corpus().sources();
            Source last = before.get(before.size() - 1);
            String raw = Files.readString(dump);
            // the dump without its last page, up to the search listing that ends it
            int page = raw.indexOf(last.title());
            int listing = raw.lastIndexOf('\n', raw.indexOf("1. " + before.get(0).title())) + 1;
            Files.writeString(dump, raw.substring(0, page) + raw.substring(listing));
            IngestReport report = ws.ingest(List.of(dump), Progress.NONE);
            assertEquals(before.size() - 1, ws.corpus().sources().size(), "the last page is gone from the dump");
            assertFalse(ws.corpus().source(last.id()).isPresent());
            assertTrue(String.join("\n", report.warnings()).contains("no longer in their files, removed: " + last.id()),
                    report.warnings().toString());

            Path other = Files.writeString(tmp.resolve("other.txt"), CAST);
            ws.ingest(List.of(other), Progress.NONE);
            assertEquals(before.size(), ws.corpus().sources().size(), "a page of another file is added");
        }
    }

    @Test
    void aMovedFolderOrARenamedFileBringsTheSamePagesBackNotCopies(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("01-quotes.txt"), QUOTES);
        Files.writeString(in.resolve("02-cast.txt"), CAST);
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            ws.ingest(List.of(in), Progress.NONE);
            List<String> ids = ws.corpus().sources().stream().map(Source::id).toList();

            Path moved = Files.move(in, tmp.resolve("moved"));
            Files.move(moved.resolve("02-cast.txt"), moved.resolve("cast-page.txt"));
            Files.writeString(moved.resolve("01-quotes.txt"), QUOTES.replace("Every town", "Each town"));
            ws.ingest(List.of(moved), Progress.NONE);
            assertEquals(ids, ws.corpus().sources().stream().map(Source::id).toList(),
                    "the same pages, one edited, from the moved folder and the renamed file");
            assertTrue(ws.corpus().sources().stream().allMatch(s -> s.origin().startsWith(moved.toString())));
        }
    }

    private static String idOf(List<Source> sources, Path file) {
        String origin = file.toAbsolutePath().normalize().toString();
        return sources.stream().filter(s -> origin.equals(s.origin())).map(Source::id).findFirst().orElseThrow();
    }
}
