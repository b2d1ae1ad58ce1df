package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.filmlens.corpus.Progress;
import org.junit.jupiter.api.Test;

class QuoteLinkerTest {
    private final List<QuoteLinker.Unit> units = new ArrayList<>();

    private int labelled(String speaker, String source, String text) {
        units.add(new QuoteLinker.Unit(MatchTokens.of(text), speaker, source, source + units.size(), true, false));
        return units.size() - 1;
    }

    private int prose(String speaker, String source, String place, String text, boolean needsMatch) {
        units.add(new QuoteLinker.Unit(MatchTokens.of(text), speaker, source, place, false, needsMatch));
        return units.size() - 1;
    }

    private QuoteLinker.Linking link() {
        return new QuoteLinker().link(units, Progress.NONE);
    }

    @Test
    void nearDuplicatesOfOneLineMergeAndTheFullestIsCanonical() {
        int a = labelled("Samantha", "imdb", "Is that weird? You think I'm weird?");
        int b = labelled("Samantha", "imdb", "Is that weird? Do you think I'm weird?");
        QuoteLinker.Linking l = link();
        assertEquals(l.clusterOf()[a], l.clusterOf()[b]);
        assertEquals(b, l.representative()[l.clusterOf()[a]]);
    }

    @Test
    void differentLinesThatShareWordsStayApart() {
        int a = labelled("Samantha", "imdb", "I'm yours, and I'm not yours.");
        int b = labelled("Theodore", "imdb", "You're mine or you're not mine.");
        int c = labelled("Corin", "imdb", "Nobody asks for Skerra. You know that? They send you or you run to it.");
        int d = labelled("Corin", "imdb", "Nobody leaves Skerra in the dark, you know that? Bad luck.");
        QuoteLinker.Linking l = link();
        assertNotEquals(l.clusterOf()[a], l.clusterOf()[b]);
        assertNotEquals(l.clusterOf()[c], l.clusterOf()[d]);
    }

    @Test
    void theSameWordsFromDifferentSpeakersAreDifferentLines() {
        int mara = labelled("Mara", "imdb", "Is anyone there?");
        int elias = labelled("Elias", "imdb", "Is anyone there?");
        int quoted = prose("Elias", "review", "r1", "Is anyone there?", false);
        QuoteLinker.Linking l = link();
        assertNotEquals(l.clusterOf()[mara], l.clusterOf()[elias]);
        assertEquals(l.clusterOf()[elias], l.clusterOf()[quoted]);
    }

    @Test
    void anExcerptJoinsTheWholeLineUnlessOnePageListsBoth() {
        int whole = labelled("Samantha", "imdb", "No, it's okay. I just caught myself thinking about it. "
                + "The past is just a story we tell ourselves.");
        int sameSite = labelled("Samantha", "imdb", "The past is just a story we tell ourselves.");
        int excerpt = labelled("Theodore", "listing", "I keep waiting to not care about her.");
        int full = labelled("Theodore", "imdb", "No, don't apologize. I'm sorry. You're right. I keep waiting to not "
                + "care about her.");
        QuoteLinker.Linking l = link();
        assertNotEquals(l.clusterOf()[whole], l.clusterOf()[sameSite]);
        assertEquals(l.clusterOf()[full], l.clusterOf()[excerpt]);
    }

    @Test
    void aProseFragmentJoinsTheShortestLineThatContainsIt() {
        int shortLine = labelled("Samantha", "imdb", "The past is just a story we tell ourselves.");
        labelled("Samantha", "imdb", "No, it's okay. I was remembering it. The past is just a story we tell ourselves.");
        int fragment = prose(null, "article", "a1", "the past is just a story we tell ourselves", true);
        int changed = prose(null, "rant", "g1", "Me too, now I know how.", true);
        int line = labelled("Samantha", "imdb", "Me too. Now we know how.");
        QuoteLinker.Linking l = link();
        assertEquals(l.clusterOf()[shortLine], l.clusterOf()[fragment]);
        assertEquals(l.clusterOf()[line], l.clusterOf()[changed]);
    }

    @Test
    void unmatchedProseCountsOnlyWhenItStandsOnItsOwn() {
        int scare = prose(null, "a", "a1", "beautiful handwritten letters", true);
        int said = prose("Theodore", "a", "a2", "Play a melancholy song", false);
        int other = prose("Theodore", "a", "a2", "play a different melancholy song.", false);
        QuoteLinker.Linking l = link();
        assertEquals(-1, l.clusterOf()[scare]);
        assertNotEquals(-1, l.clusterOf()[said]);
        assertNotEquals(l.clusterOf()[said], l.clusterOf()[other]); // side by side in one paragraph
    }

    @Test
    void shortLinesOfOnePageAreDistinctMoments() {
        int a = labelled("Theodore", "imdb", "Yeah.");
        int b = labelled("Theodore", "imdb", "Yeah.");
        QuoteLinker.Linking l = link();
        assertNotEquals(l.clusterOf()[a], l.clusterOf()[b]);
    }
}
