package org.filmlens.ui.scenes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.SceneLink;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Link;
import org.filmlens.ui.common.Navigator;
import org.filmlens.ui.common.PaneViewModel;
import org.filmlens.ui.common.Texts;
import org.filmlens.ui.common.WorkspaceSession;
import org.filmlens.ui.notes.AnnotationDraft;
import org.filmlens.ui.notes.Annotator;
import org.filmlens.workspace.AnalysisPart;

/** The film's scenes in story order; the selected scene's linked passages and quotes, each one click away. */
public final class ScenesViewModel extends PaneViewModel {
    static final int EXCERPT_CHARS = 220;

    private final Navigator navigator;
    private final Annotator annotator;
    private final ObservableList<SceneRow> scenes = FXCollections.observableArrayList();
    private final ObjectProperty<SceneRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<Link> passages = FXCollections.observableArrayList();
    private final ObservableList<Link> quotes = FXCollections.observableArrayList();
    private Map<String, Quote> quotesById = Map.of();

    public ScenesViewModel(WorkspaceSession session, BackgroundRunner runner, Navigator navigator,
                           Annotator annotator) {
        super(session, runner);
        this.navigator = navigator;
        this.annotator = annotator;
        selected.addListener((obs, old, now) -> showLinks(now));
    }

    public ObservableList<SceneRow> scenes() {
        return scenes;
    }

    public ObjectProperty<SceneRow> selectedProperty() {
        return selected;
    }

    public ObservableList<Link> passages() {
        return passages;
    }

    public ObservableList<Link> quotes() {
        return quotes;
    }

    public void open(Link link) {
        link.open(navigator);
    }

    /** Annotates the selected scene; the note lists as "Scene N: title" in the annotations pane. */
    public void annotate(AnnotationDraft draft) {
        SceneRow row = selected.get();
        if (row != null) {
            annotator.annotateScene(row.scene().id(), draft);
        }
    }

    @Override
    public Set<AnalysisPart> analysisParts() {
        return Set.of(AnalysisPart.SCENES, AnalysisPart.QUOTES);
    }

    @Override
    protected Read<?> read() {
        // the rows and the quote lookup (every quote of the workspace) are built in the background
        return new Read<>(ws -> new Loaded(ws.scenes().stream().sorted((a, b) -> Integer.compare(a.order(), b.order()))
                .map(SceneRow::of).toList(), ws.allQuotes().stream()
                .collect(Collectors.toMap(Quote::id, Function.identity(), (a, b) -> a))), loaded -> {
            quotesById = loaded.quotesById();
            int keep = selected.get() == null ? -1 : selected.get().order();
            scenes.setAll(loaded.scenes());
            selected.set(scenes.stream().filter(r -> r.order() == keep).findFirst()
                    .orElse(scenes.isEmpty() ? null : scenes.get(0)));
        });
    }

    @Override
    protected void release() {
        quotesById = Map.of(); // every quote of the workspace; the scenes themselves are few
    }

    private record Loaded(List<SceneRow> scenes, Map<String, Quote> quotesById) {}

    private void showLinks(SceneRow row) {
        if (row == null) {
            passages.clear();
            quotes.clear();
            return;
        }
        Corpus corpus = session.corpus();
        List<Link> ps = new ArrayList<>();
        for (SceneLink l : row.scene().passages()) {
            corpus.passage(l.targetId()).ifPresent(p -> ps.add(Link.toPassage(Texts.excerpt(p.text(), EXCERPT_CHARS),
                    session.sourceTitle(p.sourceId()) + " · " + why(l), p.id())));
        }
        List<Link> qs = new ArrayList<>();
        for (SceneLink l : row.scene().quotes()) {
            Quote q = quotesById.get(l.targetId());
            if (q != null && !q.occurrences().isEmpty()) {
                QuoteOccurrence o = q.occurrences().get(0);
                String speaker = q.speaker() == null ? "" : q.speaker() + " · ";
                qs.add(Link.toSpan("“" + q.text() + "”", speaker + Texts.plural(q.sourceIds().size(), "source")
                        + " · " + why(l), o.sourceId(), o.start(), o.end()));
            }
        }
        passages.setAll(ps);
        quotes.setAll(qs);
    }

    /** "shares letter, catherine · says “the last letter” · 90% fit": the link's reasons as a reader says them. */
    static String why(SceneLink l) {
        String reason = l.reason() == null || l.reason().isBlank() ? "" : readable(l.reason()) + " · ";
        return reason + Math.round(l.confidence() * 100) + "% fit";
    }

    /** The analysis's reasons ("words: a, b; phrase: c; cue: d; marker: first lines") in words. */
    static String readable(String reason) {
        if (reason.startsWith("quoted in ")) { // a line's link: "quoted in “Title”: <the passage's reasons>"
            int colon = reason.indexOf("\u201d: ") >= 0 ? reason.indexOf("\u201d: ") + 1 : reason.indexOf(": ");
            if (colon > 0) {
                return reason.substring(0, colon) + " (" + readable(reason.substring(colon + 2)) + ")";
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : reason.split("; ")) {
            int colon = part.indexOf(": ");
            String kind = colon < 0 ? "" : part.substring(0, colon);
            String what = colon < 0 ? part : part.substring(colon + 2);
            out.add(switch (kind) {
                case "words" -> "shares " + what;
                case "phrase" -> "says “" + what + "”";
                case "cue" -> "names " + what;
                case "marker" -> "marked as the " + what;
                default -> part;
            });
        }
        return String.join(", ", out);
    }
}
