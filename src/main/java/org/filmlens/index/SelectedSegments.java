package org.filmlens.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;

/**
 * An index folder seen as a commit of some of its segments only: their files, read where they are, and a segments
 * file naming just them, held in memory. {@link IndexWriter#addIndexes(Directory...)} given this view by a writer
 * whose own directory is a {@link LinkingDirectory} links those files into the new index, and nothing is written
 * anywhere else: no scratch folder to delete afterwards while the old index's files may still be open (Windows
 * refuses to delete an open file's link).
 *
 * <p>Read-only: writing to it fails. The lock {@code addIndexes} takes on it is the view's own, not the folder's:
 * the folder is the live index, which searches open meanwhile and would take for one being written while its lock
 * is held (nothing writes to it during an ingest). Closing the view leaves the folder open (its owner closes it).
 */
final class SelectedSegments extends FilterDirectory {
    private final ByteBuffersDirectory commit;
    /** The segments file in {@code commit}, written once by {@link #of}. */
    private final Set<String> commitFiles;
    private final Set<String> segmentFiles;

    private SelectedSegments(Directory folder, ByteBuffersDirectory commit, Set<String> segmentFiles)
            throws IOException {
        super(folder);
        this.commit = commit;
        this.commitFiles = Set.of(commit.listAll());
        this.segmentFiles = segmentFiles;
    }

    /** {@code segments} of the index in {@code folder}, whose commits record {@code createdVersionMajor}. */
    static SelectedSegments of(Directory folder, List<SegmentCommitInfo> segments, int createdVersionMajor)
            throws IOException {
        SegmentInfos infos = new SegmentInfos(createdVersionMajor);
        Set<String> files = new TreeSet<>();
        for (SegmentCommitInfo segment : segments) {
            files.addAll(segment.files());
            infos.add(segment.clone());
        }
        ByteBuffersDirectory commit = new ByteBuffersDirectory();
        try {
            infos.commit(commit);
            return new SelectedSegments(folder, commit, files);
        } catch (IOException | RuntimeException e) {
            commit.close();
            throw e;
        }
    }

    @Override
    public String[] listAll() throws IOException {
        Set<String> all = new TreeSet<>(segmentFiles);
        all.addAll(commitFiles);
        return all.toArray(String[]::new);
    }

    @Override
    public long fileLength(String name) throws IOException {
        return commitFiles.contains(name) ? commit.fileLength(name) : in.fileLength(shown(name));
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        return commitFiles.contains(name) ? commit.openInput(name, context) : in.openInput(shown(name), context);
    }

    @Override
    public Lock obtainLock(String name) throws IOException {
        return commit.obtainLock(name);
    }

    /** {@code name}, when it is a file of the selected segments: the folder's other files are not part of the view. */
    private String shown(String name) throws NoSuchFileException {
        if (!segmentFiles.contains(name)) {
            throw new NoSuchFileException(name + " is not a file of the selected segments");
        }
        return name;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        throw refused(name);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        throw refused(prefix);
    }

    @Override
    public void deleteFile(String name) throws IOException {
        throw refused(name);
    }

    @Override
    public void rename(String source, String dest) throws IOException {
        throw refused(source);
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        throw refused(String.join(", ", names));
    }

    @Override
    public void syncMetaData() throws IOException {
        throw refused("the folder");
    }

    /** Any write: the folder shown is the live index, which only its own build writes. */
    private static AccessDeniedException refused(String what) {
        return new AccessDeniedException(what, null, "a view of an index's kept segments is never written");
    }

    @Override
    public void close() throws IOException {
        commit.close();
    }
}
