package org.filmlens.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a prose quotation is attributed to, from the words around it: "X says" or "says X" after it; "X tells Y," or
 * "as X explains," before it in the same sentence; "X cuts to the chase:" (the subject of the clause the colon ends);
 * "this line from X —". A pronoun ("he writes") resolves to the nearest name before it whose gender agrees; a
 * definite description ("to which the OS replies") to the person just told or asked. Unknown stays null.
 */
public final class Attribution {
    private static final String NAME = "\\p{Lu}[\\p{L}'\\-]*(?:\\s+\\p{Lu}[\\p{L}'\\-]*)?";
    private static final String SUBJECT = "(" + NAME + "|he|she|He|She|[Tt]he\\s+\\p{L}+)";
    private static final Pattern AFTER = Pattern.compile(
            "^[\\s,.;:!?\\u201d\\u2019\"\\u2014]*(?:" + SUBJECT + "\\s+(?:\\p{L}+ly\\s+)?(?:" + CueWords.VERBS
                    + ")\\b|(?:" + CueWords.VERBS + ")\\s+(" + NAME + "))");
    static final Pattern SUBJECT_AT_END = Pattern.compile(SUBJECT + "(?:\\s+\\p{L}+ly)?\\s*$");
    private static final Pattern SUBJECT_AT_START = Pattern.compile(
            "^\\s*(?:(?:Then|So|But|And|Finally|Later|Here|Now),?\\s+)?" + SUBJECT + "\\b");
    static final Pattern TOLD = Pattern.compile("(" + NAME + ")\\s+(?:tells|told|asks|asked|says to)\\s+("
            + NAME + ")");
    static final Pattern SENTENCE_END = Pattern.compile("[.!?\\u2026][\\u201d\"\\u2019]?\\s+(?=[\\p{Lu}\\u201c\"])");
    static final Pattern AS_NAME_VERB = Pattern.compile(
            "(?:^|[\\s,;])[Aa]s\\s+(" + NAME + ")\\s+(?:\\p{L}+ly\\s+)?(?:" + CueWords.VERBS + ")\\b");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** SUBJECT starts with a capital, "he", "she" or "the". */
    static final StartGate.CanStart SUBJECT_START = StartGate.sifted("hstT" + StartGate.UPPERCASE_ASCII,
            (text, p) -> "hstT".indexOf(text.charAt(p)) >= 0 || Character.isUpperCase(text.codePointAt(p)));
    static final StartGate.CanStart SENTENCE_END_START = StartGate.sifted(".!?",
            (text, p) -> ".!?\u2026".indexOf(text.charAt(p)) >= 0);
    /** AS_NAME_VERB starts at the text's start or a blank, comma or semicolon, then "as" or "As". */
    static final StartGate.CanStart AS_START = StartGate.sifted(" \t\n\u000B\f\r,;Aa",
            (text, p) -> (p == 0 && startsWithAs(text, p))
                    || (" \t\n\u000B\f\r,;".indexOf(text.charAt(p)) >= 0 && startsWithAs(text, p + 1)));
    private static final int MAX_WORDS_AFTER_VERB = 15;
    /** How far before a quotation its introduction and the names a pronoun may stand for are sought. */
    static final int WINDOW = 2_000;

    private final CastDirectory cast;

    public Attribution(CastDirectory cast) {
        this.cast = cast;
    }

    /**
     * @param text          the paragraph
     * @param q             the quotation in it
     * @param masked        the paragraph with the words inside every quotation blanked out, so that sentences and
     *                      cues are read from the author's words only
     * @param previous      the paragraph before, for a quotation standing alone (may be empty)
     */
    public String speaker(String text, String masked, ProseQuotation q, String previous) {
        int firstEnd = q.parts().get(0).end();
        int open = Math.max(0, q.open());
        int from = windowStart(text, open); // only the words just before the quotation can introduce it
        String after = masked.substring(firstEnd, Math.min(text.length(), firstEnd + 80));
        String near = text.substring(from, open);
        String context = (from == 0 ? tail(previous) + "\n" : "") + near;
        Matcher a = AFTER.matcher(after);
        if (a.find() && !introducesNext(after)) {
            String who = a.group(1) != null ? a.group(1) : a.group(2);
            String s = resolve(who, context, lastSentence(near));
            if (s != null) {
                return s;
            }
        }
        String before = lastSentence(masked.substring(from, open));
        if (before.isBlank()) {
            before = lastSentence(tail(previous));
        }
        return fromIntroduction(before, context);
    }

