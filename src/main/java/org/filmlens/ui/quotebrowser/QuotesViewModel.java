package org.filmlens.ui.quotebrowser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Choice;
import org.filmlens.ui.common.ErrorMessages;
import org.filmlens.ui.common.LatestOnlyRun;
import org.filmlens.ui.common.Navigator;
import org.filmlens.ui.common.PaneViewModel;
import org.filmlens.ui.common.WorkspaceSession;
import org.filmlens.ui.notes.AnnotationDraft;
import org.filmlens.ui.notes.Annotator;
import org.filmlens.ui.common.Texts;
import org.filmlens.workspace.AnalysisPart;

/**
 * The quote browser: every canonical quote, most widely quoted first, filtered by speaker and by words; the
 * selected quote's occurrences with their context, each opening the reader at its span; copy with citation.
 */
public final class QuotesViewModel extends PaneViewModel {
    public static final Choice ALL_SPEAKERS = new Choice(null, "All speakers");
    /** The filter value for quotes no source attributes. */
    static final String UNATTRIBUTED = "";
    static final int CONTEXT_CHARS = 90;

    private final Navigator navigator;
    private final Annotator annotator;
    /**
     * Every quote's row, built in the background, in the order last made: set anew on each load (on the FX thread)
     * and by each run that sorts (in the background, for the run queued behind it to filter without sorting again);
     * the lists in it are never changed in place.
     */
    private final AtomicReference<OrderedRows> all = new AtomicReference<>(OrderedRows.asLoaded(List.of()));
    private final RowList<QuoteRow> shown = new RowList<>();
    /** Filters the rows in the background: the FX thread only swaps in the finished list. */
    private final LatestOnlyRun<QuoteFilter.Filtered> filterRun;
    private boolean applyingLoad;
    private final ObservableList<Choice> speakerChoices = FXCollections.observableArrayList(ALL_SPEAKERS);
    private final ObjectProperty<Choice> speakerFilter = new SimpleObjectProperty<>(ALL_SPEAKERS);
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObjectProperty<QuoteOrder> order = new SimpleObjectProperty<>(QuoteOrder.AS_LOADED);
    private final ObjectProperty<QuoteRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<OccurrenceRow> occurrences = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");

    public QuotesViewModel(WorkspaceSession session, BackgroundRunner runner, Navigator navigator,
                           Annotator annotator) {
        super(session, runner);
        this.navigator = navigator;
        this.annotator = annotator;
        this.filterRun = new LatestOnlyRun<>(runner, this::showFiltered, error -> {
            showSummary(shown.size(), all.get().rows().size());
            session.reportError(ErrorMessages.oneLine(error));
        });
        speakerFilter.addListener((obs, old, now) -> refilter());
        textFilter.addListener((obs, old, now) -> refilter());
        order.addListener((obs, old, now) -> {
            // at 100 MB a sort by the quotes' words takes most of a second: the rows change only when it is done
            if (shown.size() > 1) {
                summary.set("Sorting " + Texts.plural(all.get().rows().size(), "quote") + "…");
            }
            refilter();
        });
        selected.addListener((obs, old, now) -> occurrences.setAll(now == null ? List.of() : occurrencesOf(now)));
        emptyMessage.set("No quotes found in this workspace yet");
    }

    public ObservableList<QuoteRow> quotes() {
        return shown;
    }

    public ObservableList<Choice> speakerChoices() {
        return speakerChoices;
    }

    public ObjectProperty<Choice> speakerFilterProperty() {
        return speakerFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    /** The order the table's headers ask for; the rows are sorted in the background, as they are filtered. */
    public ObjectProperty<QuoteOrder> orderProperty() {
        return order;
    }

    public ObjectProperty<QuoteRow> selectedProperty() {
        return selected;
    }

    public ObservableList<OccurrenceRow> occurrences() {
        return occurrences;
    }

    /** "12 of 140 quotes"; "Sorting 140 quotes…" while a new order is being made */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the empty table says: no quotes at all, or none that pass the filters. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public void open(OccurrenceRow row) {
        navigator.openSpan(row.sourceId(), row.start(), row.end());
    }

    /** Annotates the selected quote. */
    public void annotate(AnnotationDraft draft) {
        if (selected.get() != null) {
            annotator.annotateQuote(selected.get().quote().id(), draft);
        }
    }

    /** The selected quote with its speaker, the film and the sources that quote it; empty when none is selected. */
    public Optional<String> citation() {
        QuoteRow row = selected.get();
        if (row == null) {
            return Optional.empty();
        }
        Corpus c = session.corpus();
        List<Source> sources = row.quote().sourceIds().stream().map(c::source).flatMap(Optional::stream).toList();
        return Optional.of(Citation.format(row.quote(), c.film(), sources));
    }

    @Override
    public Set<AnalysisPart> analysisParts() {
        return Set.of(AnalysisPart.QUOTES);
    }

    @Override
    protected Read<?> read() {
        // rows and choices are built in the background; the UI thread only swaps them in
        return new Read<>(ws -> {
            List<Quote> quotes = ws.quotes(null, 0);
            return new Loaded(quotes.stream().map(QuoteRow::of).toList(), speakerChoicesOf(quotes));
        }, loaded -> {
            // the choices and filter changes below would each start a filter run: one run after them is enough
            applyingLoad = true;
            try {
                selected.set(null);
                speakerChoices.setAll(loaded.speakers());
                if (!speakerChoices.contains(speakerFilter.get())) {
                    speakerFilter.set(ALL_SPEAKERS);
                }
                all.set(OrderedRows.asLoaded(loaded.rows()));
            } finally {
                applyingLoad = false;
            }
            refilter();
        });
    }

    @Override
    protected void release() {
        // every quote with its occurrences: a large part of the analysis
        selected.set(null);
        all.set(OrderedRows.asLoaded(List.of()));
        shown.replaceAll(List.of());
    }

    private record Loaded(List<QuoteRow> rows, List<Choice> speakers) {}

    /** Speakers by how many quotes they have, then "Unattributed" when some quotes have no speaker. */
    static List<Choice> speakerChoicesOf(List<Quote> quotes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        boolean unattributed = false;
        for (Quote q : quotes) {
            if (q.speaker() == null || q.speaker().isBlank()) {
                unattributed = true;
            } else {
                counts.merge(q.speaker(), 1, Integer::sum);
            }
        }
        List<Choice> out = new ArrayList<>();
        out.add(ALL_SPEAKERS);
        counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> out.add(new Choice(e.getKey(), e.getKey() + " (" + e.getValue() + ")")));
        if (unattributed) {
            out.add(new Choice(UNATTRIBUTED, "Unattributed"));
        }
        return out;
    }

