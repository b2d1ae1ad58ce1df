package org.filmlens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden facts of the invented second film (src/test/resources/dumps/lantern-2019/expected.md §4, §5). */
class LanternCastTest {
    private static Corpus lantern;
    private static List<FilmCharacter> cast;

    @BeforeAll
    static void findCast() {
        lantern = SampleCorpus.lantern();
        cast = new CastFinder().find(lantern, SampleCorpus.lanternQuotes());
    }

    @Test
    void exactlyTheFiveCharactersWithTheirActors() {
        Map<String, String> actors = cast.stream().collect(Collectors.toMap(FilmCharacter::name, FilmCharacter::actor));
        assertEquals(Map.of("Mara", "Delphine Harrow", "Elias", "Tobias Wren", "Nell", "Ottilie Marsh",
                "June", "Priya Castellan", "Corin", "Malik Osei"), actors);
        assertEquals(List.of("Mara", "Elias"), cast.subList(0, 2).stream().map(FilmCharacter::name).toList());
    }

    @Test
    void aliasesFromLabelsAndDescriptions() {
        assertTrue(character("Mara").aliases().contains("Mara Quill"));
        assertTrue(character("Elias").aliases().containsAll(List.of("Elias Brand", "the keeper")));
        assertTrue(character("Corin").aliases().contains("Corin Vale"));
        assertTrue(character("June").aliases().contains("Mara’s sister"));
        assertTrue(character("Nell").aliases().stream().noneMatch(a -> a.contains("Ashdown")));
    }

    @Test
    void falseMentionsAreNotCounted() {
        assertNoMention("Nell Ashdown", 0);
        assertNoMention("“Nell of the Narrows”", 1);
        assertNoMention("in June 2019", 3);
        assertNoMention("released in June", 12);
        assertMention("Nell", "Marsh’s Nell", 8);
        assertMention("Nell", "belongs to Nell", 11);
        assertMention("Elias", "The keeper, Elias Brand", 0);
    }

    @Test
    void leadsAreMentionedAtLeastAsOftenAsTheirNamesAppear() {
        // expected.md §4 counts whole-word names with labels; labels are lines here, so compare with a margin.
        assertTrue(character("Mara").mentions().size() >= 50, "Mara " + character("Mara").mentions().size());
        assertTrue(character("Elias").mentions().size() >= 30);
        assertTrue(character("Nell").mentions().size() >= 15);
    }

    private static FilmCharacter character(String name) {
        return cast.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static int[] at(String phrase, int shift) {
        for (int i = 0; i < lantern.sources().size(); i++) {
            Source s = lantern.sources().get(i);
            int k = s.text().indexOf(phrase);
            if (k >= 0) {
                return new int[] {i, k + shift};
            }
        }
        throw new AssertionError("dump lacks " + phrase);
    }

    private static void assertNoMention(String phrase, int shift) {
        int[] where = at(phrase, shift);
        String src = lantern.sources().get(where[0]).id();
        for (FilmCharacter c : cast) {
            assertTrue(c.mentions().stream().noneMatch(m -> m.sourceId().equals(src) && m.start() == where[1]),
                    phrase + " counted for " + c.name());
        }
    }

    private static void assertMention(String name, String phrase, int shift) {
        int[] where = at(phrase, shift);
        String src = lantern.sources().get(where[0]).id();
        assertTrue(character(name).mentions().stream()
                .anyMatch(m -> m.sourceId().equals(src) && m.start() == where[1]), name + " at " + phrase);
    }
}
