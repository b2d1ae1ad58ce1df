package org.filmlens.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationStance;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.AnnotationTargetType;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExportsTest {
    @TempDir
    Path dir;

    private final Corpus corpus = TestCorpus.create()
            .source("a", "https://example.org/a", "First source.\n\nShe says \"goodbye\", then leaves.")
            .source("b", null, "Second source.\n\nThe city at night.")
            .build();

    private List<Annotation> annotations() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        AnnotationTargets targets = new AnnotationTargets(corpus, Analysis.empty());
        store.add(targets.passageSpan("b-p1", null, null), "night as loneliness", List.of("city"), null);
        store.add(targets.passageSpan("a-p1", null, null), "line one\nline two, with \"quotes\"",
                List.of("ending", "farewell"), AnnotationStance.DISAGREE);
        return store.list();
    }

    @Test
    void markdownGroupsBySourceQuotesTheTextAndPutsNoteAndTagsBelow() throws Exception {
        String md = new MarkdownExport(corpus, Analysis.empty()).render(annotations());
        int a = md.indexOf("## Title of a");
        int b = md.indexOf("## Title of b");
        assertTrue(a > 0 && b > a, "sources in corpus order:\n" + md);
        String sectionA = md.substring(a, b);
        assertTrue(sectionA.contains("> She says \"goodbye\", then leaves.\n\nline one  \nline two"), sectionA);
        assertTrue(sectionA.contains("Tags: `ending`, `farewell` · Stance: disagree"), sectionA);
        assertTrue(sectionA.contains("<https://example.org/a>"), sectionA);
        assertTrue(md.substring(b).contains("> The city at night.\n\nnight as loneliness"), md);
    }

    @Test
    void aQuoteAnnotatedWithoutItsTextShowsTheLineAndAnUnknownOneItsId() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir);
        AnnotationTarget known = new AnnotationTarget(AnnotationTargetType.QUOTE, null, null, null, null, null, null,
                null, "q-goodbye");
        AnnotationTarget gone = new AnnotationTarget(AnnotationTargetType.QUOTE, null, null, null, null, null, null,
                null, "q-gone");
        store.add(known, "the farewell", List.of(), null);
        store.add(gone, "lost line", List.of(), null);
        Analysis analysis = new Analysis(List.of(new Quote("q-goodbye", "Goodbye, then.", "She", List.of("a"),
                List.of())), List.of(), List.of(), List.of());
        String md = new MarkdownExport(corpus, analysis).render(store.list());
        assertTrue(md.contains("Goodbye, then."), md);
        assertTrue(md.contains("Quote q-gone"), md);
    }

    @Test
    void csvQuotesPerRfc4180() throws Exception {
        List<Annotation> list = annotations();
        String csv = new CsvExport().render(list);
        String[] rows = csv.split("\r\n", -1);
        assertEquals("id,sourceId,passageId,start,end,exact,note,tags,stance,created,modified,target,ref,unplaced,"
                + "annotatedText", rows[0]);
        Annotation second = list.get(1);
        String expected = second.id() + ",a,a-p1," + second.target().start() + "," + second.target().end()
                + ",\"She says \"\"goodbye\"\", then leaves.\",\"line one\nline two, with \"\"quotes\"\"\","
                + "ending; farewell,disagree," + second.created() + "," + second.modified() + ",passage,,false,\r\n";
        assertTrue(csv.endsWith(expected), csv);
        assertEquals("plain", CsvExport.field("plain"));
        assertEquals("\"a\rb\"", CsvExport.field("a\rb"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvExport.field("=HYPERLINK(\"http://x\")"),
                "a formula is shown as text, not run");
        assertEquals("- a point", CsvExport.field("- a point"));
    }

    @Test
    void markdownShowsNotesAsWrittenAndChangedText() {
        assertEquals("\\# not a heading", MarkdownExport.literal("# not a heading"));
        assertEquals("\\<script> stays text", MarkdownExport.literal("<script> stays text"));
        assertEquals("1\\. not a list", MarkdownExport.literal("1. not a list"));
        assertEquals("12 Best Quotes", MarkdownExport.literal("12 Best Quotes"));
    }
}
