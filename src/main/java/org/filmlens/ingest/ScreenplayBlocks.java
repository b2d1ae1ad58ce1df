package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script page's dialogue, as screenplays lay it out: the speaker's name in capitals on a line of its own (a cue,
 * perhaps with an extension such as "(V.O.)"), the speech on the lines right below it, wrapped and perhaps broken by
 * a parenthetical such as "(beat)", then a blank line. Each such block becomes one line {@code Name (V.O.): speech
 * [beat] more speech}, the shape quotes pages write, so that it is read as a labelled line of dialogue.
 *
 * <p>Only where a page is a script: at least {@link #MIN_BLOCKS} blocks, and only the blocks whose cue names a
 * speaker at least twice (a heading in capitals with a paragraph right below it is no cue). Scene headings
 * ("INT. KITCHEN - NIGHT") and transitions ("CUT TO:") are never cues.
 */
final class ScreenplayBlocks {
    static final int MIN_BLOCKS = 3;
    private static final int MAX_CUE_CHARS = 30;
    /** A cue: one to three words in capitals, then perhaps an extension in parentheses. */
    private static final Pattern CUE = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}\\p{N}.'\u2019\\-]*(?: \\p{Lu}[\\p{Lu}\\p{N}.'\u2019\\-]*){0,2})( \\([\\p{Lu}.'\u2019 ]{1,12}\\))?");
    private static final Pattern SCENE_HEADING = Pattern.compile("(?:INT|EXT|EST|I/E|INT\\./EXT)[. /].*");

    private ScreenplayBlocks() {}

    /** The lines with each script block joined into one labelled line; the lines themselves when there are none. */
    static List<Line> join(List<Line> lines) {
        List<int[]> blocks = new ArrayList<>(); // [cue, end): the cue's position and the first after its speech
        Map<String, Integer> cues = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String name = cueName(lines.get(i).text());
            if (name == null) {
                continue;
            }
            int end = speechEnd(lines, i);
            if (end > i + 1) {
                blocks.add(new int[] {i, end});
                cues.merge(name, 1, Integer::sum);
                i = end - 1;
            }
        }
        if (blocks.size() < MIN_BLOCKS) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        int next = 0;
        for (int[] block : blocks) {
            String name = cueName(lines.get(block[0]).text());
            if (cues.get(name) < 2) {
                continue;
            }
            out.addAll(lines.subList(next, block[0]));
            out.add(Line.parse(lines.get(block[0]).index(), labelled(lines, block)));
            next = block[1];
        }
        if (next == 0) {
            return lines;
        }
        out.addAll(lines.subList(next, lines.size()));
        return out;
    }

    /**
     * {@link #join} for raw lines (blank ones included), as a {@code <pre>} holds a script; the lines as they were
     * when they hold no script.
     */
    static List<String> joinRaw(List<String> raw) {
        List<Line> parsed = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            if (!raw.get(k).isBlank()) {
                parsed.add(Line.parse(k, raw.get(k)));
            }
        }
        List<Line> joined = join(parsed);
        if (joined == parsed) {
            return raw;
        }
        List<String> out = new ArrayList<>(joined.size() * 2);
        for (Line l : joined) {
            out.add(l.text());
            out.add(""); // each line a block of its own, as a blank line keeps them in a dump
        }
        return out;
    }

    /** The first line after the speech below the cue at {@code cue}: the lines right below it, in mixed case. */
    private static int speechEnd(List<Line> lines, int cue) {
        int j = cue + 1;
        boolean spoken = false;
        while (j < lines.size() && lines.get(j).index() == lines.get(j - 1).index() + 1) {
            String t = lines.get(j).text();
            if (!hasLowercase(t)) {
                break; // the next cue or scene heading, set without a blank line
            }
            spoken |= !isParenthetical(t);
            j++;
        }
        return spoken ? j : cue + 1;
    }

    /** "THEODORE (V.O.)" → "Theodore"; null for a line that is no cue. */
    static String cueName(String text) {
        if (text.length() > MAX_CUE_CHARS || text.isEmpty() || !Character.isUpperCase(text.charAt(0))
                || hasLowercase(text) || SCENE_HEADING.matcher(text).matches()) {
            return null;
        }
        Matcher m = CUE.matcher(text);
        return m.matches() ? titleCase(m.group(1)) : null;
    }

    /** The block as one line: "Name (V.O.): speech [beat] more speech". */
    private static String labelled(List<Line> lines, int[] block) {
        Matcher cue = CUE.matcher(lines.get(block[0]).text());
        cue.matches();
        StringBuilder b = new StringBuilder(titleCase(cue.group(1)));
        if (cue.group(2) != null) {
            b.append(cue.group(2));
        }
        b.append(':');
        for (int k = block[0] + 1; k < block[1]; k++) {
            String t = lines.get(k).text();
            b.append(' ');
            if (isParenthetical(t)) {
                b.append('[').append(t, 1, t.length() - 1).append(']');
            } else {
                b.append(t);
            }
        }
        return b.toString();
    }

    private static boolean isParenthetical(String t) {
        return t.length() > 2 && t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')';
    }

    private static boolean hasLowercase(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "MR. O'NEIL" → "Mr. O'neil": each word's first letter kept, the rest in lower case. */
    private static String titleCase(String caps) {
        StringBuilder b = new StringBuilder(caps.length());
        boolean start = true;
        for (int i = 0; i < caps.length(); i++) {
            char c = caps.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = c == ' ';
        }
        return b.toString();
    }
}
