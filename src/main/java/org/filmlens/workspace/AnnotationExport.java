package org.filmlens.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmlens.annotations.CsvExport;
import org.filmlens.annotations.MarkdownExport;
import org.filmlens.annotations.W3cExport;
import org.filmlens.corpus.Annotation;
import org.filmlens.storage.AtomicFiles;
import org.filmlens.storage.FileProblems;

/**
 * The annotations exported as a file, for the command line's {@code export} and the window's File › Export
 * annotations…: one rendering and one atomic write, so both front ends write the same bytes.
 */
public final class AnnotationExport {
    private AnnotationExport() {}

    /** The formats, with the file name ending a file of each usually has. */
    public enum Format {
        W3C("W3C Web Annotation (JSON-LD)", "jsonld"),
        MARKDOWN("Markdown", "md"),
        CSV("CSV", "csv");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        public String label() {
            return label;
        }

        public String extension() {
            return extension;
        }
    }

    /** The workspace's annotations in {@code format} (Markdown reads the analysis, for scene and question titles). */
    public static String render(Workspace ws, List<Annotation> annotations, Format format) {
        return switch (format) {
            case W3C -> new W3cExport(ws.corpus()).collection(annotations);
            case MARKDOWN -> new MarkdownExport(ws.corpus(), ws.analysis()).render(annotations);
            case CSV -> new CsvExport().render(annotations);
        };
    }

    /** Writes an export to {@code out} atomically; a failure says what and where in its message. */
    public static void write(String export, Path out) throws WorkspaceException {
        try {
            AtomicFiles.write(out, export.getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) { // a file stands where a folder of the path should be
            throw new WorkspaceException("cannot write the export to " + out + ": " + e.getFile()
                    + " is a file, not a folder", e);
        } catch (FileSystemException e) {
            throw new WorkspaceException("cannot write the export to " + out + ": " + FileProblems.describe(e), e);
        } catch (IOException e) {
            throw new WorkspaceException("cannot write the export to " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * An export written over annotations.json (the name a W3C export suggests), corpus.json or another of the
     * workspace's own files would replace what it exports: refused, with where to write instead.
     */
    public static void refuseWorkspaceFile(Path workspace, Path out) throws WorkspaceException {
        Path dir = workspace.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !sameFolder(dir, parent)) {
            return;
        }
        String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT); // Annotations.JSON too
        if (WorkspaceFiles.OWN_FILES.contains(name) || name.startsWith("annotations.json") || name.endsWith(".lock")
                || name.startsWith("index-") || name.startsWith(".")) {
            throw new WorkspaceException("cannot write the export to " + out + ": it is one of the workspace's own"
                    + " files; write it under another name or in another folder");
        }
    }

    /** The same folder, through a link or another spelling of its path too. */
    private static boolean sameFolder(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Renders the workspace's annotations and writes them to {@code out}; gives how many were written. */
    public static int export(Workspace ws, Format format, Path out) throws WorkspaceException, IOException {
        refuseWorkspaceFile(ws.directory(), out);
        List<Annotation> annotations = ws.annotations().list();
        write(render(ws, annotations, format), out);
        return annotations.size();
    }
}
