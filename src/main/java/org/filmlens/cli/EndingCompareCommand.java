package org.filmlens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmlens.analysis.AnswerComparison;
import org.filmlens.analysis.DiffSegment;
import org.filmlens.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "compare", description = "Word-level comparison of sources' answers to one ending question: the"
        + " first source against each of the others (all answering sources when none are named).")
final class EndingCompareCommand extends WorkspaceCommand {
    @Parameters(index = "0", paramLabel = "QUESTION_ID", description = "As listed by the ending command.")
    String questionId;

    @Parameters(index = "1..*", paramLabel = "SOURCE_ID", arity = "0..*")
    List<String> sourceIds = new ArrayList<>();

    @Override
    void run(Workspace ws) throws Exception {
        List<AnswerComparison> comparisons = ws.compareAnswers(questionId, sourceIds);
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("question", questionId);
            m.put("comparisons", comparisons.stream().map(EndingCompareCommand::shape).toList());
            Output.json(m);
            return;
        }
        for (AnswerComparison c : comparisons) {
            Output.line(c.leftSourceId() + "  vs  " + c.rightSourceId());
            Output.line("  shared words: " + String.join(", ", c.sharedWords()));
            StringBuilder sb = new StringBuilder("  ");
            for (DiffSegment s : c.segments()) {
                switch (s.kind()) {
                    case EQUAL -> sb.append(s.text());
                    case ONLY_LEFT -> sb.append("[-").append(s.text()).append("-]");
                    case ONLY_RIGHT -> sb.append("{+").append(s.text()).append("+}");
                }
                sb.append(' ');
            }
            Output.line(sb.toString().stripTrailing());
        }
    }

    private static Map<String, Object> shape(AnswerComparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("left", c.leftSourceId());
        m.put("right", c.rightSourceId());
        m.put("sharedWords", c.sharedWords());
        m.put("segments", c.segments().stream().map(s -> Map.of("kind", s.kind().name().toLowerCase(
                java.util.Locale.ROOT), "text", s.text())).toList());
        return m;
    }
}
