package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The highlighter's sentences: where the JDK's English sentence iterator puts them, and by its contract. */
class SentenceBreaksTest {
    /** Texts of the kinds pages about a film hold; none is from the sample. */
    private static final List<String> TEXTS = List.of(
            "",
            "No full stop at all",
            "One sentence.",
            "Trailing spaces.   ",
            "She leaves. He stays behind! Why does he stay? Nobody knows.",
            "\"It's over.\" She said it twice. 'Fine.' (He agreed.) [Silence.] “Goodbye.” «Adieu.» The end.",
            "The film runs 2.5 hours. It opened in the U.S. in May. Dir. by someone else. The score is 9.1 out of 10.",
            "He reads it, e.g. the letter, and stops. Then vol. two begins.",
            "Wait... what? Really?! Yes!! Fine?! Go.",
            "She hesitates… then goes. He waits … Nothing happens.",
            "Chapter 6. 16 scenes follow. Released Jan 22, 2020. -- Reviews follow. It ends. — Credits.",
            "A line\nand the next line\r\nand a third\u2029and a paragraph.",
            "Non-breaking\u00A0space. After it.\u00A0Another one.",
            "Opening bracket. 【Notes】 follow. Numbers. 42 of them.",
            "Mr. Smith arrives. Mrs. Jones leaves. St. Louis is far.",
            "Typed with two spaces.  then a lower-case word. Or one.  3 is a number.",
            "“Is it love?” she asks. “Yes,” he says. ‘Maybe.’ Then silence.",
            "Closed.} Then.› Then.」 Then.» Then. 終わり。 Next！ Next？ Next． Next.",
            "終わり。次の場面。", "終わり。 next. Then？ next！ more", "Ｎｅｘｔ．next．Ｎｅｘｔ． Next.");

    @Test
    void boundariesAreTheJdkSentenceIteratorsOnTextsOfAnyKind() {
        for (String text : TEXTS) {
            assertEquals(all(jdk(text)), all(ours(text)), text);
        }
    }

