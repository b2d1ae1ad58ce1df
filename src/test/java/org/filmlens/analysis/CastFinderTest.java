package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CastFinderTest {
    private static Corpus her;
    private static List<FilmCharacter> cast;

    @BeforeAll
    static void findCast() {
        her = SampleCorpus.her();
        cast = new CastFinder().find(her, SampleCorpus.herQuotes());
    }

    private static Optional<FilmCharacter> character(List<FilmCharacter> cast, String name) {
        return cast.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    @Test
    void leadsHaveTheirActors() {
        Map<String, String> actors = cast.stream().filter(c -> c.actor() != null)
                .collect(Collectors.toMap(FilmCharacter::name, FilmCharacter::actor));
        assertEquals("Joaquin Phoenix", actors.get("Theodore"));
        assertEquals("Scarlett Johansson", actors.get("Samantha"));
        assertEquals("Rooney Mara", actors.get("Catherine"));
        assertEquals("Amy Adams", actors.get("Amy"));
    }

    @Test
    void leadsComeFirstInOrderOfImportance() {
        List<String> firstFour = cast.subList(0, 4).stream().map(FilmCharacter::name).toList();
        assertEquals(List.of("Theodore", "Samantha"), firstFour.subList(0, 2));
        assertTrue(firstFour.containsAll(List.of("Catherine", "Amy")), firstFour.toString());
    }

    @Test
    void minorSpeakersAreCharactersWithLines() {
        for (String name : List.of("Paul", "Charles", "Alien Child", "OS1 Commercial Lead", "Uncomfortable Waitress")) {
            FilmCharacter c = character(cast, name).orElseThrow(() -> new AssertionError(name + " missing"));
            assertFalse(c.quoteIds().isEmpty(), name);
        }
    }

    @Test
    void realPeopleAndOtherFilmsCharactersAreNotCharacters() {
        List<String> names = cast.stream().map(FilmCharacter::name).toList();
        for (String notOne : List.of("Her", "Spike Jonze", "Jonze", "Samantha Morton", "Charlotte", "Alan Watts",
                "Sofia Coppola", "Scott Myers", "Olivia Wilde", "Chris Pratt", "Joaquin Phoenix", "Medium", "OS")) {
            assertFalse(names.contains(notOne), notOne + " is not a character: " + names);
        }
        List<String> actors = cast.stream().map(FilmCharacter::actor).filter(a -> a != null).toList();
        assertFalse(actors.contains("Olivia Wilde"), "the text never says whom Olivia Wilde plays");
        assertFalse(actors.contains("Chris Pratt"), "the text never says whom Chris Pratt plays");
        assertFalse(actors.contains("Samantha Morton"), "replaced in the role: not the actor");
    }

    @Test
    void aliasesComeFromTheText() {
        // only the full name: no sentence openers such as "navigating the distress of his divorce, Theodore"
        assertEquals(List.of("Theodore Twombly"), character(cast, "Theodore").orElseThrow().aliases());
        assertTrue(character(cast, "Samantha").orElseThrow().aliases().contains("the OS"));
        assertTrue(character(cast, "Catherine").orElseThrow().aliases().contains("his former wife"));
        assertTrue(character(cast, "Amy").orElseThrow().aliases().contains("the Adams character"));
        assertTrue(character(cast, "Samantha").orElseThrow().aliases().stream().noneMatch(a -> a.contains("Morton")));
    }

    @Test
    void everyMentionPointsAtANameOfItsCharacter() {
        for (FilmCharacter c : cast) {
            for (Mention m : c.mentions()) {
                String at = text(m.sourceId()).substring(m.start(), m.end());
                boolean named = at.equalsIgnoreCase(c.name()) || c.aliases().stream().anyMatch(at::equalsIgnoreCase);
                assertTrue(named, c.name() + " mention reads '" + at + "'");
                assertTrue(her.passage(m.passageId()).orElseThrow().start() <= m.start());
            }
        }
    }

    @Test
    void namesOfOtherPeopleAreNotMentions() {
        assertNoMentionAt("Samantha", "Samantha Morton");
        assertNoMentionAt("Amy", "(Amy Adams)", 1);
        assertNoMentionAt("Amy", "Amy Adams (as his closest friend)");
        // The film's title is a common word: no character is called "Her" and nothing else is read as one.
        assertTrue(cast.stream().noneMatch(c -> c.name().equalsIgnoreCase("her")));
    }

    @Test
    void possessivesAndLowercaseDecksAreMentions() {
        assertMentionAt("Theodore", "Theodore’s (Joaquin Phoenix)");
        assertMentionAt("Samantha", "why samantha left", 4);
        assertMentionAt("Amy", "the Adams character", 0);
    }

    @Test
    void speakerLabelsAreMentions() {
        FilmCharacter paul = character(cast, "Paul").orElseThrow();
        assertFalse(paul.mentions().isEmpty(), "Paul is only ever a label in the sample, and labels name him");
        for (var m : paul.mentions()) {
            String text = text(m.sourceId());
            assertEquals("Paul", text.substring(m.start(), m.end()));
            assertTrue(text.substring(m.end()).matches("(?s)\\s?:.*"), "a label: " + m);
        }
    }

    @Test
    void aCastListLinksOnlyWhatTheTextSays() {
        Corpus c = TinyCorpus.of("Lighthouse",
                "Nora (Ada Lowe) keeps the lighthouse while her brother Felix (Tom Byrne) fishes.",
                "Ada Lowe, Tom Byrne, Kit Harlan and Mia Sands also star.",
                "Nora : The lamp needs oil.",
                "Felix : Then buy some.",
                "Bram : Storm's coming.");
        List<FilmCharacter> found = new CastFinder().find(c, List.of());
        assertEquals("Ada Lowe", character(found, "Nora").orElseThrow().actor());
        assertEquals("Tom Byrne", character(found, "Felix").orElseThrow().actor());
        assertNull(character(found, "Bram").orElseThrow().actor());
        assertTrue(found.stream().noneMatch(f -> List.of("Kit Harlan", "Mia Sands", "Kit", "Mia").contains(f.name())));
    }

    /** A nickname inside a full name, and a surname that labels a credited name's lines, are one person each. */
    @Test
    void aNicknameAndASurnameLabelJoinTheirCharacter() {
        Corpus c = TinyCorpus.of("Lantern Job",
                "The crew is led by Willem \u201cDutch\u201d Dekker (Rafe Calloway) and the hacker Marcus 'Sparrow' "
                        + "Okonkwo (Dev Mahlangu), chased by Detective Ray Mulroney (Jonah Whitlock).",
                "Nora Vale (Imogen Sato) cracks the safe, and her brother Teddy Vale (Kit Lennox) drives.",
                "Dutch : Every lock is a question.",
                "Willem : Nobody walks away.",
                "Sparrow : Ninety seconds.",
                "Marcus : Lights out.",
                "Mulroney : Thieves come back to the water.",
                "Nora : Close your eyes.",
                "Teddy : Tell me we made it.");
        List<FilmCharacter> found = new CastFinder().find(c, List.of());
        FilmCharacter dutch = character(found, "Dutch").orElseThrow();
        assertEquals("Rafe Calloway", dutch.actor());
        assertTrue(dutch.aliases().containsAll(List.of("Willem Dekker", "Willem")), dutch.aliases().toString());
        assertTrue(character(found, "Willem").isEmpty(), "Willem is Dutch");
        assertEquals("Dev Mahlangu", character(found, "Sparrow").orElseThrow().actor());
        assertEquals("Jonah Whitlock", character(found, "Mulroney").orElseThrow().actor(), "his credit joins his lines");
        assertTrue(character(found, "Ray").isEmpty());
        assertEquals("Imogen Sato", character(found, "Nora").orElseThrow().actor(), "a sister and a brother");
        assertEquals("Kit Lennox", character(found, "Teddy").orElseThrow().actor(), "stay two");
    }

    @Test
    void oneActorPlaysTheBetterAttestedCharacter() {
        Corpus c = TinyCorpus.of("Lighthouse",
                "Nora (Ada Lowe) keeps the lighthouse. Nora (played by Ada Lowe) is stubborn.",
                "In an older film, Greta (coincidentally played by Ada Lowe) ran a hotel.",
                "Nora : The lamp needs oil.");
        List<FilmCharacter> found = new CastFinder().find(c, List.of());
        assertEquals("Ada Lowe", character(found, "Nora").orElseThrow().actor());
        assertTrue(character(found, "Greta").isEmpty(), "a prose-only name whose actor belongs to another");
    }

    @Test
    void monthsSongsAndNamesakesAreNotMentions() {
        Corpus c = TinyCorpus.of("Lighthouse",
                "June (Ada Lowe) keeps the lighthouse.",
                "The film opened in June 2019 and closes with the song June playing.",
                "June : The lamp needs oil.",
                "June Carter was not in it, but June's brother was.");
        FilmCharacter june = character(new CastFinder().find(c, List.of()), "June").orElseThrow();
        String text = c.sources().get(0).text();
        List<String> contexts = june.mentions().stream()
                .map(m -> text.substring(Math.max(0, m.start() - 10), Math.min(text.length(), m.end() + 8))).toList();
        assertEquals(3, june.mentions().size(), contexts.toString());
        assertTrue(contexts.get(0).contains("June (Ada"), contexts.toString());
        assertTrue(contexts.get(1).contains("June : The"), "a speaker label names her: " + contexts);
        assertTrue(contexts.get(2).contains("June's b"), contexts.toString());
    }

    @Test
    void anEmptyCorpusHasNoCast() {
        assertTrue(new CastFinder().find(TinyCorpus.of("Nothing"), List.of()).isEmpty());
    }

    private static String text(String sourceId) {
        return her.source(sourceId).map(Source::text).orElseThrow();
    }

    private static int offsetOf(String phrase, int shift) {
        for (Source s : her.sources()) {
            int at = s.text().indexOf(phrase);
            if (at >= 0) {
                return at + shift;
            }
        }
        throw new AssertionError("sample lacks " + phrase);
    }

    private static String sourceOf(String phrase) {
        return her.sources().stream().filter(s -> s.text().contains(phrase)).findFirst().orElseThrow().id();
    }

    private static void assertNoMentionAt(String name, String phrase) {
        assertNoMentionAt(name, phrase, 0);
    }

    private static void assertNoMentionAt(String name, String phrase, int shift) {
        int at = offsetOf(phrase, shift);
        String src = sourceOf(phrase);
        for (FilmCharacter c : cast) {
            assertTrue(c.mentions().stream().noneMatch(m -> m.sourceId().equals(src) && m.start() == at),
                    phrase + " is not a mention of " + c.name());
        }
    }

    private static void assertMentionAt(String name, String phrase, int shift) {
        int at = offsetOf(phrase, shift);
        String src = sourceOf(phrase);
        assertTrue(character(cast, name).orElseThrow().mentions().stream()
                .anyMatch(m -> m.sourceId().equals(src) && m.start() == at), name + " at " + phrase);
    }

    private static void assertMentionAt(String name, String phrase) {
        assertMentionAt(name, phrase, 0);
    }
}
