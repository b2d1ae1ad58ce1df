package org.filmlens.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.filmlens.analysis.CoarseOutline;
import org.filmlens.analysis.OutlineCheck;
import org.filmlens.analysis.SceneOutline;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Progress;

/** The film's scene list (scenes.json): checking, saving, importing and exporting it, and relinking after a save. */
final class OutlineEditor {
    private final WorkspaceFiles files;
    private final AnalysisPipeline pipeline;
    private final Supplier<Corpus> corpus;
    private final AnalysisUpdater updater;

    OutlineEditor(WorkspaceFiles files, AnalysisPipeline pipeline, Supplier<Corpus> corpus, AnalysisUpdater updater) {
        this.files = files;
        this.pipeline = pipeline;
        this.corpus = corpus;
        this.updater = updater;
    }

    /** The scene list in use: the film's own, or the coarse one derived from cues when it has none. */
    List<SceneOutline> current() throws WorkspaceException {
        List<SceneOutline> own = files.outline();
        return own.isEmpty() ? new CoarseOutline().derive(corpus.get()) : own;
    }

    /** Saves atomically, then links again; quotes and cast do not depend on scenes and are kept. */
    void save(List<SceneOutline> scenes) throws WorkspaceException {
        String problem = OutlineCheck.problem(scenes);
        if (problem != null) {
            throw new WorkspaceException("scene list: " + problem);
        }
        WorkspaceFiles.writeOutline(files.resolve(WorkspaceFiles.OUTLINE_FILE), scenes);
        updater.update((generation, c, current) -> c.isEmpty() ? current
                : pipeline.relink(c, generation, current, scenes, files.endingEdits(), Progress.NONE));
    }

    int export(Path file) throws WorkspaceException {
        List<SceneOutline> scenes = current();
        WorkspaceFiles.writeOutline(file.toAbsolutePath(), scenes);
        return scenes.size();
    }

    /** Checked before saving so that a problem names the imported file rather than the workspace's. */
    int importFrom(Path file) throws WorkspaceException {
        Path abs = file.toAbsolutePath();
        if (!Files.isRegularFile(abs)) {
            throw new WorkspaceException(abs + ": no such scene list file");
        }
        List<SceneOutline> scenes = WorkspaceFiles.readOutline(abs);
        String problem = OutlineCheck.problem(scenes);
        if (problem != null) {
            throw new WorkspaceException(abs + ": " + problem);
        }
        save(scenes);
        return scenes.size();
    }

    /** A scene list shipped beside the input (as with the bundled sample), or empty. */
    static List<SceneOutline> beside(List<Path> paths) throws WorkspaceException {
        for (Path p : paths) {
            Path folder = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
            Path candidate = folder == null ? null : folder.resolve(WorkspaceFiles.OUTLINE_FILE);
            if (candidate != null && Files.isRegularFile(candidate)) {
                return WorkspaceFiles.readOutline(candidate);
            }
        }
        return List.of();
    }

    /** Keeps a scene list that came with the input, once the ingest has succeeded, so users can edit it. */
    void keep(List<SceneOutline> outline) throws WorkspaceException {
        Path target = files.resolve(WorkspaceFiles.OUTLINE_FILE);
        if (outline.isEmpty() || Files.exists(target)) {
            return;
        }
        WorkspaceFiles.writeOutline(target, outline);
    }
}
