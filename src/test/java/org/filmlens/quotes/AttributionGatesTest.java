package org.filmlens.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each of Attribution's start gates is true wherever the pattern it guards matches. */
class AttributionGatesTest {
    @Test
    void subjectGate() {
        GateCheck.assertAdmitsEveryMatch(Attribution.SUBJECT_AT_END, Attribution.SUBJECT_START, List.of(
                "Then Theodore", "and he quietly ", "to which the OS ", "Elias Brand", "\u00c9lise"));
    }

    @Test
    void sentenceEndGate() {
        GateCheck.assertAdmitsEveryMatch(Attribution.SENTENCE_END, Attribution.SENTENCE_END_START, List.of(
                "Yes. No", "Stop!\u201d She", "Wait\u2026 \u201cWhat", "end.\" The", "Why?\n\u00c9lise"));
    }

    @Test
    void asNameVerbGate() {
        GateCheck.assertAdmitsEveryMatch(Attribution.AS_NAME_VERB, Attribution.AS_START, List.of(
                "As Elias explains, ", "and, as Theodore Twombly quietly says", " as Amy writes", "x;as Amy said"));
    }

    @Test
    void toldGate() {
        GateCheck.assertAdmitsEveryMatch(Attribution.TOLD, StartGate.UPPERCASE, List.of(
                "Theodore tells Amy", "Then Amy says to Theodore", "\u00c9lise asked Mary-Jane"));
    }
}
