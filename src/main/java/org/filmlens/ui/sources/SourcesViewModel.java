package org.filmlens.ui.sources;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Navigator;
import org.filmlens.ui.common.PaneViewModel;
import org.filmlens.ui.common.Texts;
import org.filmlens.ui.common.WorkspaceSession;

/** The source navigator: the workspace's sources grouped by kind, each opening in the reader. */
public final class SourcesViewModel extends PaneViewModel {
    private final Navigator navigator;
    private final ObservableList<SourceGroup> groups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public SourcesViewModel(WorkspaceSession session, BackgroundRunner runner, Navigator navigator) {
        super(session, runner);
        this.navigator = navigator;
    }

    public ObservableList<SourceGroup> groups() {
        return groups;
    }

    /** "8 sources · 412 passages", or a hint when there are none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void open(SourceRow row) {
        navigator.openSource(row.id());
    }

    @Override
    protected Read<?> read() {
        return new Read<>(ws -> group(ws.corpus()), result -> {
            groups.setAll(result);
            Corpus c = session.corpus();
            summary.set(c.isEmpty() ? "No sources yet: use File › Import"
                    : Texts.plural(c.sources().size(), "source") + " · " + Texts.plural(c.passageCount(), "passage"));
        });
    }

    static List<SourceGroup> group(Corpus corpus) {
        Map<SourceKind, List<SourceRow>> byKind = new EnumMap<>(SourceKind.class);
        for (Source s : corpus.sources()) {
            byKind.computeIfAbsent(s.kind() == null ? SourceKind.OTHER : s.kind(), k -> new ArrayList<>())
                    .add(new SourceRow(s.id(), Texts.title(s), s.site(), corpus.passageCount(s.id())));
        }
        List<SourceGroup> out = new ArrayList<>();
        byKind.forEach((kind, rows) -> out.add(new SourceGroup(kindLabel(kind), List.copyOf(rows))));
        return out;
    }

    static String kindLabel(SourceKind kind) {
        return switch (kind) {
            case ARTICLE -> "Articles";
            case QUOTES -> "Quotes pages";
            case LISTING -> "Listings";
            case QA -> "Questions & answers";
            case OTHER -> "Other";
        };
    }
}