    /** Filters and sorts in the background; rapid changes coalesce and only the latest filter's rows are shown. */
    private void refilter() {
        if (applyingLoad) {
            return;
        }
        String speaker = speakerFilter.get() == null ? null : speakerFilter.get().value();
        String words = textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
        QuoteOrder wanted = order.get();
        List<QuoteRow> loaded = all.get().loaded();
        filterRun.request(() -> {
            // the rows in the order last made when this runs, not when it was asked for: a filter typed while a
            // sort ran is queued behind it, and then finds the rows that sort made
            OrderedRows current = all.get();
            OrderedRows from = current.loaded() == loaded ? current : OrderedRows.asLoaded(loaded);
            QuoteFilter.Filtered filtered = new QuoteFilter(from, speaker, words, wanted).apply();
            all.accumulateAndGet(filtered.ordered(), (now, made) -> now.loaded() == made.loaded() ? made : now);
            return filtered;
        });
    }

    /** The finished rows of the latest filter: one change for the table, then the counts. */
    private void showFiltered(QuoteFilter.Filtered filtered) {
        if (filtered.ordered().loaded() != all.get().loaded()) {
            return; // asked for before the rows were loaded again or released
        }
        List<QuoteRow> rows = filtered.passed();
        QuoteRow chosen = selected.get();
        shown.replaceAll(rows);
        if (chosen != null && !rows.contains(chosen)) {
            selected.set(null);
        }
        int total = filtered.ordered().rows().size();
        showSummary(rows.size(), total);
        emptyMessage.set(total == 0 ? "No quotes found in this workspace yet" : "No quote matches these filters");
    }

    private void showSummary(int shownCount, int total) {
        summary.set(total == 0 ? "" : shownCount == total ? Texts.plural(total, "quote")
                : Texts.count(shownCount) + " of " + Texts.plural(total, "quote"));
    }

    private List<OccurrenceRow> occurrencesOf(QuoteRow row) {
        Corpus c = session.corpus();
        List<OccurrenceRow> out = new ArrayList<>();
        for (QuoteOccurrence o : row.quote().occurrences()) {
            Optional<Source> s = c.source(o.sourceId());
            // context comes from the passage that holds the line: a neighbouring line is not its context
            Optional<Passage> p = c.passage(o.passageId());
            String text = p.map(Passage::text).orElse("");
            int offset = p.map(Passage::start).orElse(0);
            int start = clamp(o.start() - offset, text.length());
            int end = clamp(Math.max(o.end() - offset, start), text.length());
            out.add(new OccurrenceRow(o.sourceId(), session.sourceTitle(o.sourceId()),
                    s.map(Source::site).orElse(""), before(text, start), o.text(), after(text, end),
                    o.speaker() == null ? "" : o.speaker(), o.start(), o.end()));
        }
        return out;
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(v, max));
    }

    /** Up to {@value #CONTEXT_CHARS} characters before the span, starting at a word, on one line. */
    static String before(String text, int start) {
        int from = Math.max(0, start - CONTEXT_CHARS);
        String s = text.substring(from, start);
        if (from > 0) {
            int space = s.indexOf(' ');
            s = "…" + (space >= 0 ? s.substring(space + 1) : s);
        }
        return oneLine(s);
    }

    static String after(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT_CHARS);
        String s = text.substring(end, to);
        if (to < text.length()) {
            int space = s.lastIndexOf(' ');
            s = (space >= 0 ? s.substring(0, space) : s) + "…";
        }
        return oneLine(s);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
