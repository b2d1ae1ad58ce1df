package org.filmlens.corpus;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A question's silent sources as the sources that discuss the film less the few places that answer it: every
 * question of a corpus shares one array of the discussing sources (at 100 MB about 8,000 for 714 questions, whose
 * lists would hold 5.7 M references) and keeps only its own cut places. Immutable, and equal to any list of the
 * same ids in the same order.
 */
public final class SilentSources extends AbstractList<String> implements RandomAccess {
    private final String[] discussing;
    private final int[] cut;

    /**
     * @param discussing the discussing sources in corpus order, shared and never changed by the caller
     * @param cut        the places in {@code discussing} that are not silent, ascending, each once
     */
    public SilentSources(String[] discussing, int[] cut) {
        for (int k = 0; k < cut.length; k++) {
            if (cut[k] < 0 || cut[k] >= discussing.length || k > 0 && cut[k] <= cut[k - 1]) {
                throw new IllegalArgumentException("cut places must ascend within the discussing sources");
            }
        }
        this.discussing = discussing;
        this.cut = cut.clone();
    }

    /** Whether this list and {@code other} leave places out of one array of discussing sources. */
    public boolean sharesDiscussing(SilentSources other) {
        return discussing == other.discussing;
    }

    /** How many discussing sources there are, silent here or not. */
    public int places() {
        return discussing.length;
    }

    /** The discussing source at a place, silent here or not. */
    public String at(int place) {
        return discussing[place];
    }

    /** The places left out (the sources that answer), ascending. */
    public int[] cutPlaces() {
        return cut.clone();
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int place = index;
        for (int c : cut) {
            if (c > place) {
                break;
            }
            place++;
        }
        return discussing[place];
    }

    @Override
    public int size() {
        return discussing.length - cut.length;
    }

}
