package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;

/**
 * A nickname written inside a full name, as cast lists and wikis write it: Willem "Dutch" Dekker, Marcus ‘Sparrow’
 * Okonkwo. Pages then call the man by either, and each becomes a character of its own unless the two are known as
 * one: the full name and the first name are the nickname's too.
 */
final class Nicknames {
    /** First name, the nickname in quotes of any kind, surname. */
    private static final Pattern QUOTED = Pattern.compile("(?<![\\p{L}])(" + NameShapes.WORD
            + ") [\"“‘'](\\p{Lu}[\\p{L}\\-]*)[\"”’'] (" + NameShapes.WORD + ")(?![\\p{L}])");

    /** A person's full name and the nickname written inside it. */
    record Nickname(String first, String nickname, String surname) {
        String fullName() {
            return first + " " + surname;
        }
    }

    private Nicknames() {
    }

    /** A space, a quotation mark, a capital: where a nickname can start (an apostrophe inside a word is none). */
    private static boolean hasOpeningMarkBeforeCapital(String t) {
        for (int i = 1; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '"' || c == '“' || c == '‘' || c == '\'') && t.charAt(i - 1) == ' '
                    && Character.isUpperCase(t.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Every distinct nickname written inside a full name, in corpus order. */
    static List<Nickname> find(Corpus corpus) {
        Set<Nickname> found = new LinkedHashSet<>();
        for (Passage p : corpus.passages()) {
            String t = p.text();
            if (!hasOpeningMarkBeforeCapital(t)) {
                continue; // nearly every passage: no mark opens a capitalised word after a space
            }
            Matcher m = QUOTED.matcher(t);
            while (m.find()) {
                if (!m.group(1).equals(m.group(2)) && !m.group(2).equals(m.group(3))) {
                    found.add(new Nickname(m.group(1), m.group(2), m.group(3)));
                }
            }
        }
        return new ArrayList<>(found);
    }
}
