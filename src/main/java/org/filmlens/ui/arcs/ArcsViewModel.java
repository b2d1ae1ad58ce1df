package org.filmlens.ui.arcs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.filmlens.corpus.Arc;
import org.filmlens.corpus.ArcStage;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.SceneLink;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Choice;
import org.filmlens.ui.common.Link;
import org.filmlens.ui.common.Navigator;
import org.filmlens.ui.common.PaneViewModel;
import org.filmlens.ui.common.WorkspaceSession;
import org.filmlens.ui.common.Texts;
import org.filmlens.workspace.AnalysisPart;

/**
 * Character arcs: pick a character; a strip along the film's scenes (how much the sources discuss them there,
 * whether they appear) and, stage by stage, their lines and the critics' passages.
 */
public final class ArcsViewModel extends PaneViewModel {
    static final int EXCERPT_CHARS = 220;

    private final Navigator navigator;
    private final ObservableList<Choice> characters = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> character = new SimpleObjectProperty<>();
    private final ObservableList<SceneBar> bars = FXCollections.observableArrayList();
    private final ObservableList<StageRow> stages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public ArcsViewModel(WorkspaceSession session, BackgroundRunner runner, Navigator navigator) {
        super(session, runner);
        this.navigator = navigator;
        character.addListener((obs, old, now) -> showArc(now));
    }

    public ObservableList<Choice> characters() {
        return characters;
    }

    public ObjectProperty<Choice> characterProperty() {
        return character;
    }

    public ObservableList<SceneBar> bars() {
        return bars;
    }

    public ObservableList<StageRow> stages() {
        return stages;
    }

    /** "Played by … · 40 mentions · 12 lines". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void open(Link link) {
        link.open(navigator);
    }

    @Override
    public Set<AnalysisPart> analysisParts() {
        return Set.of(AnalysisPart.CHARACTERS, AnalysisPart.SCENES, AnalysisPart.QUOTES);
    }

    @Override
    protected Read<?> read() {
        // the cast is sorted into choices in the background (a filmography's cast runs to thousands)
        return new Read<>(ws -> ws.characters().stream()
                .sorted((a, b) -> b.mentions().size() - a.mentions().size())
                .map(c -> new Choice(c.name(), c.actor() == null ? c.name() : c.name() + " (" + c.actor() + ")"))
                .toList(), choices -> {
            String keep = character.get() == null ? null : character.get().value();
            characters.setAll(choices);
            Choice pick = choices.stream().filter(c -> c.value().equals(keep)).findFirst()
                    .orElse(choices.isEmpty() ? null : choices.get(0));
            if (pick != null && pick.equals(character.get())) {
                showArc(pick); // same character, new data
            } else {
                character.set(pick);
            }
            if (choices.isEmpty()) {
                clear();
            }
        });
    }

    private void clear() {
        bars.clear();
        stages.clear();
        summary.set("");
    }

    private void showArc(Choice choice) {
        if (choice == null) {
            clear();
            return;
        }
        load(ws -> {
            Optional<Arc> arc = ws.arc(choice.value());
            Optional<FilmCharacter> who = ws.character(choice.value());
            return arc.map(a -> build(a, who.orElse(null), ws.scenes(), ws::quote, ws.corpus()));
        }, built -> {
            if (built.isEmpty()) {
                clear();
                summary.set("No arc for " + choice.value() + " in this workspace");
                return;
            }
            bars.setAll(built.get().bars());
            stages.setAll(built.get().stages());
            summary.set(built.get().summary());
        });
    }

    record Built(List<SceneBar> bars, List<StageRow> stages, String summary) {}

    /** {@code quoteById}: the workspace's lookup, rather than a map of all the quotes made for each character. */
    static Built build(Arc arc, FilmCharacter who, List<Scene> scenes, Function<String, Optional<Quote>> quoteById,
                       Corpus corpus) {
        Set<String> mentionPassages = arc.mentions().stream().map(Mention::passageId).collect(Collectors.toSet());
        Set<String> ownQuotes = new HashSet<>(arc.quoteIds());
        List<SceneBar> bars = new ArrayList<>();
        for (Scene s : scenes.stream().sorted((a, b) -> Integer.compare(a.order(), b.order())).toList()) {
            Set<String> about = new LinkedHashSet<>();
            for (SceneLink l : s.passages()) {
                if (mentionPassages.contains(l.targetId())) {
                    about.add(l.targetId());
                }
            }
            for (ArcStage st : arc.stages()) {
                if (s.id().equals(st.sceneId())) {
                    about.addAll(st.passageIds());
                }
            }
            long lines = s.quotes().stream().filter(l -> ownQuotes.contains(l.targetId())).count();
            boolean appears = lines > 0 || s.characters().stream().anyMatch(c -> c.equalsIgnoreCase(arc.character()));
            bars.add(new SceneBar(s.id(), s.order(), s.title(), about.size() + (int) lines, appears));
        }
        Map<String, Scene> scenesById = scenes.stream().collect(Collectors.toMap(Scene::id, Function.identity(),
                (a, b) -> a));
        List<StageRow> stages = new ArrayList<>();
        for (ArcStage st : arc.stages()) {
            Scene scene = st.sceneId() == null ? null : scenesById.get(st.sceneId());
            List<Link> lines = st.quoteIds().stream().map(quoteById).flatMap(Optional::stream)
                    .map(ArcsViewModel::lineLink).flatMap(Optional::stream).toList();
            List<Link> passages = st.passageIds().stream().map(corpus::passage).flatMap(Optional::stream)
                    .map(p -> passageLink(p, corpus)).toList();
            stages.add(new StageRow(st.label(), scene == null ? "" : scene.order() + ". " + scene.title(),
                    String.join(", ", st.sharedWith()), lines, passages));
        }
        long sources = arc.mentions().stream().map(Mention::sourceId).distinct().count();
        List<String> parts = new ArrayList<>();
        String actor = arc.actor() != null ? arc.actor() : who == null ? null : who.actor();
        if (actor != null && !actor.isBlank()) {
            parts.add("Played by " + actor);
        }
        if (who != null && !who.aliases().isEmpty()) {
            parts.add("also " + String.join(", ", who.aliases()));
        }
        parts.add(Texts.plural(arc.mentions().size(), "mention") + " in "
                + Texts.plural((int) sources, "source"));
        parts.add(Texts.plural(arc.quoteIds().size(), "line"));
        return new Built(bars, stages, String.join(" · ", parts));
    }

    /** A line opens where it is quoted first. */
    private static Optional<Link> lineLink(Quote q) {
        if (q.occurrences().isEmpty()) {
            return Optional.empty();
        }
        QuoteOccurrence o = q.occurrences().get(0);
        String detail = Texts.plural(q.sourceIds().size(), "source");
        return Optional.of(Link.toSpan("“" + q.text() + "”", detail, o.sourceId(), o.start(), o.end()));
    }

    static Link passageLink(Passage p, Corpus corpus) {
        String title = corpus.source(p.sourceId()).map(Texts::title).orElse(p.sourceId());
        return Link.toPassage(Texts.excerpt(p.text(), EXCERPT_CHARS), title, p.id());
    }
}
