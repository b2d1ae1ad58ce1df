package org.filmlens.cli;

import java.nio.file.Path;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Where the corpus, index and annotations live (default: a per-user data folder).")
    Path workspace;

    @Option(names = "--json", description = "Print one JSON document on stdout, nothing else.")
    boolean json;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    /** A command that takes these options, and gives them to its subcommands. */
    interface Holder {
        CommonOptions common();
    }

    /** Takes what a parent command was given and this one was not. */
    void inheritFrom(CommonOptions parent) {
        if (workspace == null) {
            workspace = parent.workspace;
        }
        json |= parent.json;
        verbose |= parent.verbose;
    }

    Path workspaceDir() {
        return workspace != null ? workspace : Workspace.defaultDirectory();
    }

    Workspace openWorkspace() throws WorkspaceException {
        return Workspace.open(workspaceDir());
    }

    /** The workspace with its corpus read and its analysis read only if asked for. */
    Workspace openForCorpus() throws WorkspaceException {
        return Workspace.openForCorpus(workspaceDir());
    }
}
