package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The replies of a forum thread as a page copied to text lays them out: the poster's name and the post's age, the
 * reply, then the thread's buttons ("Reply", "Share") and its score. A reply is what readers argue about the film,
 * however short ("Is it though?") or informal its sentences: in a thread of replies, between each poster and its
 * "Reply" button, the lines that are not the site's are kept whatever the cleaning rules would say of them.
 */
final class ForumReplies {
    /** How far up from its "Reply" button a reply's poster is looked for. */
    static final int MAX_REPLY_LINES = 8;
    /** Lines between one reply's button and the next reply's poster (its score, "Share", "Award"). */
    static final int MAX_GAP = 6;
    static final int MIN_THREAD = 3;
    /**
     * A poster: "u/name", a handle alone, a name with an age after a separator ("marta_k · 3 years ago"), or the
     * age alone under the name ("11y ago"); not a reply that says when ("I saw it like 10 years ago").
     */
    private static final Pattern POSTER = Pattern.compile("(?:.*\\bu/[A-Za-z0-9_\\-]{3,20}.*"
            + "|[^ ]{1,30} [·•|] .*\\b(?:ago|edited)\\b.*|\\d+\\s*\\p{L}{0,7}\\.?\\s+ago)");
    private static final Pattern POST_HEADER = Pattern.compile("(?:u/)?[A-Za-z0-9_\\-]{3,30} [·•|] .*\\bago\\b.*");
    /** The age or state of a post, alone on its line: "11y ago", "3 yr. ago", "Edited". */
    private static final Pattern POST_STATE = Pattern.compile("(?i)(?:\\d+\\s*\\w{0,6}\\.?\\s+ago|edited|op|"
            + "\\d+(?:\\.\\d+)?k?|level \\d+.*)");

    private ForumReplies() {
    }

    /** Marks the lines of each reply of a thread as kept. */
    static void keep(List<Line> lines, Verdicts v) {
        List<int[]> thread = new ArrayList<>(); // [poster, reply button] of each reply in a row
        for (int r = 0; r < lines.size(); r++) {
            if (!isReplyButton(lines.get(r))) {
                continue;
            }
            int poster = posterAbove(lines, r);
            if (poster < 0) {
                continue;
            }
            if (!thread.isEmpty() && poster - thread.get(thread.size() - 1)[1] > MAX_GAP) {
                keepIfThread(thread, lines, v);
                thread.clear();
            }
            thread.add(new int[] {poster, r});
        }
        keepIfThread(thread, lines, v);
        keepRepliesUnderPosters(lines, v);
    }

    /**
     * A thread that shows no button under each reply: its posters' lines ("u/nets_and_knots · 2 yr. ago") in a row,
     * three or more a few lines apart, each over its reply. The reply runs to the next poster or button; only lines
     * of a few words are taken (not "Continue this thread →").
     */
    private static void keepRepliesUnderPosters(List<Line> lines, Verdicts v) {
        List<Integer> posters = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isPostHeader(lines.get(i))) {
                if (!posters.isEmpty() && i - posters.get(posters.size() - 1) > MAX_REPLY_LINES + 1) {
                    keepUnder(posters, lines, v);
                    posters.clear();
                }
                posters.add(i);
            }
        }
        keepUnder(posters, lines, v);
    }

    private static void keepUnder(List<Integer> posters, List<Line> lines, Verdicts v) {
        if (posters.size() < MIN_THREAD) {
            return;
        }
        for (int p : posters) {
            v.clearByline(p);
            v.markDebris(p, "post-header"); // who posted and when: the site's, not the reply's words
            for (int k = p + 1; k < lines.size() && k <= p + MAX_REPLY_LINES; k++) {
                Line l = lines.get(k);
                if (isPostHeader(l) || isPoster(l) || isReplyButton(l)) {
                    break;
                }
                if (l.words() >= 3 && !POST_STATE.matcher(l.text()).matches() && !UiChromeRule.isChrome(l)) {
                    v.keep(k);
                }
            }
        }
    }

    /** A poster with the post's age on one line: "u/name · 2 yr. ago", "marta_k · 3 years ago". */
    private static boolean isPostHeader(Line l) {
        return l.words() <= 8 && !Shapes.endsSentence(l.text()) && POST_HEADER.matcher(l.text()).matches();
    }

    /** The poster's line above a reply button, or -1 when there is none near (or another button comes first). */
    private static int posterAbove(List<Line> lines, int r) {
        for (int j = r - 1; j >= 0 && j >= r - MAX_REPLY_LINES; j--) {
            if (isReplyButton(lines.get(j))) {
                return -1;
            }
            if (isPoster(lines.get(j))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A thread is replies in a row, at least {@link #MIN_THREAD} of them; one or two comments under an article are
     * the site's comment box, which the cleaning rules judge as they do.
     */
    private static void keepIfThread(List<int[]> replies, List<Line> lines, Verdicts v) {
        if (replies.size() < MIN_THREAD) {
            return;
        }
        for (int[] reply : replies) {
            for (int k = reply[0] + 1; k < reply[1]; k++) {
                Line l = lines.get(k);
                if (!POST_STATE.matcher(l.text()).matches() && !UiChromeRule.isChrome(l) && !isPoster(l)
                        && !l.text().equals("[deleted]") && !l.text().equals("[removed]")) {
                    v.keep(k);
                }
            }
        }
    }

    /** "Reply", "Reply · 12 likes", "Reply Share Report": a thread's buttons under a post. */
    static boolean isReplyButton(Line l) {
        if (l.words() > 6 || l.text().isEmpty() || Character.toLowerCase(l.text().charAt(0)) != 'r') {
            return false; // asked of every line: most fail here, before the line is normalised
        }
        String n = l.normalized();
        return n.equals("reply") || n.startsWith("reply ");
    }

    private static boolean isPoster(Line l) {
        return l.words() <= 8 && !Shapes.endsSentence(l.text()) && (POSTER.matcher(l.text()).matches()
                || Bylines.isHandle(l.text()));
    }
}
