package org.filmlens.cli;

import java.util.concurrent.Callable;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Mixin;

/** A command that works on one workspace: opens it, runs, closes it. */
abstract class WorkspaceCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public final Integer call() throws Exception {
        try (Workspace ws = common.openWorkspace()) {
            run(ws);
        }
        Output.flush();
        return 0;
    }

    abstract void run(Workspace ws) throws Exception;

    boolean json() {
        return common.json;
    }
}
