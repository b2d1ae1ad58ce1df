package org.filmlens.cli;

import java.util.ArrayList;
import java.util.List;
import org.filmlens.annotations.AnnotationException;
import org.filmlens.annotations.AnnotationStore;
import org.filmlens.annotations.AnnotationTargets;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationStance;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "annotate", description = "Annotate a passage (or a span of it), a quote, a scene or an ending "
        + "question. The annotation is saved before the command returns.")
final class AnnotateCommand extends WorkspaceCommand {
    @Option(names = "--passage", paramLabel = "ID", description = "The passage to annotate.")
    String passageId;

    @Option(names = "--start", paramLabel = "N", description = "Start of the span: an offset into the source text, "
            + "inside the passage (default: the whole passage).")
    Integer start;

    @Option(names = "--end", paramLabel = "N", description = "End of the span (exclusive), with --start.")
    Integer end;

    @Option(names = "--quote", paramLabel = "ID", description = "A quote (with --passage: its occurrence there).")
    String quoteId;

    @Option(names = "--scene", paramLabel = "ID", description = "A scene.")
    String sceneId;

    @Option(names = "--question", paramLabel = "ID", description = "An ending question.")
    String questionId;

    @Option(names = "--note", paramLabel = "TEXT", required = true, description = "The note.")
    String note;

    @Option(names = "--tag", paramLabel = "T", description = "A tag (repeat for several).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--stance", paramLabel = "S", description = "agree, disagree or unsure.")
    String stance;

    @Override
    void checkUsage() {
        if (stance != null && AnnotationStance.parse(stance).isEmpty()) {
            throw usage("--stance must be agree, disagree or unsure, not '" + stance + "'");
        }
        int kinds = (quoteId != null ? 1 : 0) + (sceneId != null ? 1 : 0) + (questionId != null ? 1 : 0);
        if (kinds > 1 || (passageId != null && (sceneId != null || questionId != null))) {
            throw usage("annotate one thing: --passage (optionally with --quote), --quote, --scene or --question");
        }
        if ((start != null || end != null) && (passageId == null || quoteId != null)) {
            throw usage("--start and --end need --passage (and no --quote)");
        }
        if ((start == null) != (end == null)) {
            throw usage("give both --start and --end, or neither for the whole passage");
        }
        if (kinds == 0 && passageId == null) {
            throw usage("say what to annotate: --passage ID, --quote ID, --scene ID or --question ID");
        }
    }

    @Override
    void run(Workspace ws) throws Exception {
        AnnotationStore store = ws.annotations();
        AnnotationStance parsedStance = stance == null ? null : AnnotationStance.parse(stance).orElseThrow();
        Annotation a = store.add(target(new AnnotationTargets(ws.corpus(), ws.analysis())), note, tags, parsedStance);
        AnnotationJson.printNotices(store);
        if (json()) {
            Output.json(AnnotationJson.annotation(a));
        } else {
            Output.line("Saved annotation " + a.id() + " in " + store.file());
        }
    }

    /** What the options name ({@link #checkUsage} has checked that they name one thing). */
    private AnnotationTarget target(AnnotationTargets targets) throws AnnotationException {
        if (quoteId != null) {
            return targets.quote(quoteId, passageId);
        }
        if (sceneId != null) {
            return targets.scene(sceneId);
        }
        if (questionId != null) {
            return targets.endingQuestion(questionId);
        }
        return targets.passageSpan(passageId, start, end);
    }
}
