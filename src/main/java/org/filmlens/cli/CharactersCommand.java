package org.filmlens.cli;

import org.filmlens.corpus.FilmCharacter;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;

@Command(name = "characters", description = "List the film's characters, their actors and aliases.")
final class CharactersCommand extends WorkspaceCommand {
    /** Reads the part of analysis.json it lists, alone ({@link Workspace#openForCorpus}). */
    @Override
    boolean needsAnalysis() {
        return false;
    }

    @Override
    void run(Workspace ws) {
        if (json()) {
            Output.json(ws.characters().stream().map(JsonShapes::character).toList());
            return;
        }
        for (FilmCharacter c : ws.characters()) {
            Output.line(String.format("%-24s %-24s %4d mentions %4d lines  %s", c.name(),
                    c.actor() == null ? "" : c.actor(), c.mentions().size(), c.quoteIds().size(),
                    c.aliases().isEmpty() ? "" : "aka " + String.join(", ", c.aliases())));
        }
    }
}
