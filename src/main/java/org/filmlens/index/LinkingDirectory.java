package org.filmlens.index;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;

/**
 * A folder whose {@code copyFrom} makes a hard link when it can: joining the parts of an index built by several
 * threads ({@link org.apache.lucene.index.IndexWriter#addIndexes(Directory...)}), or adding the old index's kept
 * segments ({@link SelectedSegments}), then costs no copying. Index files are never modified once written, so
 * sharing them between two folders is safe: the parts are deleted afterwards, the old index when it is replaced.
 * Falls back to copying (another file system, no hard links).
 */
final class LinkingDirectory extends FilterDirectory {
    private final FSDirectory target;

    LinkingDirectory(FSDirectory target) {
        super(target);
        this.target = target;
    }

    @Override
    public void copyFrom(Directory from, String src, String dest, IOContext context) throws IOException {
        if (FilterDirectory.unwrap(from) instanceof FSDirectory source) {
            try {
                Files.createLink(target.getDirectory().resolve(dest), source.getDirectory().resolve(src));
                return;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // a file system without hard links, or the parts on another device: copy the file instead
            }
        }
        super.copyFrom(from, src, dest, context);
    }
}
