package org.filmlens.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.filmlens.corpus.Source;

/**
 * Ids for the pages of an ingest into a workspace that already has sources. A page takes the id of the page it
 * stands for again: the same file's page with the same address, or the same site and title, or else the one that
 * opens with the same words; the same page read from another file (a folder moved, a file renamed); or the same
 * file's page that had the id its site or title gives. Any other page gets an id no source has, so that ingesting one page never replaces
 * another that happens to share its site's name ("imdb" for a quotes page and a cast page). Sources made before
 * their file was kept are matched by address, or by site and title, never by id alone.
 */
final class SourceIdClaims {
    /** How much of a page's text, from its start, tells it from the file's other pages. */
    static final int OPENING = 200;
    private final List<Source> existing;
    /** The sources by the file they were read from; those made before files were kept, by address and heading. */
    private final Map<String, List<Source>> byOrigin = new HashMap<>();
    private final Map<String, List<Source>> legacyByUrl = new HashMap<>();
    private final Map<List<String>, List<Source>> legacyByHeading = new HashMap<>();
    /** The sources by their text: the same page read from another file (the folder moved, the file renamed). */
    private final Map<String, List<Source>> byText = new HashMap<>();
    private final Map<List<String>, List<Source>> byHeading = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Set<String> claimed = new HashSet<>();

    SourceIdClaims(List<Source> existing) {
        this.existing = existing;
        for (Source s : existing) {
            taken.add(s.id());
            byText.computeIfAbsent(s.text(), k -> new ArrayList<>()).add(s);
            byHeading.computeIfAbsent(heading(s.site(), s.title()), k -> new ArrayList<>()).add(s);
            if (s.origin() != null) {
                byOrigin.computeIfAbsent(s.origin(), k -> new ArrayList<>()).add(s);
            } else {
                if (s.url() != null) {
                    legacyByUrl.computeIfAbsent(s.url(), k -> new ArrayList<>()).add(s);
                }
                legacyByHeading.computeIfAbsent(heading(s.site(), s.title()), k -> new ArrayList<>()).add(s);
            }
        }
    }

    String idFor(CleanPage page, String origin, String fallback) {
        List<Source> sameFile = origin == null ? List.of() : byOrigin.getOrDefault(origin, List.of());
        String url = page.url();
        Source same = url == null ? null : firstUnclaimed(sameFile, s -> url.equals(s.url()));
        if (same == null && url != null) {
            same = firstUnclaimed(legacyByUrl.getOrDefault(url, List.of()), s -> true);
        }
        if (same == null) {
            same = firstUnclaimed(sameFile, s -> Objects.equals(page.site(), s.site())
                    && Objects.equals(page.title(), s.title()));
        }
        if (same == null) {
            same = firstUnclaimed(legacyByHeading.getOrDefault(heading(page.site(), page.title()), List.of()),
                    s -> true);
        }
        if (same == null) { // the same file's page, titled otherwise now, by its opening words
            String text = page.built().text();
            same = firstUnclaimed(sameFile, s -> s.text().contains(opening(text)) || text.contains(opening(s.text())));
        }
        if (same == null) { // the same page from another file: the folder moved, the file renamed or copied
            same = firstUnclaimed(byText.getOrDefault(page.built().text(), List.of()), s -> true);
        }
        if (same == null) { // the same site and title from a file that is no longer there: moved and edited
            same = firstUnclaimed(byHeading.getOrDefault(heading(page.site(), page.title()), List.of()),
                    s -> s.origin() != null && !s.origin().equals(origin) && Files.notExists(Path.of(s.origin())));
        }
        if (same == null) { // or by the id its site or title gives it
            String base = SourceIds.assign(page.site(), page.title(), fallback, new HashSet<>());
            same = firstUnclaimed(sameFile, s -> s.id().equals(base) || s.id().startsWith(base + "-")
                    && s.id().substring(base.length() + 1).chars().allMatch(Character::isDigit));
        }
        if (same != null) {
            claimed.add(same.id());
            return same.id();
        }
        return SourceIds.assign(page.site(), page.title(), fallback, taken);
    }

    private static List<String> heading(String site, String title) {
        return Arrays.asList(site, title);
    }

    private static String opening(String text) {
        return text.substring(0, Math.min(OPENING, text.length()));
    }

    /**
     * The sources, not read again, whose file was in one of these folders and is there no longer (deleted, or
     * renamed and changed): kept, since their text is only in the workspace now, but the user is told.
     */
    List<String> fromFilesGoneFrom(List<Path> folders) {
        List<String> out = new ArrayList<>();
        for (Source s : existing) {
            if (s.origin() != null && !claimed.contains(s.id()) && folders.stream().anyMatch(
                    f -> Path.of(s.origin()).startsWith(f)) && Files.notExists(Path.of(s.origin()))) {
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

    /** The first of these sources not claimed yet that matches. */
    private Source firstUnclaimed(List<Source> sources, Predicate<Source> matches) {
        for (Source s : sources) {
            if (!claimed.contains(s.id()) && matches.test(s)) {
                return s;
            }
        }
        return null;
    }
}
