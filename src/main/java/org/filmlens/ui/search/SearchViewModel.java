package org.filmlens.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Source;
import org.filmlens.index.SearchHit;
import org.filmlens.index.SearchRequest;
import org.filmlens.index.SearchResults;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Choice;
import org.filmlens.ui.common.Debouncer;
import org.filmlens.ui.common.ErrorMessages;
import org.filmlens.ui.common.Location;
import org.filmlens.ui.common.MarkedText;
import org.filmlens.ui.common.Navigator;
import org.filmlens.ui.common.PaneViewModel;
import org.filmlens.ui.common.WorkspaceSession;
import org.filmlens.ui.common.Texts;
import org.filmlens.workspace.AnalysisPart;

/**
 * Search as you type: each edit of the query or a filter (once typing pauses) runs a search in the background;
 * answers to older queries that arrive late are dropped. A bad query shows its message instead of results.
 */
public final class SearchViewModel extends PaneViewModel {
    static final int LIMIT = 50;
    public static final Choice ALL_SOURCES = new Choice(null, "All sources");
    public static final Choice ALL_SPEAKERS = new Choice(null, "Any speaker");
    /** The speakers to filter by are the cast's: the search itself needs only the index. */
    private static final Set<AnalysisPart> CAST = Set.of(AnalysisPart.CHARACTERS);

    private final Navigator navigator;
    private final Debouncer debouncer;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<Choice> sourceFilter = new SimpleObjectProperty<>(ALL_SOURCES);
    private final ObjectProperty<Choice> speakerFilter = new SimpleObjectProperty<>(ALL_SPEAKERS);
    private final ObservableList<Choice> sourceChoices = FXCollections.observableArrayList(ALL_SOURCES);
    private final ObservableList<Choice> speakerChoices = FXCollections.observableArrayList(ALL_SPEAKERS);
    private final ObservableList<SearchHitRow> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long sequence;

    public SearchViewModel(WorkspaceSession session, BackgroundRunner runner, Navigator navigator,
                           Debouncer debouncer) {
        super(session, runner);
        this.navigator = navigator;
        this.debouncer = debouncer;
        query.addListener((obs, old, now) -> debouncer.call(this::search));
        sourceFilter.addListener((obs, old, now) -> search());
        speakerFilter.addListener((obs, old, now) -> search());
        session.openingProperty().addListener((obs, old, now) -> {
            if (query.get() == null || query.get().isBlank()) {
                status.set(idleHint());
            }
        });
        status.set(idleHint());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Choice> sourceFilterProperty() {
        return sourceFilter;
    }

    public ObjectProperty<Choice> speakerFilterProperty() {
        return speakerFilter;
    }

    public ObservableList<Choice> sourceChoices() {
        return sourceChoices;
    }

    public ObservableList<Choice> speakerChoices() {
        return speakerChoices;
    }

    public ObservableList<SearchHitRow> hits() {
        return hits;
    }

    /** "12 of 40 passages · 3 ms", a query's syntax error, or a hint when nothing is typed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void open(SearchHitRow hit) {
        navigator.openPassage(hit.passageId(), hit.matches());
    }

    /** New workspace: new filter choices, and the current query asked again. */
    @Override
    protected void reload() {
        List<Choice> sources = new ArrayList<>();
        sources.add(ALL_SOURCES);
        for (Source s : session.corpus().sources()) {
            sources.add(new Choice(s.id(), session.sourceTitle(s.id())));
        }
        sourceChoices.setAll(sources);
        if (!sourceChoices.contains(sourceFilter.get())) {
            sourceFilter.set(ALL_SOURCES);
        }
        if (session.isRead(CAST)) {
            loadSpeakers();
        } else {
            showSpeakers(List.of()); // the cast is in the analysis, still being read: the search needs only the index
        }
        search();
    }

    @Override
    protected void partsArrived(Set<AnalysisPart> arrived) {
        if (isActive() && arrived.containsAll(CAST)) {
            loadSpeakers();
        }
    }

    private void loadSpeakers() {
        load(ws -> ws.characters(), this::showSpeakers);
    }

    private void showSpeakers(List<FilmCharacter> cast) {
        List<Choice> speakers = new ArrayList<>();
        speakers.add(ALL_SPEAKERS);
        for (FilmCharacter c : cast) {
            speakers.add(new Choice(c.name(), c.name()));
        }
        speakerChoices.setAll(speakers);
        if (!speakerChoices.contains(speakerFilter.get())) {
            speakerFilter.set(ALL_SPEAKERS);
        }
    }

    /** Runs the current query now (the view calls it on Enter; typing calls it through the debouncer). */
    public void search() {
        long mine = ++sequence;
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty() || session.workspace() == null) {
            hits.clear();
            status.set(idleHint());
            return;
        }
        SearchRequest request = new SearchRequest(q, LIMIT, sourceFilter.get().value(), speakerFilter.get().value());
        var ws = session.workspace();
        runner.submit(() -> ws.search(request), results -> {
            if (mine == sequence) {
                show(results);
            }
        }, error -> {
            if (mine == sequence) {
                hits.clear();
                status.set(ErrorMessages.oneLine(error));
            }
        });
    }

    private void show(SearchResults results) {
        List<SearchHitRow> rows = new ArrayList<>();
        for (SearchHit h : results.hits()) {
            List<List<MarkedText.Segment>> fragments = new ArrayList<>();
            List<Location.Span> matches = new ArrayList<>();
            List<String> raw = h.fragments().isEmpty() ? List.of(h.text()) : h.fragments();
            for (String f : raw) {
                List<MarkedText.Segment> fragment = MarkedText.parseMarks(f);
                fragments.add(fragment);
                // the index's own matches, placed in the passage by where its fragment is: nothing analysed again
                matches.addAll(MarkedText.markedSpans(fragment, h.text()));
            }
            matches.sort(java.util.Comparator.comparingInt(Location.Span::start));
            rows.add(new SearchHitRow(h.passageId(), h.sourceId(), session.sourceTitle(h.sourceId()), fragments,
                    List.copyOf(matches)));
        }
        hits.setAll(rows);
        String took = results.tookMicros() < 1000 ? results.tookMicros() + " µs"
                : (results.tookMicros() / 1000) + " ms";
        if (results.total() == 0) {
            status.set("No passage matches “" + results.query() + "”");
        } else if (results.total() > rows.size()) {
            status.set("Top " + rows.size() + " of " + Texts.plural((int) results.total(), "passage")
                    + " · " + took);
        } else {
            status.set(Texts.plural(rows.size(), "passage") + " · " + took);
        }
    }

    private String idleHint() {
        if (session.openingProperty().get()) {
            return WorkspaceSession.OPENING;
        }
        return session.corpus().isEmpty() ? "Nothing to search yet" : "Type to search every passage";
    }
}
