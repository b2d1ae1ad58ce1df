package org.filmlens.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What a file looks like from outside: enough to notice that it was replaced without reading it. Files are saved by
 * writing a temp file and renaming it over the old one, so every save gives a new file key (inode) where the
 * platform has them, besides a new modification time.
 */
record FileStamp(boolean exists, Object fileKey, FileTime modified, long size) {
    static final FileStamp ABSENT = new FileStamp(false, null, null, -1);

    static FileStamp of(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(true, a.fileKey(), a.lastModifiedTime(), a.size());
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
    }
}
