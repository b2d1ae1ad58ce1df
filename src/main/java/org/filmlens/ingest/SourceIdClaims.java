package org.filmlens.ingest;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filmlens.corpus.Source;

/**
 * Ids for the pages of an ingest into a workspace that already has sources. A page takes the id of the page it
 * stands for again, the first of: the same file's page with the same address; with the same site and title; with
 * the same longest paragraph; the same page (the same text) from another file, as when the folder moved or the file
 * was renamed; the page with the same site and title from a file that is no longer there; the same file's page that
 * had the id its site or title gives. Any other page gets an id no source has, so that ingesting one page never
 * replaces another that happens to share its site's name ("imdb" for a quotes page and a cast page). Sources made
 * before their file was kept are matched by address, or by site and title, never by id alone. Every look-up is by
 * key: a dump of thousands of pages ingested again into a workspace of thousands of sources stays linear.
 */
final class SourceIdClaims {
    /** A paragraph this long tells its page from the file's other pages. */
    static final int MIN_TELLING = 100;

    private final List<Source> existing;
    private final Map<List<String>, List<Source>> sameFileByUrl = new HashMap<>();
    private final Map<List<String>, List<Source>> sameFileByHeading = new HashMap<>();
    private final Map<List<String>, List<Source>> sameFileByParagraph = new HashMap<>();
    private final Map<List<String>, List<Source>> sameFileByIdBase = new HashMap<>();
    private final Map<String, List<Source>> legacyByUrl = new HashMap<>();
    private final Map<List<String>, List<Source>> legacyByHeading = new HashMap<>();
    private final Map<String, List<Source>> byText = new HashMap<>();
    private final Map<List<String>, List<Source>> byHeading = new HashMap<>();
    private final Map<String, Boolean> gone = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Set<String> claimed = new HashSet<>();

    SourceIdClaims(List<Source> existing) {
        this.existing = existing;
        for (Source s : existing) {
            taken.add(s.id());
            add(byText, s.text(), s);
            add(byHeading, key(s.site(), s.title()), s);
            String origin = s.origin();
            if (origin != null) {
                if (s.url() != null) {
                    add(sameFileByUrl, key(origin, s.url()), s);
                }
                add(sameFileByHeading, key(origin, s.site(), s.title()), s);
                String telling = longestParagraph(s.text());
                if (telling.length() >= MIN_TELLING) {
                    add(sameFileByParagraph, key(origin, telling), s);
                }
                add(sameFileByIdBase, key(origin, s.id()), s);
                if (!idBase(s.id()).equals(s.id())) { // "imdb-2" is also what "imdb" was kept apart as
                    add(sameFileByIdBase, key(origin, idBase(s.id())), s);
                }
            } else {
                if (s.url() != null) {
                    add(legacyByUrl, s.url(), s);
                }
                add(legacyByHeading, key(s.site(), s.title()), s);
            }
        }
    }

    String idFor(CleanPage page, String origin, String fallback) {
        String url = page.url();
        String text = page.built().text();
        Source same = null;
        if (origin != null && url != null) {
            same = firstUnclaimed(sameFileByUrl.get(key(origin, url)));
        }
        if (same == null && url != null) {
            same = firstUnclaimed(legacyByUrl.get(url));
        }
        if (same == null && origin != null) {
            same = firstUnclaimed(sameFileByHeading.get(key(origin, page.site(), page.title())));
        }
        if (same == null) {
            same = firstUnclaimed(legacyByHeading.get(key(page.site(), page.title())));
        }
        String telling = longestParagraph(text);
        if (same == null && origin != null && telling.length() >= MIN_TELLING) { // titled otherwise now
            same = firstUnclaimed(sameFileByParagraph.get(key(origin, telling)));
        }
        if (same == null) { // the same page from another file: the folder moved, the file renamed or copied
            same = firstUnclaimed(byText.get(text));
        }
        if (same == null) { // the same site and title from a file that is no longer there: moved and edited
            same = firstUnclaimed(byHeading.get(key(page.site(), page.title())),
                    s -> s.origin() != null && !s.origin().equals(origin) && fileGone(s.origin()));
        }
        if (same == null && origin != null) { // the same file's page with the id its site or title gives
            String base = SourceIds.assign(page.site(), page.title(), fallback, new HashSet<>());
            same = firstUnclaimed(sameFileByIdBase.get(key(origin, base)));
        }
        if (same != null) {
            claimed.add(same.id());
            return same.id();
        }
        return SourceIds.assign(page.site(), page.title(), fallback, taken);
    }

    /**
     * The sources, not read again, whose file was in one of these folders and is there no longer (deleted, or
     * renamed and changed): kept, since their text is only in the workspace now, but the user is told.
     */
    List<String> fromFilesGoneFrom(List<Path> folders) {
        List<String> out = new ArrayList<>();
        if (folders.isEmpty()) {
            return out;
        }
        for (Source s : existing) {
            if (s.origin() != null && !claimed.contains(s.id()) && fileGone(s.origin())
                    && folders.stream().anyMatch(f -> s.origin().startsWith(f + java.io.File.separator))) {
                out.add(s.id());
            }
        }
        return out;
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

    /** Whether the file is no longer there; a name this system cannot read as a path is not known to be gone. */
    private boolean fileGone(String origin) {
        return gone.computeIfAbsent(origin, o -> {
            try {
                return Files.notExists(Path.of(o));
            } catch (InvalidPathException e) {
                return false;
            }
        });
    }

    private Source firstUnclaimed(List<Source> sources) {
        return firstUnclaimed(sources, s -> true);
    }

    private Source firstUnclaimed(List<Source> sources, java.util.function.Predicate<Source> matches) {
        if (sources != null) {
            for (Source s : sources) {
                if (!claimed.contains(s.id()) && matches.test(s)) {
                    return s;
                }
            }
        }
        return null;
    }

    /** "imdb" of "imdb-2": the id its site or title gave, before the number that kept it apart. */
    private static String idBase(String id) {
        int dash = id.lastIndexOf('-');
        return dash > 0 && dash + 1 < id.length() && id.substring(dash + 1).chars().allMatch(Character::isDigit)
                ? id.substring(0, dash) : id;
    }

    /** The page's longest paragraph: what stays when its title, menu or byline are read otherwise. */
    private static String longestParagraph(String text) {
        String longest = "";
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf("\n\n", from);
            end = end < 0 ? text.length() : end;
            if (end - from > longest.length()) {
                longest = text.substring(from, end);
            }
            from = end + 2;
        }
        return longest;
    }

    private static List<String> key(String... parts) {
        return java.util.Arrays.asList(parts);
    }

    private static <K> void add(Map<K, List<Source>> map, K key, Source s) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
}
