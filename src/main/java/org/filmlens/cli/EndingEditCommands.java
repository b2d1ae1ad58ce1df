package org.filmlens.cli;

import java.util.List;
import java.util.Map;
import org.filmlens.corpus.Stance;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The user's edits of the ending questions; each is kept in ending-edits.json and survives re-ingest. */
final class EndingEditCommands {
    private EndingEditCommands() {}

    private static void done(WorkspaceCommand c, String id, String what) {
        if (c.json()) {
            Output.json(Map.of("id", id, "edit", what));
        } else {
            Output.line(what + ": " + id);
        }
    }

    @Command(name = "add", description = "Add a question of your own.")
    static final class Add extends WorkspaceCommand {
        @Parameters(paramLabel = "QUESTION", arity = "1..*")
        List<String> words;

        @Override
        void run(Workspace ws) throws Exception {
            done(this, ws.addQuestion(String.join(" ", words)), "added");
        }
    }

    @Command(name = "rename", description = "Give a question your own wording.")
    static final class Rename extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "QUESTION_ID")
        String id;
        @Parameters(index = "1..*", paramLabel = "WORDING", arity = "1..*")
        List<String> words;

        @Override
        void run(Workspace ws) throws Exception {
            ws.renameQuestion(id, String.join(" ", words));
            done(this, id, "renamed");
        }
    }

    @Command(name = "merge", description = "Move every answer of FROM_ID under INTO_ID.")
    static final class Merge extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FROM_ID")
        String from;
        @Parameters(index = "1", paramLabel = "INTO_ID")
        String into;

        @Override
        void run(Workspace ws) throws Exception {
            ws.mergeQuestions(from, into);
            done(this, into, "merged");
        }
    }

    @Command(name = "order", description = "Put these questions first, in this order.")
    static final class Order extends WorkspaceCommand {
        @Parameters(paramLabel = "QUESTION_ID", arity = "1..*")
        List<String> ids;

        @Override
        void run(Workspace ws) throws Exception {
            ws.reorderQuestions(ids);
            done(this, String.join(",", ids), "reordered");
        }
    }

    @Command(name = "stance", description = "Set a source's stance on a question (hopeful, bleak, tragic, ambiguous,"
            + " literal, figurative, neutral).")
    static final class SetStance extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "QUESTION_ID")
        String id;
        @Parameters(index = "1", paramLabel = "SOURCE_ID")
        String sourceId;
        @Parameters(index = "2", paramLabel = "STANCE")
        String label;
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        void run(Workspace ws) throws Exception {
            Stance stance = Stance.fromLabel(label);
            if (stance == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown stance '" + label + "'; one of hopeful, bleak, tragic, ambiguous, literal,"
                                + " figurative, neutral");
            }
            ws.setStance(id, sourceId, stance);
            done(this, id, "stance set");
        }
    }
}
