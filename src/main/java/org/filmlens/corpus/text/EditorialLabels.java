package org.filmlens.corpus.text;

import java.util.Locale;
import java.util.Set;

/**
 * Labels a site writes before its own notes and links ("Related: …", "Review: …", "UPDATE: …"): a line so
 * labelled, in whatever case, is no line of dialogue unless a spoken sentence follows the label (a character may
 * be called by such a word: "Photo: Why?").
 */
public final class EditorialLabels {
    private static final Set<String> LABELS = Set.of("update", "updated", "spoiler", "spoilers", "spoiler alert",
            "spoiler warning", "warning", "note", "editor s note", "editors note", "related", "read more",
            "see also", "also read", "read next", "watch", "exclusive", "breaking", "photos", "video", "more",
            "correction", "disclaimer", "source", "credit", "photo", "trailer", "verdict", "rating", "score",
            "bottom line", "tl dr", "tldr", "ad", "advertisement", "sponsored", "recommended", "trending", "review",
            "interview", "recap", "opinion", "analysis", "explainer");
    /**
     * Of those, the ones no character is called, which keep a line out of the dialogue: a site's links and notes.
     * Not "Photo" or "Analysis", which a film may name someone (and whose lines need not end as sentences do).
     */
    private static final Set<String> NEVER_SPOKEN = Set.of("update", "updated", "spoiler", "spoilers",
            "spoiler alert", "spoiler warning", "note", "editor s note", "editors note", "related", "read more",
            "see also", "also read", "read next", "exclusive", "breaking", "correction", "disclaimer", "tl dr",
            "tldr", "advertisement", "sponsored", "recommended", "trending", "review", "interview", "recap",
            "opinion", "explainer");

    /** The labels that announce a link to another page, whose text is that page's title. */
    private static final Set<String> LINKS = Set.of("related", "read more", "see also", "also read", "read next",
            "more", "recommended", "trending", "sponsored");

    private EditorialLabels() {
    }

    /** Whether the words before a colon are such a label ("Editor’s Note", "TL;DR", "related"). */
    public static boolean is(String label) {
        return LABELS.contains(normalized(label));
    }

    /** The label is such a label and what follows it is no spoken sentence: the site's note or link. */
    public static boolean labelsNote(String label, String rest) {
        return NEVER_SPOKEN.contains(normalized(label)) && !spokenSentence(rest);
    }

    /** Words as a character says them: not a title's shape, and ending as a sentence or a quotation ends. */
    public static boolean spokenSentence(String rest) {
        if (rest.isEmpty() || TitleShape.isTitleLike(rest)) {
            return false;
        }
        char last = rest.charAt(rest.length() - 1);
        return ".!?…\"”’".indexOf(last) >= 0;
    }

    /** Whether the label announces a link ("Related", "See also"), not a note ("Review", "Update"). */
    public static boolean announcesLink(String label) {
        return LINKS.contains(normalized(label));
    }

    private static String normalized(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
