package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CastDirectoryTest {
    private static final SpeakerNames NAMES = new SpeakerNames(List.of("Elias", "Elias Brand", "Mara", "Amy", "Ben"));

    @Test
    void anActorsSurnameStandsForTheirCharacter() {
        CastDirectory cast = new CastDirectory(NAMES, List.of(
                "Later Amy (Amy Adams) visits.", "Tobias Wren plays the keeper, Elias Brand, a widower.",
                "Mara ( Delphine Harrow ) leaves."));
        assertEquals("Amy", cast.speaker("Adams"));
        assertEquals("Elias", cast.speaker("Wren"));
        assertEquals("Mara", cast.speaker("Harrow"));
        assertEquals("Elias", cast.speaker("Brand"));
        assertNull(cast.speaker("Tobias"));
    }

    @Test
    void aRoleInAppositionIsAnAlias() {
        CastDirectory cast = new CastDirectory(NAMES, List.of("The keeper, Elias Brand (Tobias Wren), stays."));
        assertEquals("Elias", cast.speaker("The Keeper"));
        CastDirectory clause = new CastDirectory(NAMES, List.of("At the end of the film, Mara leaves."));
        assertNull(clause.speaker("the film"));
    }

    @Test
    void genderIsLearntFromPronounsInSentencesAboutOnePerson() {
        CastDirectory cast = new CastDirectory(NAMES, List.of(
                "Elias keeps his log. Elias says he is fine. Mara packs her bag and she leaves.",
                "Mara writes to her sister."));
        assertEquals(CastDirectory.Gender.MALE, cast.gender("Elias"));
        assertEquals(CastDirectory.Gender.FEMALE, cast.gender("Mara"));
        assertEquals(CastDirectory.Gender.UNKNOWN, cast.gender("Ben"));
    }
}
