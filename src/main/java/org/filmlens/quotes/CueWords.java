package org.filmlens.quotes;

import java.util.regex.Pattern;

/** English verbs and phrases that introduce or follow a quotation ("she says", "he writes", "as X explains"). */
final class CueWords {
    static final String VERBS = "says|said|say|tells|told|tell|asks|asked|replies|replied|responds|responded|answers"
            + "|answered|explains|explained|writes|wrote|dictates|dictated|commands|commanded|declares|declared"
            + "|whispers|whispered|adds|added|continues|continued|confesses|confessed|admits|admitted|insists"
            + "|insisted|shouts|shouted|yells|yelled|cries|exclaims|exclaimed|muses|mused|remarks|remarked|pleads"
            + "|pleaded|promises|promised|reassures|assures|quips|quipped|snaps|snapped|murmurs|murmured|retorts"
            + "|retorted|jokes|joked|announces|announced|begs|begged|demands|demanded|warns|warned|wonders"
            + "|wondered|counters|countered|concludes|concluded|reads|sings|sang|recites|recited|puts it|put it"
            + "|cuts to the chase";
    static final Pattern VERB = Pattern.compile("\\b(?:" + VERBS + ")\\b");
    /** "this line from X", "the words of X": a quotation named as someone's line. */
    static final Pattern LINE_OF = Pattern.compile(
            "\\b(?:line|lines|words|quote|reply|answer|response|question|promise|confession)\\s+(?:from|of|by)\\s+"
                    + "(\\p{Lu}[\\p{L}\\d]*(?:\\s+\\p{Lu}[\\p{L}\\d]*)?)[\\s,:\u2014\u2013-]*$");

    /** Where a VERB match can start: a word beginning with one of the verbs' first letters. */
    static final StartGate.CanStart VERB_START = StartGate.wordStartingWith(StartGate.firstLetters(VERBS));
    /** Where a LINE_OF match can start. */
    static final StartGate.CanStart LINE_OF_START = StartGate.wordStartingWith(
            StartGate.firstLetters("line|lines|words|quote|reply|answer|response|question|promise|confession"));

    private CueWords() {
    }

    static boolean containsVerb(String text) {
        return StartGate.find(VERB.matcher(text), text, 0, VERB_START);
    }
}
