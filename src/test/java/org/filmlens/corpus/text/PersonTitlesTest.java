package org.filmlens.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonTitlesTest {
    @Test
    void aTitleBeforeANameIsPassedOver() {
        assertEquals("Helen Marsh", PersonTitles.withoutTitle("Dr. Helen Marsh"));
        assertEquals("Ruiz", PersonTitles.withoutTitle("Detective Ruiz"));
        assertEquals("Helen", PersonTitles.firstNameOfTitled("Dr. Helen Marsh"));
        assertNull(PersonTitles.firstNameOfTitled("Detective Ruiz"), "title and surname: no first name");
        assertNull(PersonTitles.firstNameOfTitled("Helen Marsh"), "no title");
    }

    @Test
    void namesWithoutATitleStayAsTheyAre() {
        assertEquals("Mr. and Mrs. Smith", PersonTitles.withoutTitle("Mr. and Mrs. Smith"), "two people");
        assertEquals("Doctor", PersonTitles.withoutTitle("Doctor"), "a title alone is the name");
        assertEquals("Maude Lebowski", PersonTitles.withoutTitle("Maude Lebowski"));
    }
}
