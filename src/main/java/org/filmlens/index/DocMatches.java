package org.filmlens.index;

import java.util.Arrays;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.InPlaceMergeSorter;

/**
 * Where a query matched in one document: one entry per matched term occurrence or phrase, with its offsets, the
 * field it was found in and the label the highlighter scores it by (the term, or a phrase's terms joined by
 * spaces). Entries can be taken back ({@link #truncate}) when a clause they came from turns out not to match.
 */
final class DocMatches {
    private int size;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private BytesRef[] labels = new BytesRef[16];
    private String[] fields = new String[16];

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    void truncate(int newSize) {
        size = newSize;
    }

    void add(String field, int start, int end, BytesRef label) {
        if (size == starts.length) {
            int n = ArrayUtil.oversize(size + 1, Integer.BYTES);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            labels = Arrays.copyOf(labels, n);
            fields = Arrays.copyOf(fields, n);
        }
        starts[size] = start;
        ends[size] = end;
        labels[size] = label;
        fields[size] = field;
        size++;
    }

    /**
     * The entries found in either field, in the order the highlighter's own merge of {@code Weight.matches} gives
     * them: by start offset, then end offset, then label; each counted once in its sentence (frequency 1).
     */
    OffsetsEnum offsets(String field, String twin) {
        int[] order = new int[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (fields[i].equals(field) || fields[i].equals(twin)) {
                order[n++] = i;
            }
        }
        if (n == 0) {
            return OffsetsEnum.EMPTY;
        }
        int[] picked = Arrays.copyOf(order, n);
        new InPlaceMergeSorter() {
            @Override
            protected int compare(int i, int j) {
                int a = picked[i];
                int b = picked[j];
                int c = Integer.compare(starts[a], starts[b]);
                if (c == 0) {
                    c = Integer.compare(ends[a], ends[b]);
                }
                return c != 0 ? c : labels[a].compareTo(labels[b]);
            }

            @Override
            protected void swap(int i, int j) {
                int t = picked[i];
                picked[i] = picked[j];
                picked[j] = t;
            }
        }.sort(0, n);
        return new Sorted(picked, starts, ends, labels);
    }

    /** A snapshot of the picked entries, so the document's list can be reused while it is read. */
    private static final class Sorted extends OffsetsEnum {
        private final int[] starts;
        private final int[] ends;
        private final BytesRef[] labels;
        private int at = -1;

        Sorted(int[] picked, int[] allStarts, int[] allEnds, BytesRef[] allLabels) {
            starts = new int[picked.length];
            ends = new int[picked.length];
            labels = new BytesRef[picked.length];
            for (int i = 0; i < picked.length; i++) {
                starts[i] = allStarts[picked[i]];
                ends[i] = allEnds[picked[i]];
                labels[i] = allLabels[picked[i]];
            }
        }

        @Override
        public boolean nextPosition() {
            return ++at < starts.length;
        }

        @Override
        public int freq() {
            return 1;
        }

        @Override
        public BytesRef getTerm() {
            return labels[at];
        }

        @Override
        public int startOffset() {
            return starts[at];
        }

        @Override
        public int endOffset() {
            return ends[at];
        }
    }
}
