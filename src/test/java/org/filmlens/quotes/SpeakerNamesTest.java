package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpeakerNamesTest {
    @Test
    void aFullNameLabelIsTheSamePersonAsItsFirstName() {
        SpeakerNames names = new SpeakerNames(List.of("Theodore", "Theodore Twombly", "Samantha", "Alien Child"));
        assertEquals("Theodore", names.canonical("Theodore Twombly"));
        assertEquals("Theodore", names.canonical("theodore"));
        assertEquals("Alien Child", names.canonical("Alien Child"));
        assertEquals(Set.of("Theodore", "Samantha", "Alien Child"), names.names());
    }

    @Test
    void aRoleWithTheBeforeItIsTheRoleLabelledWithout() {
        SpeakerNames names = new SpeakerNames(List.of("The Captain", "Captain", "The Stranger", "Nora"));
        assertEquals("Captain", names.canonical("The Captain"), "\"The Captain:\" on one page, \"Captain:\" on another");
        assertEquals("The Stranger", names.canonical("The Stranger"), "no \"Stranger:\" label: kept as it is");
    }

    @Test
    void aFullNameAloneKeepsItsFullForm() {
        assertEquals("Mara Quill", new SpeakerNames(List.of("Mara Quill", "Corin")).canonical("Mara Quill"));
    }
}
