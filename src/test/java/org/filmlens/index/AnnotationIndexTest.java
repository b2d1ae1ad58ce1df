package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnotationIndexTest {
    static final String T = "2024-01-01T00:00:00Z";
    static final Annotation ROOFTOP = new Annotation("a1",
            AnnotationTarget.span("s1", "s1-p3", 10, 52, "they sit on the roof and watch the sunrise", "", ""),
            "The rooftop feels like a beginning, not an ending.", List.of("ending", "Hope"), null, T, T, false);
    static final Annotation LETTERS = new Annotation("a2",
            AnnotationTarget.span("s2", "s2-p0", 0, 30, "he writes letters for strangers", "", ""),
            "Loneliness & <intimacy> for hire.", List.of("work"), null, T, T, false);
    static final Annotation SCENE = new Annotation("a3", AnnotationTarget.scene("scene-4"),
            "Compare with the beach scene; the ending again.", List.of("unreliable-narrator"), null, T, T, true);

    AnnotationIndex index;

    @BeforeEach
    void fill() throws Exception {
        index = new AnnotationIndex();
        index.replaceAll(List.of(ROOFTOP, LETTERS, SCENE));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private List<String> ids(String query) throws Exception {
        return index.search(query, null, 10).hits().stream().map(AnnotationHit::annotationId).toList();
    }

    @Test
    void noteWordsAreStemmedAndMarked() throws Exception {
        AnnotationResults r = index.search("begin", null, 10);
        assertEquals(1, r.total());
        AnnotationHit hit = r.hits().get(0);
        assertEquals("a1", hit.annotationId());
        assertEquals(List.of("The rooftop feels like a <mark>beginning</mark>, not an ending."), hit.fragments());
    }

    @Test
    void theAnnotatedTextIsSearchedWithPhrases() throws Exception {
        assertEquals(List.of("a1"), ids("\"watch the sunrise\""));
        assertEquals(List.of(), ids("\"the sunrise watch\""));
        AnnotationHit hit = index.search("strangers", null, 10).hits().get(0);
        assertEquals("a2", hit.annotationId());
        assertEquals(List.of("he writes letters for <mark>strangers</mark>"), hit.fragments(),
                "only the part that matched is shown");
    }

    @Test
    void tagsAreSearchedAsTextAndFilteredAsKeywords() throws Exception {
        assertEquals(List.of("a3"), ids("unreliable"));
        assertEquals(List.of("a3"), ids("\"unreliable narrator\""));
        assertEquals(2, index.search("ending", null, 10).total());
        List<String> tagged = index.search("ending", "ENDING", 10).hits().stream().map(AnnotationHit::annotationId)
                .toList();
        assertEquals(List.of("a1"), tagged, "the tag filter is exact, in any case: a3 only mentions the ending");
        assertEquals(0, index.search("ending", "end", 10).total(), "a tag is matched whole");
    }

    @Test
    void theQuerySyntaxIsThatOfPassageSearch() throws Exception {
        assertEquals(List.of("a3"), ids("ending -rooftop"));
        assertEquals(2, ids("strangers OR sunrise").size());
        assertEquals(List.of("a2"), ids("lonel*"));
        assertEquals(List.of("a1"), ids("ending source:s1"));
        assertEquals(List.of("a1"), ids("\"not an ending\""), "stop words count in phrases");
        assertThrows(QuerySyntaxException.class, () -> index.search("\"open", null, 10));
    }

    @Test
    void aWordMustMatchInSomeFieldAndExclusionCoversAllFields() throws Exception {
        assertEquals(List.of("a1"), ids("rooftop sunrise"), "one word in the note, one in the annotated text");
        assertEquals(List.of(), ids("rooftop -hope"), "excluded by a tag");
    }

    @Test
    void fragmentsAreEscapedAroundTheMarks() throws Exception {
        AnnotationHit hit = index.search("intimacy", null, 10).hits().get(0);
        assertEquals(List.of("Loneliness &amp; &lt;<mark>intimacy</mark>&gt; for hire."), hit.fragments());
    }

    @Test
    void replaceAllDropsWhatIsGoneAndAddsWhatIsNew() throws Exception {
        Annotation edited = ROOFTOP.withNote("Dawn over the city.", "2024-01-02T00:00:00Z");
        index.replaceAll(List.of(edited, SCENE));
        assertEquals(List.of(), ids("beginning"));
        assertEquals(List.of("a1"), ids("dawn"));
        assertEquals(List.of(), ids("strangers"), "deleted annotations are no longer found");
        index.replaceAll(List.of());
        assertEquals(0, index.search("ending", null, 10).total());
    }
}