    /**
     * Where the look-back before {@code end} starts: at most {@link #WINDOW} characters back, moved forward to the
     * first white space so no word is cut. Keeps the work per quotation bounded on a paragraph of any length.
     */
    private static int windowStart(String text, int end) {
        if (end <= WINDOW) {
            return 0;
        }
        int from = end - WINDOW;
        while (from < end && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        return from;
    }

    /** The last {@link #WINDOW} characters of a text, cut at a word boundary. */
    private static String tail(String text) {
        return text.substring(windowStart(text, text.length()));
    }

    /** "“A,” Adams cuts to the chase: “B.”": a cue ending in a colon belongs to the quotation after it. */
    private static boolean introducesNext(String after) {
        int next = -1;
        for (int i = 1; i < after.length(); i++) {
            char c = after.charAt(i);
            if (c == '\u201c' || c == '"' || c == '\u2018') {
                next = i;
                break;
            }
        }
        return next > 0 && after.substring(0, next).strip().endsWith(":");
    }

    private String fromIntroduction(String before, String context) {
        Matcher as = AS_NAME_VERB.matcher(before); // "As X explains, ..." names the speaker outright
        if (StartGate.find(as, before, 0, AS_START)) {
            String s = resolve(as.group(1), context, before);
            if (s != null) {
                return s;
            }
        }
        Matcher line = CueWords.LINE_OF.matcher(before);
        if (StartGate.find(line, before, 0, CueWords.LINE_OF_START)) {
            String s = cast.speaker(line.group(1));
            if (s != null) {
                return s;
            }
        }
        Matcher verb = CueWords.VERB.matcher(before);
        int verbStart = -1;
        int verbEnd = -1;
        for (int at = 0; StartGate.find(verb, before, at, CueWords.VERB_START); at = StartGate.next(verb)) {
            verbStart = verb.start();
            verbEnd = verb.end();
        }
        if (verbStart >= 0 && words(before.substring(verbEnd)) <= MAX_WORDS_AFTER_VERB) {
            String head = before.substring(0, verbStart);
            Matcher subject = SUBJECT_AT_END.matcher(head);
            if (StartGate.find(subject, head, 0, SUBJECT_START)) {
                // "he tells Teddy, “…”": a pronoun stands for a name before it, never for the one told after the verb
                String upToVerb = context.substring(0, Math.max(0, context.length() - (before.length() - verbStart)));
                String s = resolve(subject.group(1), upToVerb, before);
                if (s != null) {
                    return s;
                }
            }
        }
        if (before.strip().endsWith(":")) { // the subject of the clause the colon ends
            String clause = before.substring(before.lastIndexOf(',') + 1);
            Matcher subject = SUBJECT_AT_START.matcher(clause);
            if (subject.find()) {
                return resolve(subject.group(1), context, before);
            }
        }
        return null;
    }

    /** A name, a pronoun or a definite description, as the speaker it stands for. */
    private String resolve(String who, String context, String sentence) {
        String w = who.strip();
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("he") || lower.equals("she")) {
            return nearest(context, lower.equals("he") ? CastDirectory.Gender.MALE : CastDirectory.Gender.FEMALE);
        }
        if (lower.startsWith("the ")) {
            String named = cast.speaker(w) != null ? cast.speaker(w) : cast.speaker(w.substring(4));
            if (named != null) {
                return named;
            }
            String told = null;
            Matcher m = TOLD.matcher(sentence);
            for (int at = 0; StartGate.find(m, sentence, at, StartGate.UPPERCASE); at = StartGate.next(m)) {
                if (cast.speaker(m.group(1)) != null) {
                    told = cast.speaker(m.group(2));
                }
            }
            return told;
        }
        String s = cast.speaker(w);
        if (s == null && w.contains(" ")) {
            s = cast.speaker(w.substring(w.lastIndexOf(' ') + 1)); // "Then Theodore" / "actor Adams"
        }
        return s;
    }

    private String nearest(String context, CastDirectory.Gender gender) {
        List<CastDirectory.NameHit> names = cast.names(context);
        for (int i = names.size() - 1; i >= 0; i--) {
            if (cast.gender(names.get(i).speaker()) == gender) {
                return names.get(i).speaker();
            }
        }
        return null;
    }

    private static String lastSentence(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        for (int at = 0; StartGate.find(m, text, at, SENTENCE_END_START); at = StartGate.next(m)) {
            start = m.end();
        }
        return text.substring(start);
    }

    private static boolean startsWithAs(String text, int p) {
        return p + 1 < text.length() && (text.charAt(p) == 'A' || text.charAt(p) == 'a') && text.charAt(p + 1) == 's';
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : BLANKS.split(t).length;
    }
}