    /**
     * Random prose against the JDK's iterator: words, capitalised or not, numbers and initials, each perhaps opened by
     * a quote or bracket and closed by punctuation, with spaces, non-breaking spaces or line breaks between them.
     */
    @Test
    void boundariesAreTheJdkSentenceIteratorsOnRandomProse() {
        Random rnd = new Random(7);
        // no dashes standing as words, "..." or double spaces: next to them the JDK's iterator breaks inside words
        // ("a. -" after the a, "I...  x" between the dots); the handwritten texts above have each where it does not
        String[] words = {"word", "Word", "a", "I", "3", "42", "2.5", "U.S.", "é", "Émile", "well-made"};
        String[] openers = {"", "", "", "", "\"", "“", "‘", "(", "["};
        String[] closers = {"", "", "", "", ",", ".", ".", "!", "?", "…", "?!", ".\"", "?”", "!’", ".)", ";"};
        String[] spaces = {" ", " ", " ", "\u00A0", "\n", " \u2029"};
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = rnd.nextInt(20); i > 0; i--) {
                text.append(openers[rnd.nextInt(openers.length)]).append(words[rnd.nextInt(words.length)])
                        .append(closers[rnd.nextInt(closers.length)]);
                if (i > 1) {
                    text.append(spaces[rnd.nextInt(spaces.length)]);
                }
            }
            // ended by a sentence: the JDK's iterator breaks erratically before a dash or number ending a text
            String t = text.append(" The end.").toString();
            assertEquals(all(jdk(t)), all(ours(t)), () -> "'" + t.replace("\n", "\\n") + "'");
        }
    }

    /** Where the JDK breaks inside a word ("E.'s" before the s), the fragment keeps the word whole. */
    @Test
    void stopInsideAWordIsNoBoundary() {
        String text = "The letter is from E.'s desk";
        assertEquals(List.of(0, text.length()), all(ours(text)));
    }

    /** following, preceding and isBoundary at every offset agree with the boundaries (the highlighter's moves). */
    @Test
    void movesAgreeWithTheBoundariesAtEveryOffset() {
        for (String text : TEXTS) {
            BreakIterator ours = ours(text);
            List<Integer> bounds = all(ours);
            for (int offset = 0; offset <= text.length(); offset++) {
                int o = offset;
                int after = bounds.stream().filter(b -> b > o).findFirst().orElse(BreakIterator.DONE);
                int before = bounds.stream().filter(b -> b < o).reduce((a, b) -> b).orElse(BreakIterator.DONE);
                String at = text + " @" + offset;
                assertEquals(after, ours.following(offset), "following " + at);
                assertEquals(after == BreakIterator.DONE ? ours.last() : after, ours.current(), at);
                assertEquals(before, ours.preceding(offset), "preceding " + at);
                assertEquals(before == BreakIterator.DONE ? ours.first() : before, ours.current(), at);
                assertEquals(bounds.contains(offset), ours.isBoundary(offset), "isBoundary " + at);
            }
        }
    }

    /** At the text's ends, where a move has nowhere to go, the same answers and position as the JDK's iterator. */
    @Test
    void movesAtTheEndsAnswerAsTheJdkIteratorDoes() {
        for (String text : List.of("", "One.", "One. Two. Three.")) {
            BreakIterator jdk = jdk(text);
            BreakIterator ours = ours(text);
            for (int offset = 0; offset <= text.length(); offset++) {
                String at = text + " @" + offset;
                assertEquals(jdk.following(offset), ours.following(offset), "following " + at);
                assertEquals(jdk.current(), ours.current(), "current after following " + at);
                assertEquals(jdk.preceding(offset), ours.preceding(offset), "preceding " + at);
                assertEquals(jdk.current(), ours.current(), "current after preceding " + at);
                assertEquals(jdk.isBoundary(offset), ours.isBoundary(offset), "isBoundary " + at);
                assertEquals(jdk.current(), ours.current(), "current after isBoundary " + at);
            }
            assertEquals(jdk.last(), ours.last(), text);
            assertEquals(jdk.next(), ours.next(), text);
            assertEquals(jdk.previous(), ours.previous(), text);
            assertEquals(jdk.first(), ours.first(), text);
            assertEquals(jdk.previous(), ours.previous(), text);
            assertEquals(jdk.next(2), ours.next(2), text);
            assertEquals(jdk.next(-1), ours.next(-1), text);
        }
    }

    @Test
    void anOffsetOutsideTheTextIsRefused() {
        BreakIterator ours = ours("Short.");
        assertThrows(IllegalArgumentException.class, () -> ours.following(7));
        assertThrows(IllegalArgumentException.class, () -> ours.preceding(-1));
    }

    /** Through a character iterator, boundaries are in its indexes, as the JDK's are, whatever its begin index. */
    @Test
    void textSetThroughACharacterIteratorIsReadInItsIndexes() {
        for (int begin : new int[] {0, 4}) {
            BreakIterator ours = new SentenceBreaks();
            BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            ours.setText(new java.text.StringCharacterIterator("xyz One. Two.", begin, 13, begin));
            jdk.setText(new java.text.StringCharacterIterator("xyz One. Two.", begin, 13, begin));
            assertEquals(all(jdk), all(ours));
            assertEquals(jdk.following(begin + 2), ours.following(begin + 2));
            assertEquals(jdk.preceding(13), ours.preceding(13));
            assertThrows(IllegalArgumentException.class, () -> ours.following(begin - 1));
            assertEquals(begin == 0 ? 'x' : 'O', ours.getText().first());
        }
    }

    private static BreakIterator jdk(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        return it;
    }

    private static BreakIterator ours(String text) {
        BreakIterator it = new SentenceBreaks();
        it.setText(text);
        return it;
    }

    private static List<Integer> all(BreakIterator it) {
        List<Integer> bounds = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            bounds.add(b);
        }
        return bounds;
    }
}
