package org.filmlens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.text.LabelForms;

/**
 * A script's dialogue, as screenplays lay it out: the speaker's name in capitals on a line of its own (a cue,
 * perhaps with an extension such as "(V.O.)"), set further right than the speech on the lines right below it,
 * wrapped and perhaps broken by a parenthetical such as "(beat)", then a blank line. Each such block becomes one line {@code Name (V.O.): speech
 * [beat] more speech}, the shape quotes pages write, so that it is read as a labelled line of dialogue.
 *
 * <p>Only in a dump (or a preformatted block) that holds a script: at least {@link #MIN_BLOCKS} blocks whose cue
 * names its speaker at least twice, by at least two speakers. A heading in capitals over a paragraph is no cue, nor
 * is a list (a menu's caps heading over its items), a scene heading ("INT. KITCHEN - NIGHT"), a transition ("CUT
 * TO:", "FADE OUT.") or a script's other directions ("MONTAGE", "CONTINUED").
 */
final class ScreenplayBlocks {
    static final int MIN_BLOCKS = 6;
    /** A speech longer than this many lines is a paragraph set without blank lines, not a speech. */
    static final int MAX_SPEECH_LINES = 10;
    private static final int MAX_CUE_CHARS = 30;
    /** A cue: one to three words in capitals, then perhaps an extension in parentheses. */
    private static final Pattern CUE = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}\\p{N}.'\u2019\\-]*(?: \\p{Lu}[\\p{Lu}\\p{N}.'\u2019\\-]*){0,2})( \\([\\p{Lu}.'\u2019 ]{1,12}\\))?");
    private static final Pattern SCENE_HEADING = Pattern.compile("(?:INT|EXT|EST|I/E|INT\\./EXT)[. /].*");
    /** Words a script writes in capitals on a line of their own that name no speaker. */
    private static final Set<String> DIRECTIONS = Set.of("the", "fade", "cut", "dissolve", "smash", "match", "back",
            "continued", "cont'd", "montage", "series", "later", "intercut", "insert", "angle", "close", "wide",
            "pov", "flashback", "super", "title", "titles", "credits", "black", "end", "more", "moments", "scene",
            "day", "night", "morning", "evening");

    /** A cue at {@code cue} and its speech up to {@code end} (exclusive), positions in the lines; the cue's name. */
    private record Block(int cue, int end, String name) {}

    private ScreenplayBlocks() {}

    /** The lines with each script block joined into one labelled line; the lines themselves when there are none. */
    static List<Line> join(List<Line> lines) {
        List<Block> blocks = blocks(lines);
        if (blocks.isEmpty()) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        int next = 0;
        for (Block block : blocks) {
            out.addAll(lines.subList(next, block.cue()));
            out.add(Line.parse(lines.get(block.cue()).index(), labelled(lines, block)));
            next = block.end();
        }
        out.addAll(lines.subList(next, lines.size()));
        return out;
    }

    /**
     * {@link #join} for raw lines (blank ones included), as a {@code <pre>} holds a script: the lines as they were,
     * each block's lines replaced by its one line.
     */
    static List<String> joinRaw(List<String> raw) {
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            if (!raw.get(k).isBlank()) {
                lines.add(Line.parse(k, raw.get(k)));
            }
        }
        List<Block> blocks = blocks(lines);
        if (blocks.isEmpty()) {
            return raw;
        }
        List<String> out = new ArrayList<>(raw.size());
        int next = 0; // the next raw line to copy
        for (Block block : blocks) {
            out.addAll(raw.subList(next, lines.get(block.cue()).index()));
            out.add(labelled(lines, block));
            next = lines.get(block.end() - 1).index() + 1;
        }
        out.addAll(raw.subList(next, raw.size()));
        return out;
    }

    /**
     * The script blocks among {@code lines}, or none when they are no script: fewer than {@link #MIN_BLOCKS} blocks
     * whose cue recurs, or fewer than two speakers who do.
     */
    private static List<Block> blocks(List<Line> lines) {
        List<Block> found = new ArrayList<>();
        Map<String, Integer> cues = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i).listItem() ? null : cueName(lines.get(i).text());
            if (name == null) {
                continue;
            }
            int end = speechEnd(lines, i);
            if (end > i + 1) {
                found.add(new Block(i, end, name));
                cues.merge(name, 1, Integer::sum);
                i = end - 1;
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (Block block : found) {
            if (cues.get(block.name()) >= 2) {
                blocks.add(block);
            }
        }
        long speakers = cues.values().stream().filter(n -> n >= 2).count();
        return blocks.size() < MIN_BLOCKS || speakers < 2 ? List.of() : blocks;
    }

    /**
     * The first line after the speech below the cue at {@code cue}: the lines right below it, in mixed case and set
     * further left than the cue, as a screenplay sets a speech (a heading over its paragraph is set no deeper).
     */
    private static int speechEnd(List<Line> lines, int cue) {
        int j = cue + 1;
        boolean spoken = false;
        int cueIndent = lines.get(cue).indent();
        while (j < lines.size() && lines.get(j).index() == lines.get(j - 1).index() + 1) {
            Line l = lines.get(j);
            if (!hasLowercase(l.text()) || l.listItem() || l.indent() >= cueIndent) {
                break; // the next cue or scene heading set without a blank line, a list, or no speech
            }
            if (j - cue > MAX_SPEECH_LINES) {
                return cue + 1; // prose set without blank lines, not a speech
            }
            spoken |= !isParenthetical(l.text());
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
        if (!m.matches() || m.group(1).endsWith(".") && m.group(1).indexOf(' ') > 0) {
            return null; // "FADE OUT." is a transition; "MR. LEE" keeps its stop inside
        }
        String[] words = m.group(1).toLowerCase(Locale.ROOT).split(" ");
        if (UiChromeRule.UI_WORDS.contains(words[0])) {
            return null; // "TRENDING": a site's heading
        }
        for (String w : words) {
            // "THE VERDICT", "ABOUT US" are headings; a label with a function word ("MAN IN SUIT") is no speaker's
            // to the rest of the ingest either
            if (DIRECTIONS.contains(w) || Words.isStopword(w)) {
                return null;
            }
        }
        return LabelForms.titleCase(m.group(1));
    }

    /** The block as one line: "Name (V.O.): speech [beat] more speech". */
    private static String labelled(List<Line> lines, Block block) {
        Matcher cue = CUE.matcher(lines.get(block.cue()).text());
        cue.matches();
        StringBuilder b = new StringBuilder(block.name());
        if (cue.group(2) != null) {
            b.append(cue.group(2));
        }
        b.append(':');
        for (int k = block.cue() + 1; k < block.end(); k++) {
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
}
