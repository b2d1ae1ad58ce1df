package org.filmlens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexRange;
import org.filmlens.annotations.AnnotationException;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Source;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Location;
import org.filmlens.ui.common.Navigator;
import org.filmlens.ui.common.PaneViewModel;
import org.filmlens.ui.common.WorkspaceSession;
import org.filmlens.ui.notes.AnnotationDraft;
import org.filmlens.ui.notes.Annotator;
import org.filmlens.ui.notes.WholeWords;

/**
 * The source reader: the cleaned text of one source as its passages, the span the user followed a link to
 * highlighted, and a request to scroll to the passage that holds it.
 */
public final class ReaderViewModel extends PaneViewModel {
    private final ObservableList<PassageRow> passages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Location> highlight = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper focusIndex = new ReadOnlyIntegerWrapper(-1);
    /** Bumped on every navigation, so the view scrolls even when the target is the same passage as before. */
    private final ReadOnlyIntegerWrapper scrollRequests = new ReadOnlyIntegerWrapper();
    private final Annotator annotator;
    private final ReadOnlyIntegerWrapper annotationsShown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper emptyHint = new ReadOnlyStringWrapper();
    /** The words selected in the text, or null. */
    private final ReadOnlyObjectWrapper<ReaderSelection> textSelection = new ReadOnlyObjectWrapper<>();
    /** The shown source's annotations. */
    private List<Annotation> annotations = List.of();
    private String shownSourceId;
    private int shownRevision = -1;

    public ReaderViewModel(WorkspaceSession session, BackgroundRunner runner, Navigator navigator,
                           Annotator annotator) {
        super(session, runner);
        this.annotator = annotator;
        navigator.addListener(this::show);
        // added, edited, deleted, undone or redone: the highlighted spans follow
        annotator.changesProperty().addListener((obs, old, now) -> loadAnnotations());
        session.revisionProperty().addListener((obs, old, now) -> emptyHint.set(emptyHint()));
        emptyHint.set(emptyHint());
    }

    /** What the reader says with no source open: where to pick one, or, in a workspace with none, how to add some. */
    public ReadOnlyStringProperty emptyHintProperty() {
        return emptyHint.getReadOnlyProperty();
    }

    private String emptyHint() {
        return session.corpus().isEmpty() ? "This workspace has no sources yet: File \u203a Import files\u2026 adds "
                + "pages about the film, and each can then be read here"
                : "Pick a source on the left, or follow any quote, hit or answer to its place here";
    }

