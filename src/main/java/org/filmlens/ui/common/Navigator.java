package org.filmlens.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;

/**
 * The one shared navigation model: any pane that refers to a passage or a span asks the navigator to open it, and
 * the source reader (and the window, which brings the reader forward) listen. Panes never reach into each other.
 * Requests are events, not state: opening the same place twice scrolls there twice.
 */
public final class Navigator {
    private final List<Consumer<Location>> listeners = new CopyOnWriteArrayList<>();
    private final WorkspaceSession session;

    public Navigator(WorkspaceSession session) {
        this.session = session;
    }

    public void addListener(Consumer<Location> listener) {
        listeners.add(listener);
    }

    /** Opens a passage by id; unknown ids (a stale link after re-ingest) are reported, not thrown. */
    public void openPassage(String passageId) {
        openPassage(passageId, List.of());
    }

    /** Opens a passage with some of its words marked: {@code words} are offsets into the passage's text. */
    public void openPassage(String passageId, List<Location.Span> words) {
        Optional<Passage> p = passageId == null ? Optional.empty() : corpus().passage(passageId);
        if (p.isEmpty()) {
            session.reportError("Passage " + passageId + " is not in this workspace any more");
            return;
        }
        int start = p.get().start();
        fire(new Location(p.get().sourceId(), start, p.get().end(), words.stream()
                .map(w -> new Location.Span(start + w.start(), start + w.end())).toList()));
    }

    public void openSpan(String sourceId, int start, int end) {
        if (corpus().source(sourceId).isEmpty()) {
            session.reportError("Source " + sourceId + " is not in this workspace any more");
            return;
        }
        fire(new Location(sourceId, start, end));
    }

    public void openSource(String sourceId) {
        fire(Location.wholeSource(sourceId));
    }

    private Corpus corpus() {
        return session.corpus();
    }

    private void fire(Location location) {
        for (Consumer<Location> l : listeners) {
            l.accept(location);
        }
    }
}
