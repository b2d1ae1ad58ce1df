package org.filmlens.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelFormsTest {

    @Test
    void aLabelInCapitalsIsShownAsTheCorpusWritesTheName() {
        LabelForms forms = new LabelForms(List.of("OSKAR", "Oskar", "McBRIDE", "HARBOURMASTER", "McBride"));
        assertEquals("Oskar", forms.shown("OSKAR"));
        assertEquals("Oskar", forms.shown("Oskar"));
        assertEquals("Harbourmaster", forms.shown("HARBOURMASTER"), "no mixed-case form: title case");
        assertEquals("McBRIDE", forms.shown("McBRIDE"), "mixed case is shown as written");
        assertEquals("McBride", new LabelForms(List.of("MCBRIDE", "McBride")).shown("MCBRIDE"));
    }

    @Test
    void titleCaseKeepsInitialsPartsAndJoiningWords() {
        assertEquals("Mr. O'Neil", LabelForms.titleCase("MR. O'NEIL"));
        assertEquals("Jean-Luc", LabelForms.titleCase("JEAN-LUC"));
        assertEquals("Ilse K. and Ilse P.", LabelForms.titleCase("ILSE K. AND ILSE P."));
        assertEquals("The Harbourmaster", LabelForms.titleCase("THE HARBOURMASTER"));
        assertEquals("OS1", LabelForms.titleCase("OS1"));
        assertEquals("TJ and Oskar", LabelForms.titleCase("TJ AND OSKAR"));
        assertEquals("Ed", LabelForms.titleCase("ED"), "a two-letter name");
    }

    @Test
    void capitalsNeedTwoLettersAndNoLowerCase() {
        assertTrue(LabelForms.isCapitals("OSKAR"));
        assertTrue(LabelForms.isCapitals("ILSE K."));
        assertFalse(LabelForms.isCapitals("A"));
        assertFalse(LabelForms.isCapitals("Oskar"));
        assertFalse(LabelForms.isCapitals("K9"), "one letter only");
    }
}
