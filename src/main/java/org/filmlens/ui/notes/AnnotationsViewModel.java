package org.filmlens.ui.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.filmlens.annotations.StoreNotice;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Navigator;
import org.filmlens.ui.common.PaneViewModel;
import org.filmlens.ui.common.Texts;
import org.filmlens.ui.common.WorkspaceSession;
import org.filmlens.workspace.AnalysisPart;
import org.filmlens.workspace.Workspace;

/**
 * The annotations pane: the user's notes, the latest added first, filtered by words or tag; open one at its place;
 * edit and delete through the {@link Annotator} (so that shortcut+Z undoes them). The order is by when a note was
 * added, not last edited, so that an edit never moves its row away from under the user; a deletion offers its undo.
 */
public final class AnnotationsViewModel extends PaneViewModel {
    static final int EXACT_CHARS = 160;

    private final Navigator navigator;
    private final Annotator annotator;
    private final ObservableList<AnnotationRow> all = FXCollections.observableArrayList();
    private final FilteredList<AnnotationRow> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<AnnotationRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper deleted = new ReadOnlyStringWrapper("");
    /** Undoes the deletion that {@link #deleted} names, while it is the latest edit; null when none is offered. */
    private Runnable undoDeletion;

    public AnnotationsViewModel(WorkspaceSession session, BackgroundRunner runner, Navigator navigator,
                                Annotator annotator) {
        super(session, runner);
        this.navigator = navigator;
        this.annotator = annotator;
        filter.addListener((obs, old, now) -> refilter());
        annotator.changesProperty().addListener((obs, old, now) -> {
            // any later change (an undo, another edit) makes the offer to undo a deletion stale
            withdrawUndoOffer();
            invalidate();
        });
    }

    public ObservableList<AnnotationRow> annotations() {
        return shown;
    }

    /** Words of the note or the annotated text, or a tag. */
    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<AnnotationRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the store repaired on its own (a damaged file restored from its backup), in one line. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void open(AnnotationRow row) {
        AnnotationTarget t = row.annotation().target();
        if (row.canOpen()) {
            navigator.openSpan(t.sourceId(), t.start(), t.end());
        } else if (t.passageId() != null) {
            navigator.openPassage(t.passageId());
        }
    }

    public void edit(AnnotationRow row, AnnotationDraft draft) {
        annotator.edit(row.annotation(), draft);
    }

    /** Deletes at once; {@link #deletedProperty()} then names what went, and {@link #undoDelete()} brings it back. */
    public void delete(AnnotationRow row) {
        String what = describe(row);
        annotator.delete(row.annotation(), undoIt -> {
            undoDeletion = undoIt;
            deleted.set("Deleted " + what);
        });
    }

    /** "Deleted the note “…” (where)" after a deletion, until it is undone or anything else changes; else empty. */
    public ReadOnlyStringProperty deletedProperty() {
        return deleted.getReadOnlyProperty();
    }

    public void undoDelete() {
        Runnable undoIt = undoDeletion;
        withdrawUndoOffer();
        if (undoIt != null) {
            undoIt.run();
        }
    }

    private void withdrawUndoOffer() {
        undoDeletion = null;
        deleted.set("");
    }

    /** Names an annotation for people: its note, else its tags, else the words it is on; and where it is. */
    static String describe(AnnotationRow row) {
        String what = !row.note().isBlank() ? "the note \u201c" + Texts.excerpt(row.note(), 60) + "\u201d"
                : !row.tags().isBlank() ? "the annotation tagged " + row.tags()
                : "the annotation on \u201c" + Texts.excerpt(row.exact(), 60) + "\u201d";
        return row.where().isBlank() ? what : what + " (" + row.where() + ")";
    }

    @Override
    public Set<AnalysisPart> analysisParts() {
        return Set.of(AnalysisPart.SCENES, AnalysisPart.ENDING, AnalysisPart.QUOTES);
    }

    @Override
    protected Read<?> read() {
        return new Read<>(AnnotationsViewModel::rows, loaded -> {
            String keep = selected.get() == null ? null : selected.get().annotation().id();
            all.setAll(loaded.rows());
            notice.set(String.join(" · ", loaded.notices()));
            refilter();
            selected.set(shown.stream().filter(r -> r.annotation().id().equals(keep)).findFirst().orElse(null));
        });
    }

    private record Loaded(List<AnnotationRow> rows, List<String> notices) {}

    private static Loaded rows(Workspace ws) throws Exception {
        var store = ws.annotations();
        List<Annotation> list = new ArrayList<>(store.list());
        list.sort((a, b) -> b.created().compareTo(a.created()));
        Map<String, Scene> scenes = ws.scenes().stream().collect(Collectors.toMap(Scene::id, Function.identity(),
                (a, b) -> a));
        Map<String, EndingQuestion> questions = ws.ending().stream().collect(Collectors.toMap(EndingQuestion::id,
                Function.identity(), (a, b) -> a));
        List<AnnotationRow> rows = new ArrayList<>();
        for (Annotation a : list) {
            rows.add(row(a, ws, scenes, questions));
        }
        return new Loaded(rows, store.notices().stream().map(StoreNotice::message).toList());
    }

    static AnnotationRow row(Annotation a, Workspace ws, Map<String, Scene> scenes,
                             Map<String, EndingQuestion> questions) {
        AnnotationTarget t = a.target();
        String source = t.sourceId() == null ? "" : ws.source(t.sourceId()).map(Texts::title).orElse(t.sourceId());
        String where = switch (t.type()) {
            case PASSAGE_SPAN -> source;
            case QUOTE -> "Quote" + (source.isEmpty() ? "" : " in " + source);
            case SCENE -> scenes.containsKey(t.refId()) ? "Scene " + scenes.get(t.refId()).order() + ": "
                    + scenes.get(t.refId()).title() : "Scene " + t.refId();
            case ENDING_QUESTION -> "Ending: " + (questions.containsKey(t.refId())
                    ? questions.get(t.refId()).question() : t.refId());
        };
        String exact = t.exact() != null ? t.exact() : t.type() == org.filmlens.corpus.AnnotationTargetType.QUOTE
                ? ws.quote(t.refId()).map(Quote::text).orElse("") : "";
        // a note whose words changed shows the words first annotated beside what the span holds now
        String shown = !a.textChanged() ? Texts.excerpt(exact, EXACT_CHARS)
                : "(changed) " + Texts.excerpt(exact, EXACT_CHARS / 2) + " \u2014 annotated: \u201c"
                + Texts.excerpt(a.annotatedText().strip(), EXACT_CHARS / 2) + "\u201d";
        return new AnnotationRow(a, where, shown, exact.strip(), a.note(), String.join(", ", a.tags()),
                a.stance() == null ? "" : a.stance().label(), a.modified().substring(0, Math.min(10,
                a.modified().length())));
    }

    private void refilter() {
        String words = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(r -> Texts.containsIgnoringCase(r.note(), words)
                || Texts.containsIgnoringCase(r.exact(), words)
                || r.annotation().tags().stream().anyMatch(t -> Texts.containsIgnoringCase(t, words)));
        int unplaced = (int) all.stream().filter(AnnotationRow::unplaced).count();
        summary.set(all.isEmpty() ? "" : (shown.size() == all.size() ? "" : Texts.count(shown.size()) + " of ")
                + Texts.plural(all.size(), "annotation") + (unplaced == 0 ? "" : " · " + unplaced
                + " could not be placed in the current text"));
    }
}
