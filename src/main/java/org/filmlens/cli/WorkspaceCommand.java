package org.filmlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.filmlens.workspace.Workspace;
import org.filmlens.workspace.WorkspaceException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on one workspace: opens it, runs, closes it. */
abstract class WorkspaceCommand implements Callable<Integer>, CommonOptions.Holder {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public CommonOptions common() {
        return common;
    }

    @Override
    public final Integer call() throws Exception {
        inheritParentsOptions();
        checkUsage();
        if (!createsWorkspace() && !Workspace.isWorkspace(common.workspaceDir())) {
            // a mistyped --workspace would otherwise be made, empty, and answer "nothing found"
            throw new WorkspaceException(common.workspaceDir() + ": no workspace there (nothing has been ingested"
                    + " into it: filmlens ingest FILE --workspace " + common.workspaceDir() + ")");
        }
        if (!createsWorkspace() && needsCorpus()) {
            Workspace.checkCorpusNotLost(common.workspaceDir());
        }
        if (!ranOnIndexAlone()) {
            try (Workspace ws = needsAnalysis() ? common.openWorkspace() : common.openForCorpus()) {
                run(ws);
            }
        }
        Output.flush();
        return 0;
    }


    abstract void run(Workspace ws) throws Exception;

    /**
     * Refuses options that cannot go together or a value out of range, before the workspace is opened: bad usage
     * exits 2 ({@link picocli.CommandLine.ParameterException}), whatever the workspace holds.
     */
    void checkUsage() {
    }

    /** A usage error of this command, told as picocli tells its own. */
    final picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * False for a command that answers from the annotations alone (listing or exporting them): it still works on a
     * workspace whose corpus.json is lost, so notes can be saved elsewhere before the pages are ingested again.
     */
    boolean needsCorpus() {
        return true;
    }

    /** True for a command that may start a workspace where there is none (an ingest, an import). */
    boolean createsWorkspace() {
        return false;
    }

    /**
     * "ending --workspace W compare Q" or "filmlens --workspace W ending": the options were given to a parent
     * command, which does not run. Without this, the subcommand would read (or edit) the default workspace.
     */
    private void inheritParentsOptions() {
        for (CommandSpec p = spec.parent(); p != null; p = p.parent()) {
            if (p.userObject() instanceof CommonOptions.Holder parent) {
                common.inheritFrom(parent.common());
            }
        }
    }

    /**
     * For a command that can answer from the workspace's search index without reading the workspace: true when it
     * did; false, and nothing printed, when it needs the workspace ({@link #run} then runs instead).
     */
    boolean ranOnIndexAlone() throws Exception {
        return false;
    }

    /**
     * False for a command that reads only the corpus, or one part of the analysis: its workspace is opened without
     * reading analysis.json (at 100 MB the larger file), whose part is then read alone when asked for, and the
     * whole only if something asks for it after all.
     */
    boolean needsAnalysis() {
        return true;
    }

    boolean json() {
        return common.json;
    }
}
