package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.filmlens.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which workspace the window opens at launch, and whether an empty one gets the bundled sample. */
class LaunchWorkspaceTest {
    @TempDir
    Path dir;
    private final Preferences node = Preferences.userRoot().node("org/filmlens/test/" + UUID.randomUUID());
    private final WindowPreferences prefs = new WindowPreferences(node);

    @AfterEach
    void removePreferences() throws Exception {
        node.removeNode();
    }

    @Test
    void aFolderNamedWithWorkspaceIsNeverFilledWithTheSample() {
        Path another = dir.resolve("another-film");
        LaunchWorkspace launch = LaunchWorkspace.choose(LaunchOptions.parse(List.of("--workspace", another.toString())),
                prefs);
        assertEquals(another, launch.folder());
        assertFalse(launch.sampleIfEmpty());
        assertFalse(LaunchWorkspace.choose(LaunchOptions.parse(List.of("--workspace=" + another)), prefs)
                .sampleIfEmpty());
    }

    @Test
    void withoutAFolderTheDefaultWorkspaceOpensWithTheSample() {
        LaunchWorkspace launch = LaunchWorkspace.choose(LaunchOptions.parse(List.of()), prefs);
        assertEquals(Workspace.defaultDirectory(), launch.folder());
        assertTrue(launch.sampleIfEmpty());
    }

    @Test
    void theFolderShownLastTimeOpensAsItIs() {
        Path mine = dir.resolve("my-film");
        prefs.setLastWorkspace(mine);
        LaunchWorkspace launch = LaunchWorkspace.choose(LaunchOptions.parse(List.of()), prefs);
        assertEquals(mine, launch.folder());
        assertFalse(launch.sampleIfEmpty());
    }
}
