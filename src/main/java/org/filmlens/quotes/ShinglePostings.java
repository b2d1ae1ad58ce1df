package org.filmlens.quotes;

import java.util.Arrays;

/**
 * Shingle to posting list with no object per shingle, since a large corpus holds millions of shingles. Shingles
 * (64-bit values, compared exactly) are numbered densely as they arrive; an open-addressing int table finds a
 * shingle's number. A shingle met on one line only (most are) keeps that line's id inline; only shingles on two
 * or more lines get an int array. Ids stay in the order they were added.
 */
final class ShinglePostings {
    private int[] table = new int[1024]; // a shingle's number + 1 per cell; 0 marks an empty cell
    private long[] shingles = new long[256]; // by number
    private int[] heads = new int[256]; // by number: the only id (>= 0), or -(list number + 1)
    private int[][] lists = new int[16][];
    private int[] listSizes = new int[16];
    private int count;
    private int listCount;
    private int maxId = -1;

    /** The shingle's number, or -1 if no line holds it. */
    int numberOf(long shingle) {
        int[] t = table;
        int mask = t.length - 1;
        for (int i = spread(shingle) & mask; ; i = (i + 1) & mask) {
            int cell = t[i];
            if (cell == 0) {
                return -1;
            }
            if (shingles[cell - 1] == shingle) {
                return cell - 1;
            }
        }
    }

    /** Appends {@code id} (not negative) to the shingle's list. */
    void add(long shingle, int id) {
        if (id < 0) {
            throw new IllegalArgumentException("negative id " + id);
        }
        maxId = Math.max(maxId, id);
        int number = numberOf(shingle);
        if (number < 0) {
            number = insert(shingle); // not heads[insert(..)]: insert may replace the heads array
            heads[number] = id;
            return;
        }
        int head = heads[number];
        if (head >= 0) { // a second line: the shingle gets its own list
            if (listCount == lists.length) {
                lists = Arrays.copyOf(lists, listCount * 2);
                listSizes = Arrays.copyOf(listSizes, listCount * 2);
            }
            lists[listCount] = new int[] {head, id, 0, 0};
            listSizes[listCount] = 2;
            heads[number] = -(++listCount);
            return;
        }
        int l = -head - 1;
        int[] list = lists[l];
        if (listSizes[l] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            lists[l] = list;
        }
        list[listSizes[l]++] = id;
    }

    /** How many ids the numbered shingle's list holds. */
    int size(int number) {
        int head = heads[number];
        return head >= 0 ? 1 : listSizes[-head - 1];
    }

    /**
     * The numbered shingle's ids, the first {@link #size} entries of the array returned; a lone id is written to
     * {@code one} (the caller's, so that readers on several threads do not share it) and that is returned.
     */
    int[] list(int number, int[] one) {
        int head = heads[number];
        if (head >= 0) {
            one[0] = head;
            return one;
        }
        return lists[-head - 1];
    }

    /** How many distinct shingles are held. */
    int count() {
        return count;
    }

    /** The largest id in any list, or -1. */
    int maxId() {
        return maxId;
    }

    private int insert(long shingle) {
        if ((count + 1) * 2 > table.length) { // at most half full, so misses end quickly
            rehash(table.length * 2);
        }
        if (count == shingles.length) {
            shingles = Arrays.copyOf(shingles, count * 2);
            heads = Arrays.copyOf(heads, count * 2);
        }
        int number = count++;
        shingles[number] = shingle;
        place(shingle, number, table);
        return number;
    }

    private void rehash(int capacity) {
        int[] grown = new int[capacity];
        for (int n = 0; n < count; n++) {
            place(shingles[n], n, grown);
        }
        table = grown;
    }

    private static void place(long shingle, int number, int[] t) {
        int mask = t.length - 1;
        int i = spread(shingle) & mask;
        while (t[i] != 0) {
            i = (i + 1) & mask;
        }
        t[i] = number + 1;
    }

    /** Folds the high bits in, so shingles that differ only there still start apart. */
    private static int spread(long shingle) {
        return (int) (shingle ^ (shingle >>> 32));
    }
}
