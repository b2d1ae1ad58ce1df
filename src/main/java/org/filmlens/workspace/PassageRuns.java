package org.filmlens.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Source;

/**
 * corpus.json's passages as read (format 3, {@link CorpusJson}), before they are made: per passage its kind and
 * offsets in a few arrays, per run its source, and the rare passage that does not follow {@link Run}'s rule with
 * what it stores of its own. At 100 MB that is some 5 MB, against 546 k passages with ids and texts, which a command
 * that lists or shows sources never needs ({@link org.filmlens.corpus.Corpus#withLaterPassages}).
 */
final class PassageRuns {
    private static final PassageKind[] KINDS = PassageKind.values();

    private final List<Source> runSources = new ArrayList<>();
    private int[] runEnds = new int[16];
    private byte[] kinds = new byte[1024];
    private int[] starts = new int[1024];
    private int[] ends = new int[1024];
    private int size;
    /** By passage index, what a passage stores of its own: section, ordinal (where not null), id (if stored). */
    private final Map<Integer, Own> own = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    /** {@code hasId}: the id was stored, null included (a passage with no id must not be given the rule's). */
    record Own(String section, Integer ordinal, boolean hasId, String id) {}

    /**
     * What a passage of a run is unless it says otherwise: the rule the ingest makes passages by
     * ({@code PassageBuilder}). Ordinals count from 0 along the run; an id is the source's id, ".p" and the ordinal;
     * a heading's section is its own text, any other passage's the section of the one before it (null at the start).
     * The writer leaves out what the rule gives and the reader fills it in, both through this.
     */
    static final class Run {
        private final String sourceId;
        private int ordinal = -1;
        private String section;

        Run(String sourceId) {
            this.sourceId = sourceId;
        }

        String sourceId() {
            return sourceId;
        }

        int nextOrdinal() {
            return ordinal + 1;
        }

        String id(int ordinal) {
            return sourceId + ".p" + ordinal;
        }

        String section(PassageKind kind, String text) {
            return kind == PassageKind.HEADING ? text : section;
        }

        void passed(Passage p) {
            ordinal = p.ordinal();
            section = p.section();
        }
    }

    /** Starts the run of {@code source}'s passages. */
    void startRun(Source source) {
        if (!runSources.isEmpty()) {
            endRun();
        }
        runSources.add(source);
    }

    /** Adds a passage of the current run; its offsets have been checked against the source's text. */
    void add(PassageKind kind, int start, int end, Own ownValues) {
        if (size == starts.length) {
            int more = size * 2;
            kinds = Arrays.copyOf(kinds, more);
            starts = Arrays.copyOf(starts, more);
            ends = Arrays.copyOf(ends, more);
        }
        kinds[size] = (byte) (kind == null ? -1 : kind.ordinal());
        starts[size] = start;
        ends[size] = end;
        if (ownValues != null) {
            own.put(size, ownValues);
        }
        size++;
    }

    /** Ends the last run; call once, after the last passage. */
    void finish() {
        if (!runSources.isEmpty()) {
            endRun();
        }
    }

    private void endRun() {
        int run = runSources.size() - 1;
        if (run == runEnds.length) {
            runEnds = Arrays.copyOf(runEnds, run * 2);
        }
        runEnds[run] = size;
        int from = run == 0 ? 0 : runEnds[run - 1];
        counts.merge(runSources.get(run).id(), size - from, Integer::sum);
    }

    /** How many passages each source has. */
    Map<String, Integer> counts() {
        return counts;
    }

    /** The passages, each with its text cut from its source's and its source's id. */
    List<Passage> passages() {
        List<Passage> out = new ArrayList<>(size);
        int i = 0;
        for (int r = 0; r < runSources.size(); r++) {
            Source source = runSources.get(r);
            Run run = new Run(source.id());
            for (; i < runEnds[r]; i++) {
                PassageKind kind = kinds[i] < 0 ? null : KINDS[kinds[i]];
                String text = source.text().substring(starts[i], ends[i]);
                int ordinal = run.nextOrdinal();
                String section = run.section(kind, text);
                boolean ownId = false;
                String id = null;
                Own o = own.isEmpty() ? null : own.get(i);
                if (o != null) {
                    section = o.section();
                    ordinal = o.ordinal() != null ? o.ordinal() : ordinal;
                    ownId = o.hasId();
                    id = o.id();
                }
                Passage p = new Passage(ownId ? id : run.id(ordinal), source.id(), ordinal, kind, section,
                        starts[i], ends[i], text);
                out.add(p);
                run.passed(p);
            }
        }
        return out;
    }
}
