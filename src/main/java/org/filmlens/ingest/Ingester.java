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
import org.filmlens.corpus.SourceKind;

/**
 * Turns files and folders (scraped text dumps, .txt, .html) into clean sources and passages. Each file is read
 * and decoded, split into pages (a text dump holds several), cleaned of site debris and cut into passages. The
 * same input always gives the same ids. Cancellation is checked between files.
 */
public final class Ingester {
    static final int FALLBACK_TITLE_WORDS = 8;

    public Corpus ingest(Film film, List<Path> paths, Progress progress) throws IngestException {
        return ingestWithWarnings(film, paths, progress).corpus();
    }

    /** Like {@link #ingest}, and also returns the warnings (one line each) that did not stop the ingest. */
    public IngestResult ingestWithWarnings(Film film, List<Path> paths, Progress progress) throws IngestException {
        Progress p = progress == null ? Progress.NONE : progress;
        List<Path> files = InputFiles.expand(paths);
        String filmTitle = film == null ? null : film.title();
        List<Source> sources = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        List<ParsedFile> parsedFiles = ParallelReader.readAll(files, p, (file, fileWarnings) ->
                parse(file, filmTitle, fileWarnings));
        for (ParsedFile pf : parsedFiles) {
            Path file = pf.file();
            warnings.addAll(pf.warnings());
            if (pf.pages().isEmpty()) {
                warnings.add(file + ": nothing left after removing site debris");
            }
            for (int i = 0; i < pf.pages().size(); i++) {
                Page page = pf.pages().get(i);
                String title = page.title != null ? page.title : fallbackTitle(page);
                String id = SourceIds.assign(page.site, title, baseName(file), usedIds);
                PassageBuilder.Built built = PassageBuilder.build(id, page, pf.kinds().get(i));
                SourceKind kind = KindClassifier.classify(title, built.passages(), page.qaCues);
                sources.add(new Source(id, title, page.site, page.author, page.url, kind, built.text()));
                passages.addAll(built.passages());
            }
        }
        if (sources.isEmpty()) {
            throw new IngestException(files.get(0) + (files.size() > 1 ? " and the other files" : "")
                    + ": no text left to ingest after removing site debris");
        }
        p.report("Cleaned " + sources.size() + " sources", 1.0);
        return new IngestResult(new Corpus(film == null ? Film.unknown() : film, sources, passages), warnings);
    }

    private static DumpReader.Parsed parse(Path file, String filmTitle, List<String> warnings)
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
            return DumpReader.readPage(html, filmTitle);
        }
        TextDecoder.Decoded text = TextDecoder.decode(name, bytes);
        if (text.warning() != null) {
            warnings.add(text.warning());
        }
        return DumpReader.read(text.text(), filmTitle);
    }

    /** A page that gives no title is called by the start of its first passage. */
    private static String fallbackTitle(Page page) {
        String first = page.body.get(0).text();
        String[] words = first.split(" ");
        if (words.length <= FALLBACK_TITLE_WORDS) {
            return first;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, FALLBACK_TITLE_WORDS)) + "\u2026";
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
