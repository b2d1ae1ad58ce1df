package org.filmlens.corpus.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels a site writes before its own notes and links ("Related: …", "Review: …", "UPDATE: …"). Some are never a
 * character's name, and a line they label is no line of dialogue in whatever case; others a film may name someone
 * ("Photo: Why?"), whose lines are told from the site's by the spoken sentence after the label.
 */
public final class EditorialLabels {
    /**
     * The labels no character is called, which keep a line out of the dialogue: a site's links and notes. Not
     * "Photo" or "Analysis", which a film may name someone (the benchmark's permuted corpora name one so).
     */
    private static final Set<String> NEVER_SPOKEN = Set.of("update", "updated", "spoiler", "spoilers",
            "spoiler alert", "spoiler warning", "note", "editor s note", "editors note", "related", "read more",
            "see also", "also read", "read next", "exclusive", "breaking", "correction", "disclaimer", "tl dr",
            "tldr", "advertisement", "sponsored", "recommended", "trending", "review", "interview", "recap",
            "opinion", "explainer", "verdict", "bottom line", "rating", "score", "warning", "source", "credit",
            "trailer", "photos", "video", "ad", "watch", "categories", "category", "tags");

    /** The labels that announce a link to another page, whose text is that page's title. */
    private static final Set<String> LINKS = Set.of("related", "read more", "see also", "also read", "read next",
            "more", "recommended", "trending", "sponsored");

    private EditorialLabels() {
    }

    /** A label no character is called: "Correction: An earlier version …" is the site's, sentence or not. */
    public static boolean neverSpoken(String label) {
        return NEVER_SPOKEN.contains(normalized(label));
    }

    /**
     * The line is a site's note or link: such a label before no spoken sentence ("Related: 10 Movies …", "Review:
     * ‘X’ is a quiet ghost story"). A spoken sentence after it is a character's, should a film name one so (the
     * benchmark's permuted corpora have a "Trailer" and a "Review" with hundreds of lines).
     */
    public static boolean labelsNote(String label, String rest) {
        return neverSpoken(label) && !spokenSentence(rest);
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

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** The longest label, in characters: a longer one is a name ("Theodore Twombly"), asked of every label. */
    private static final int LONGEST = 20;

    private static String normalized(String label) {
        if (label.length() > LONGEST) {
            return "";
        }
        return NOT_WORD.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
