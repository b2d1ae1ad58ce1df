package org.filmlens.ui;

import java.nio.file.Path;
import org.filmlens.workspace.Workspace;

/**
 * The workspace the window opens at launch, and whether an empty one is filled with the bundled sample. Only the
 * per-user default folder is (the first start, `mvn javafx:run`): a folder the user named, now with
 * {@code --workspace} or last time, is a workspace for a film of their own, and empty it shows the empty state.
 */
record LaunchWorkspace(Path folder, boolean sampleIfEmpty) {
    /** The folder named on the command line, else the one shown last time, else the per-user default. */
    static LaunchWorkspace choose(LaunchOptions options, WindowPreferences prefs) {
        if (options.workspace().isPresent()) {
            return new LaunchWorkspace(options.workspace().get(), false);
        }
        Path defaultFolder = Workspace.defaultDirectory();
        Path folder = prefs.lastWorkspace().orElse(defaultFolder);
        return new LaunchWorkspace(folder, folder.equals(defaultFolder));
    }
}
