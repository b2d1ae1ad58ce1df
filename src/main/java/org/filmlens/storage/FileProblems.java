package org.filmlens.storage;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A file system failure in one line that says where and why (its own message is often just the path). */
public final class FileProblems {
    private FileProblems() {}

    public static String describe(FileSystemException e) {
        String reason = e.getReason();
        if (reason == null) {
            reason = e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "already exists"
                    : e instanceof NotDirectoryException ? "not a folder"
                    : "file system error (" + e.getClass().getSimpleName() + ")";
        }
        String where = e.getFile() == null ? "" : e.getFile()
                + (e.getOtherFile() == null ? "" : " -> " + e.getOtherFile());
        return (where.isEmpty() ? "" : where + ": ") + reason.replace('\n', ' ');
    }
}