    public ObservableList<PassageRow> passages() {
        return passages;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "article · site · by author · 42 passages". */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Location> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** The passage to bring into view, or -1. */
    public ReadOnlyIntegerProperty focusIndexProperty() {
        return focusIndex.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty scrollRequestsProperty() {
        return scrollRequests.getReadOnlyProperty();
    }

    public String shownSourceId() {
        return shownSourceId;
    }

    /** The highlighted text, exactly as it stands in the source (empty when nothing is highlighted). */
    public String highlightedText() {
        Location h = highlight.get();
        if (h == null || !h.hasSpan() || shownSourceId == null) {
            return "";
        }
        return session.corpus().source(shownSourceId).map(s -> s.text().substring(h.start(), h.end())).orElse("");
    }

    /**
     * What the annotate dialog preselects in the passage: the followed span when it lies inside this passage (the
     * quote or hit the user came from), else nothing, which stands for the whole passage.
     */
    public Optional<TextRange> initialSelection(PassageRow passage) {
        Location h = highlight.get();
        if (h == null || !h.hasSpan() || h.start() < passage.start() || h.end() > passage.end()
                || h.end() <= h.start()) {
            return Optional.empty();
        }
        return Optional.of(new TextRange(h.start() - passage.start(), h.end() - passage.start()));
    }

    /** The words selected in the reader's text (whole words, inside one passage), or null. */
    public ReadOnlyObjectProperty<ReaderSelection> textSelectionProperty() {
        return textSelection.getReadOnlyProperty();
    }

    /**
     * Selects the whole words between a drag's start and where it is now (offsets into the passage's text, either
     * order); a click, or a drag over blanks only, selects nothing.
     */
    public void selectText(PassageRow passage, int anchor, int caret) {
        IndexRange words = WholeWords.around(passage.text(), anchor, caret);
        textSelection.set(words.getLength() == 0 ? null
                : new ReaderSelection(passage, anchor, caret, new TextRange(words.getStart(), words.getEnd())));
    }

    /**
     * Shift+Right or Shift+Left: moves the selection's moving end a word on, from the passage's start (or end)
     * when nothing in it is selected yet.
     */
    public void extendTextSelection(PassageRow passage, boolean forward) {
        ReaderSelection now = textSelection.get();
        boolean here = now != null && now.passage().equals(passage);
        int anchor = here ? now.anchor() : forward ? 0 : passage.text().length();
        int caret = here ? now.caret() : anchor;
        caret = forward ? WholeWords.nextWordEnd(passage.text(), caret)
                : WholeWords.previousWordStart(passage.text(), caret);
        selectText(passage, anchor, caret);
    }

    public void clearTextSelection() {
        textSelection.set(null);
    }

    /** The selected words of this passage, if the selection is in it. */
    public Optional<TextRange> selectedWords(PassageRow passage) {
        ReaderSelection now = textSelection.get();
        return now != null && now.passage().equals(passage) ? Optional.of(now.words()) : Optional.empty();
    }

    /** What the annotate dialog says a selection's note is about: the source, and the words (long ones cut). */
    public String selectionSubject(ReaderSelection selection) {
        String words = selection.text();
        return title.get() + " · \u201c" + (words.length() > 160 ? words.substring(0, 159) + "\u2026" : words)
                + "\u201d";
    }

    /** Annotates the selected words as they are shown, and lets the selection go so the new highlight shows. */
    public void annotateTextSelection(AnnotationDraft draft) {
        ReaderSelection now = textSelection.get();
        if (now != null) {
            annotate(now.passage(), now.words().start(), now.words().end(), draft);
            textSelection.set(null);
        }
    }

    /** Annotates what the dialog would preselect: the followed span inside the passage, else the whole passage. */
    public void annotate(PassageRow passage, AnnotationDraft draft) {
        TextRange r = initialSelection(passage).orElse(new TextRange(0, 0));
        annotate(passage, r.start(), r.end(), draft);
    }

    /** Annotates the words selected in the passage's text (offsets into it, either order); none = whole passage. */
    public void annotate(PassageRow passage, int selectionStart, int selectionEnd, AnnotationDraft draft) {
        AnnotationTarget target;
        try {
            target = targetFor(passage, selectionStart, selectionEnd);
        } catch (AnnotationException e) {
            session.reportError("Could not annotate: " + e.getMessage());
            return;
        }
        annotator.annotate(target, draft);
    }

    /**
     * The span a selection in the passage's text stands for, in source offsets with its exact text and context: the
     * whole words it touches (see {@link Annotator#passageSelection}); none, or only blanks, is the whole passage.
     */
    public AnnotationTarget targetFor(PassageRow passage, int selectionStart, int selectionEnd)
            throws AnnotationException {
        return Annotator.passageSelection(session.corpus(), passage.passageId(), passage.start(), passage.text(),
                selectionStart, selectionEnd);
    }

    /** What the annotate dialog says it is about: the source it is in. */
    public String annotationSubject(PassageRow passage) {
        return title.get() + " · select words below to annotate only them";
    }

    /** The parts of the passage that the user has annotated (placed annotations only), in the passage's offsets. */
    public List<TextRange> annotatedRanges(PassageRow passage) {
        return shownSourceId == null ? List.of() : AnnotatedRanges.in(passage, shownSourceId, annotations);
    }

    /** The passage's annotated stretches with the notes on each, for the pointer to show and open. */
    public List<AnnotatedRun> annotatedRuns(PassageRow passage) {
        return shownSourceId == null ? List.of() : AnnotatedRanges.runs(passage, shownSourceId, annotations);
    }

    /** Saves an edit of an annotation opened from its highlight. */
    public void editAnnotation(Annotation annotation, AnnotationDraft draft) {
        annotator.edit(annotation, draft);
    }

    public void deleteAnnotation(Annotation annotation) {
        annotator.delete(annotation);
    }

    /** Ticks when the annotated ranges changed, so the view redraws its rows. */
    public ReadOnlyIntegerProperty annotationsShownProperty() {
        return annotationsShown.getReadOnlyProperty();
    }

    private void loadAnnotations() {
        String sourceId = shownSourceId;
        if (sourceId == null) {
            return;
        }
        load(ws -> ws.annotations().list().stream()
                .filter(a -> sourceId.equals(a.target().sourceId())).toList(), list -> {
                    if (sourceId.equals(shownSourceId)) {
                        annotations = list;
                        annotationsShown.set(annotationsShown.get() + 1);
                    }
                });
    }

    @Override
    protected void reload() {
        // a new workspace: the shown source may have changed or gone
        if (shownSourceId != null) {
            Location keep = highlight.get();
            show(keep != null ? keep : Location.wholeSource(shownSourceId));
        }
    }

    /** Shows a location: loads its source when it is not the one shown, then highlights and scrolls. */
    public void show(Location location) {
        if (location.sourceId().equals(shownSourceId) && shownRevision == session.revision()) {
            focus(location);
            return;
        }
        load(ws -> new Loaded(ws.source(location.sourceId()), ws.passages(location.sourceId())), loaded -> {
            if (loaded.source().isEmpty()) {
                clear();
                session.reportError("Source " + location.sourceId() + " is not in this workspace");
                return;
            }
            Source s = loaded.source().get();
            shownSourceId = s.id();
            shownRevision = session.revision();
            title.set(session.sourceTitle(s.id()));
            details.set(describe(s, loaded.passages().size()));
            url.set(s.url() == null ? "" : s.url());
            List<PassageRow> rows = new ArrayList<>(loaded.passages().size());
            for (Passage p : loaded.passages()) {
                rows.add(new PassageRow(p.id(), p.kind(), p.start(), p.end(), p.text()));
            }
            highlight.set(null);
            textSelection.set(null);
            annotations = List.of();
            passages.setAll(rows);
            focus(location);
            loadAnnotations();
        });
    }

    private void focus(Location location) {
        highlight.set(location.hasSpan() ? location : null);
        focusIndex.set(location.hasSpan() ? indexOf(location) : 0);
        scrollRequests.set(scrollRequests.get() + 1);
    }

    /** The first passage the span touches, else the last one that starts before it. */
    private int indexOf(Location location) {
        int best = 0;
        for (int i = 0; i < passages.size(); i++) {
            PassageRow p = passages.get(i);
            if (location.overlaps(p.start(), p.end()) || (p.start() == location.start() && p.end() == p.start())) {
                return i;
            }
            if (p.start() <= location.start()) {
                best = i;
            }
        }
        return best;
    }

    private void clear() {
        shownSourceId = null;
        textSelection.set(null);
        annotations = List.of();
        passages.clear();
        title.set("");
        details.set("");
        url.set("");
        highlight.set(null);
        focusIndex.set(-1);
    }

    private static String describe(Source s, int passageCount) {
        StringJoiner j = new StringJoiner(" · ");
        if (s.kind() != null) {
            j.add(s.kind().label());
        }
        if (s.site() != null && !s.site().isBlank()) {
            j.add(s.site());
        }
        if (s.author() != null && !s.author().isBlank()) {
            j.add("by " + s.author());
        }
        j.add(passageCount + (passageCount == 1 ? " passage" : " passages"));
        return j.toString();
    }

    private record Loaded(Optional<Source> source, List<Passage> passages) {}
}
