package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.filmlens.corpus.Source;

/**
 * Ids for the pages of an ingest into a workspace that already has sources. A page takes the id of the page it
 * stands for again: the same file's page with the same address, or the same site and title, or else the one that
 * opens with the same words. Any other page gets an id no source has, so that ingesting one page never replaces
 * another that happens to share its site's name ("imdb" for a quotes page and a cast page). Sources made before
 * their file was kept are matched by address, or by site and title, never by id alone.
 */
final class SourceIdClaims {
    /** How much of a page's text, from its start, tells it from the file's other pages. */
    static final int OPENING = 200;
    private final List<Source> existing;
    private final Set<String> taken = new HashSet<>();
    private final Set<String> claimed = new HashSet<>();

    SourceIdClaims(List<Source> existing) {
        this.existing = existing;
        existing.forEach(s -> taken.add(s.id()));
    }

    String idFor(CleanPage page, String origin, String fallback) {
        Source same = firstUnclaimed(origin, s -> page.url() != null && page.url().equals(s.url()));
        if (same == null) {
            same = firstUnclaimed(origin, s -> Objects.equals(page.site(), s.site())
                    && Objects.equals(page.title(), s.title()));
        }
        if (same == null && origin != null) { // the same file's page, titled otherwise now, by its opening words
            String text = page.built().text();
            same = firstUnclaimed(origin, s -> origin.equals(s.origin())
                    && (s.text().contains(opening(text)) || text.contains(opening(s.text()))));
        }
        if (same != null) {
            claimed.add(same.id());
            return same.id();
        }
        return SourceIds.assign(page.site(), page.title(), fallback, taken);
    }

    private static String opening(String text) {
        return text.substring(0, Math.min(OPENING, text.length()));
    }

    /** The sources of other files ingested again which no page of theirs claimed: pages gone from their file. */
    List<String> unclaimedOf(Set<String> origins) {
        List<String> out = new ArrayList<>();
        for (Source s : existing) {
            if (s.origin() != null && origins.contains(s.origin()) && !claimed.contains(s.id())) {
                out.add(s.id());
            }
        }
        return out;
    }

    /** The first source not claimed yet, read from this file (or from a file not known), that matches. */
    private Source firstUnclaimed(String origin, Predicate<Source> matches) {
        for (Source s : existing) {
            if (!claimed.contains(s.id()) && (s.origin() == null || s.origin().equals(origin)) && matches.test(s)) {
                return s;
            }
        }
        return null;
    }
}
