package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Source;
import org.filmlens.ui.common.Choice;
import org.filmlens.ui.ending.AnswerCell;
import org.filmlens.ui.ending.EndingViewModel;
import org.filmlens.ui.ending.QuestionRow;
import org.filmlens.ui.ending.Tone;
import org.filmlens.ui.quotebrowser.OccurrenceRow;
import org.filmlens.ui.quotebrowser.QuoteRow;
import org.filmlens.ui.quotebrowser.QuotesViewModel;
import org.filmlens.ui.reader.ReaderViewModel;
import org.filmlens.ui.scenes.ScenesViewModel;
import org.filmlens.ui.sources.SourceGroup;
import org.filmlens.ui.sources.SourcesViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panes' view models on the invented film, without the toolkit. */
class PaneViewModelsTest {
    @TempDir
    Path dir;
    WorkbenchFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new WorkbenchFixture(dir);
    }

    @Test
    void sourcesAreGroupedByKindWithCounts() {
        SourcesViewModel sources = f.vm.sources();
        List<String> labels = sources.groups().stream().map(SourceGroup::label).toList();
        assertEquals(List.of("Articles (2)", "Quotes pages (1)", "Listings (1)"), labels);
        assertEquals(4, sources.groups().get(0).sources().get(0).passages());
        assertEquals("4 sources · 11 passages", sources.summaryProperty().get());
    }

    @Test
    void openingASourceFromTheNavigatorShowsItsPassagesFromTheTop() {
        ReaderViewModel reader = f.vm.reader();
        f.vm.sources().open(f.vm.sources().groups().get(0).sources().get(1));
        assertEquals("What the lamp means", reader.titleProperty().get());
        assertEquals(3, reader.passages().size());
        assertEquals(0, reader.focusIndexProperty().get());
        assertNull(reader.highlightProperty().get());
        assertTrue(reader.detailsProperty().get().startsWith("article · Coast Weekly"), reader.detailsProperty().get());
    }

    @Test
    void aQuoteOccurrenceOpensTheReaderAtItsExactSpan() {
        QuotesViewModel quotes = f.vm.quotes();
        quotes.activate();
        QuoteRow sea = quotes.quotes().stream().filter(q -> q.text().equals(InventedFilm.LINE_SEA)).findFirst()
                .orElseThrow();
        quotes.selectedProperty().set(sea);
        OccurrenceRow inArticle = quotes.occurrences().stream().filter(o -> o.sourceId().equals("harbor-review"))
                .findFirst().orElseThrow();
        quotes.open(inArticle);

        ReaderViewModel reader = f.vm.reader();
        assertEquals("harbor-review", reader.shownSourceId());
        assertEquals(InventedFilm.LINE_SEA, reader.highlightedText());
        assertEquals(2, reader.focusIndexProperty().get());
        Source s = f.film.sourceById("harbor-review");
        assertEquals(InventedFilm.LINE_SEA, s.text().substring(reader.highlightProperty().get().start(),
                reader.highlightProperty().get().end()));
        // the passage that holds the span is cut around it, the others are plain
        assertEquals(3, reader.passages().get(2).segments(reader.highlightProperty().get()).size());
        assertEquals(1, reader.passages().get(1).segments(reader.highlightProperty().get()).size());
    }

    @Test
    void followingTheSameLinkTwiceScrollsTwice() {
        ReaderViewModel reader = f.vm.reader();
        f.vm.navigator().openPassage(f.film.passageId("coast-weekly", 2));
        int requests = reader.scrollRequestsProperty().get();
        f.vm.navigator().openPassage(f.film.passageId("coast-weekly", 2));
        assertEquals(requests + 1, reader.scrollRequestsProperty().get());
        assertEquals(2, reader.focusIndexProperty().get());
        // a whole passage is shown by its background, not by marking every word
        assertEquals(1, reader.passages().get(2).segments(reader.highlightProperty().get()).size());
        assertFalse(reader.passages().get(2).segments(reader.highlightProperty().get()).get(0).marked());
    }

    @Test
    void aStaleLinkIsReportedNotThrown() {
        f.vm.navigator().openPassage("gone#7");
        assertEquals(List.of("Passage gone#7 is not in this workspace any more"), f.errors);
    }

    @Test
    void quotesAreSortedByHowWidelyTheyAreQuotedAndFilterBySpeakerAndWords() {
        QuotesViewModel quotes = f.vm.quotes();
        quotes.activate();
        assertEquals(2, quotes.quotes().size());
        assertTrue(quotes.quotes().stream().allMatch(q -> q.sources() == 2));
        assertEquals(List.of("All speakers", "Mara (1)", "Jonah (1)"),
                quotes.speakerChoices().stream().map(Choice::label).toList());

        quotes.speakerFilterProperty().set(quotes.speakerChoices().get(2));
        assertEquals(List.of(InventedFilm.LINE_LIGHT), quotes.quotes().stream().map(QuoteRow::text).toList());
        assertEquals("1 of 2 quotes", quotes.summaryProperty().get());

        quotes.speakerFilterProperty().set(QuotesViewModel.ALL_SPEAKERS);
        quotes.textFilterProperty().set("SEA keeps");
        assertEquals(List.of(InventedFilm.LINE_SEA), quotes.quotes().stream().map(QuoteRow::text).toList());

        quotes.textFilterProperty().set("no such words");
        assertTrue(quotes.quotes().isEmpty());
        assertEquals("No quote matches these filters", quotes.emptyMessageProperty().get());
    }

    @Test
    void occurrencesCarryTheirContextAndAttribution() {
        QuotesViewModel quotes = f.vm.quotes();
        quotes.activate();
        quotes.selectedProperty().set(quotes.quotes().stream()
                .filter(q -> q.text().equals(InventedFilm.LINE_SEA)).findFirst().orElseThrow());
        OccurrenceRow article = quotes.occurrences().stream().filter(o -> o.sourceId().equals("harbor-review"))
                .findFirst().orElseThrow();
        assertEquals("When Mara says \"", article.before());
        assertTrue(article.after().startsWith("\" she is letting her brother go"), article.after());
        assertEquals("", article.attribution());
        OccurrenceRow page = quotes.occurrences().stream().filter(o -> o.sourceId().equals("film-lines"))
                .findFirst().orElseThrow();
        assertEquals("Mara", page.attribution());
        assertEquals("Mara : ", page.before());
        assertEquals("", page.after(), "the next line of the quotes page is not this line's context");
        assertFalse(article.before().contains("\n"));
    }

    @Test
    void copyWithCitationNamesTheLineTheSpeakerTheFilmAndTheSources() {
        QuotesViewModel quotes = f.vm.quotes();
        quotes.activate();
        assertTrue(quotes.citation().isEmpty());
        quotes.selectedProperty().set(quotes.quotes().stream()
                .filter(q -> q.text().equals(InventedFilm.LINE_SEA)).findFirst().orElseThrow());
        assertEquals("“The sea keeps what you give it.” — Mara, Tidewater (2021, dir. Ana Ruiz)\n"
                + "Quoted in: Tidewater ending explained (Harbor Review); Tidewater quotes (Film Lines).",
                quotes.citation().orElseThrow());
    }

    @Test
    void endingMatrixHasAColumnPerAnsweringSourceAndShowsSilence() {
        EndingViewModel ending = f.vm.ending();
        ending.activate();
        assertEquals(List.of("harbor-review", "coast-weekly"),
                ending.columns().stream().map(c -> c.sourceId()).toList());
        assertEquals(ending.columns().get(0).title(), ending.sourceTitle("harbor-review"));
        assertEquals("no-such-source", ending.sourceTitle("no-such-source"));
        assertEquals("Not discussing the film (not counted): Tidewater quotes, Ten quiet films",
                ending.silentEverywhereProperty().get());
        QuestionRow lamp = ending.rows().get(1);
        assertEquals("What does the lamp mean?", lamp.question());
        AnswerCell harbor = lamp.cells().get(0);
        AnswerCell coast = lamp.cells().get(1);
        assertEquals(Tone.WARNING, harbor.tone());
        assertEquals("ambiguous", harbor.stance());
        assertTrue(coast.isSilent());
        assertEquals("silent", coast.stance());
        assertEquals("1 of 2 sources answer", lamp.answeredCaption());
        QuestionRow back = ending.rows().get(0);
        assertEquals(Tone.SUCCESS, back.cells().get(0).tone());
        assertEquals(Tone.DANGER, back.cells().get(1).tone());
    }

    @Test
    void anAnswerOpensItsPassageAndSilenceOpensNothing() {
        EndingViewModel ending = f.vm.ending();
        ending.activate();
        ending.open(ending.rows().get(1).cells().get(1));
        assertNull(f.vm.reader().shownSourceId());
        ending.open(ending.rows().get(0).cells().get(1));
        Passage p = f.film.passage("coast-weekly", 1);
        assertEquals("coast-weekly", f.vm.reader().shownSourceId());
        assertEquals(p.text(), f.vm.reader().highlightedText());
    }

    @Test
    void compareStartsWithTheFirstTwoAnswersOfTheFirstQuestion() {
        EndingViewModel ending = f.vm.ending();
        ending.activate();
        assertEquals("e-return", ending.compareQuestionProperty().get().id());
        assertEquals("harbor-review", ending.compareLeftProperty().get().sourceId());
        assertEquals("coast-weekly", ending.compareRightProperty().get().sourceId());
        ending.compareQuestionProperty().set(ending.rows().get(1));
        assertEquals(1, ending.compareChoices().size());
        assertNull(ending.compareRightProperty().get());
    }

    @Test
    void scenesAreInStoryOrderWithTheirLinksOneClickAway() {
        ScenesViewModel scenes = f.vm.scenes();
        scenes.activate();
        assertEquals(List.of("The storm", "Dawn departure", "The lamp"),
                scenes.scenes().stream().map(s -> s.title()).toList());
        assertEquals("The storm", scenes.selectedProperty().get().title());
        scenes.selectedProperty().set(scenes.scenes().get(1));
        assertEquals(1, scenes.quotes().size());
        assertEquals("“" + InventedFilm.LINE_SEA + "”", scenes.quotes().get(0).text());
        assertTrue(scenes.passages().get(0).detail().contains("names at dawn · 90% fit"),
                "why it is linked, in words: " + scenes.passages().get(0).detail());
        scenes.open(scenes.quotes().get(0));
        assertEquals(InventedFilm.LINE_SEA, f.vm.reader().highlightedText());
    }

    @Test
    void searchShowsHighlightedHitsThatOpenTheirPassage() {
        var search = f.vm.search();
        search.queryProperty().set("lamp");
        assertFalse(search.hits().isEmpty(), search.statusProperty().get());
        var hit = search.hits().get(0);
        assertTrue(hit.fragments().stream().flatMap(List::stream)
                .anyMatch(seg -> seg.marked() && seg.text().equalsIgnoreCase("lamp")), hit.toString());
        assertTrue(search.statusProperty().get().contains("passage"), search.statusProperty().get());
        search.open(hit);
        assertEquals(hit.sourceId(), f.vm.reader().shownSourceId());
        assertTrue(f.vm.reader().highlightedText().toLowerCase().contains("lamp"));
    }

    @Test
    void anOpenedHitHasTheSearchedWordsMarkedInsideItsPassage() {
        var search = f.vm.search();
        search.queryProperty().set("lamp");
        var hit = search.hits().get(0);
        search.open(hit);
        var passage = f.vm.reader().passages().stream().filter(p -> p.passageId().equals(hit.passageId()))
                .findFirst().orElseThrow();
        List<String> marked = passage.segments(f.vm.reader().highlightProperty().get()).stream()
                .filter(org.filmlens.ui.common.MarkedText.Segment::marked)
                .map(org.filmlens.ui.common.MarkedText.Segment::text).toList();
        assertFalse(marked.isEmpty(), "the matched word is marked, not only the passage");
        assertTrue(marked.stream().allMatch(w -> w.equalsIgnoreCase("lamp")), marked.toString());
    }

    @Test
    void theReaderWithNothingOpenSaysHowToGetSourcesWhenThereAreNone() {
        assertTrue(f.vm.reader().emptyHintProperty().get().startsWith("Pick a source on the left"));
        f.vm.open(dir.resolve("empty"), false);
        assertTrue(f.vm.reader().emptyHintProperty().get().contains("no sources yet"),
                f.vm.reader().emptyHintProperty().get());
    }

    @Test
    void searchFiltersBySourceAndSaysWhenNothingMatches() {
        var search = f.vm.search();
        search.queryProperty().set("lamp");
        search.sourceFilterProperty().set(search.sourceChoices().stream()
                .filter(c -> "coast-weekly".equals(c.value())).findFirst().orElseThrow());
        assertFalse(search.hits().isEmpty());
        assertTrue(search.hits().stream().allMatch(h -> h.sourceId().equals("coast-weekly")));
        search.queryProperty().set("zeppelin");
        assertTrue(search.hits().isEmpty());
        assertEquals("No passage matches “zeppelin”", search.statusProperty().get());
        search.queryProperty().set("");
        assertEquals("Type to search every passage", search.statusProperty().get());
    }

    @Test
    void aBadQueryShowsItsMessageInsteadOfHits() {
        var search = f.vm.search();
        search.queryProperty().set("\"unclosed");
        assertTrue(search.hits().isEmpty());
        assertFalse(search.statusProperty().get().isBlank());
        assertTrue(f.errors.isEmpty(), "a typing mistake is not an error dialog");
    }

    @Test
    void aHiddenPaneCatchesUpWhenShownNotBefore() {
        QuotesViewModel quotes = f.vm.quotes();
        quotes.activate();
        assertEquals(2, quotes.quotes().size());
        quotes.setShown(false);
        f.vm.open(dir.resolve("another"), false);
        assertEquals(2, quotes.quotes().size(), "hidden: not reloaded yet");
        quotes.setShown(true);
        assertTrue(quotes.quotes().isEmpty());
        assertEquals("No quotes found in this workspace yet", quotes.emptyMessageProperty().get());
    }

    @Test
    void panesLoadNothingUntilFirstShown() {
        assertFalse(f.vm.quotes().isActive());
        assertTrue(f.vm.quotes().quotes().isEmpty());
        assertEquals("No quotes found in this workspace yet", f.vm.quotes().emptyMessageProperty().get());
    }
}
