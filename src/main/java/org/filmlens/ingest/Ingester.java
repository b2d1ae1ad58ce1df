package org.filmlens.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Source;

/**
 * Turns files and folders (scraped text dumps, .txt, .html) into clean sources and passages. Each file is read
 * and decoded, split into pages (a text dump holds several), cleaned of site debris and cut into passages. The
 * same input always gives the same ids. Cancellation is checked between files.
 */
public final class Ingester {
    public Corpus ingest(Film film, List<Path> paths, Progress progress) throws IngestException {
        return ingestWithWarnings(film, paths, progress).corpus();
    }

    /** Like {@link #ingest}, and also returns the warnings (one line each) that did not stop the ingest. */
    public IngestResult ingestWithWarnings(Film film, List<Path> paths, Progress progress) throws IngestException {
        return ingestInto(List.of(), film, paths, progress);
    }

    /**
     * Like {@link #ingestWithWarnings}, into a workspace that has these sources: a page read again takes its
     * source's id, any other page an id none of them has ({@link SourceIdClaims}).
     */
    public IngestResult ingestInto(List<Source> existing, Film film, List<Path> paths, Progress progress)
            throws IngestException {
        Progress p = progress == null ? Progress.NONE : progress;
        List<Path> files = InputFiles.expand(paths);
        String filmTitle = film == null ? null : film.title();
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        SourceIdClaims ids = new SourceIdClaims(existing);
        Set<String> origins = new HashSet<>();
        Set<Path> named = new HashSet<>(paths);
        Set<Path> skipped = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<ParsedFile> parsedFiles = ParallelReader.readAll(files, p, (file, fileWarnings) -> {
            try {
                return parse(file, filmTitle, fileWarnings);
            } catch (IngestException e) {
                if (named.contains(file)) {
                    throw e; // the file the user named: its fault is the ingest's
                }
                // one empty or binary file in a folder of pages does not keep the others out
                fileWarnings.add(e.getMessage() + "; skipped (pages read from it before are kept)");
                skipped.add(file);
                return List.of();
            }
        });
        for (ParsedFile pf : parsedFiles) {
            Path file = pf.file();
            warnings.addAll(pf.warnings());
            if (pf.pages().isEmpty() && !skipped.contains(file)) {
                warnings.add(file + ": nothing left after removing site debris");
            }
            String origin = file.toAbsolutePath().normalize().toString();
            if (skipped.contains(file)) {
                continue; // unreadable now: its pages read before stay as they were
            }
            origins.add(origin);
            for (CleanPage page : pf.pages()) {
                String id = ids.idFor(page, origin, baseName(file));
                sources.add(page.source(id, origin));
                passages.addAll(page.passages(id));
            }
        }
        if (sources.isEmpty() && skipped.size() == files.size()) {
            String first = warnings.stream().filter(w -> w.contains("; skipped")).findFirst().orElse("")
                    .replaceFirst("; skipped.*", "");
            throw new IngestException(skipped.size() == 1 ? first
                    : "none of the " + files.size() + " files could be read, the first: " + first);
        }
        if (sources.isEmpty()) {
            throw new IngestException(files.get(0) + (files.size() > 1 ? " and the other files" : "")
                    + ": no text left to ingest after removing site debris");
        }
        List<Path> folders = paths.stream().filter(Files::isDirectory).map(f -> f.toAbsolutePath().normalize())
                .toList();
        List<String> orphans = ids.fromFilesGoneFrom(folders);
        if (!orphans.isEmpty()) {
            warnings.add(orphans.size() + " source(s) were read from files no longer in " + (folders.size() == 1
                    ? folders.get(0) : "those folders") + "; they are kept: " + String.join(", ", orphans));
        }
        p.report("Cleaned " + sources.size() + " sources", 1.0);
        return new IngestResult(new Corpus(film == null ? Film.unknown() : film, sources, passages), warnings,
                ids.unclaimedOf(origins));
    }

    /** Reads, cleans and lays out one file's pages (on a reading thread). */
    private static List<CleanPage> parse(Path file, String filmTitle, List<String> warnings)
            throws IngestException {
        List<CleanPage> pages = new ArrayList<>();
        for (DumpReader.Parsed parsed : read(file, filmTitle, warnings)) {
            for (Page page : parsed.pages()) {
                pages.add(CleanPage.of(page, parsed.stats()));
            }
        }
        return pages;
    }

    private static List<DumpReader.Parsed> read(Path file, String filmTitle, List<String> warnings)
            throws IngestException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file + ": cannot read (" + e.getMessage() + ")", e);
        } catch (OutOfMemoryError e) {
            throw new IngestException(file + ": file too large to read into memory", e);
        }
        String name = file.toString();
        if (InputFiles.isHtml(file)) {
            HtmlReader.HtmlPage html = HtmlReader.read(name, bytes);
            if (html.warning() != null) {
                warnings.add(html.warning());
            }
            return List.of(DumpReader.readPage(html, filmTitle));
        }
        TextDecoder.Decoded text = TextDecoder.decode(name, bytes);
        if (text.warning() != null) {
            warnings.add(text.warning());
        }
        return DumpReader.readAll(text.text(), filmTitle);
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
