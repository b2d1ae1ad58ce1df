package org.filmlens.workspace;

import java.nio.file.Files;
import java.nio.file.Path;

/** Damages one part of a workspace's analysis.json so that the analysis can be neither read whole nor derived. */
public final class DamagedParts {
    private DamagedParts() {}

    /**
     * Turns the colon after the first id of {@code part} ("scenes", "ending", …) into a semicolon (the same length,
     * so the table of parts still fits the file), and makes the scene list unreadable, without which the analysis
     * cannot be derived again.
     */
    public static void beyondRepair(Path dir, String part) throws Exception {
        Path file = dir.resolve(WorkspaceFiles.ANALYSIS_FILE);
        String json = Files.readString(file);
        int id = json.indexOf("\"id\" : ", json.indexOf("\"" + part + "\" : [ {")) + "\"id\" ".length();
        Files.writeString(file, json.substring(0, id) + ";" + json.substring(id + 1));
        Files.writeString(dir.resolve(WorkspaceFiles.OUTLINE_FILE), "{ not json");
    }
}
