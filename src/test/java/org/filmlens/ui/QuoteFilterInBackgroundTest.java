package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.filmlens.ui.common.BackgroundRunner;
import org.filmlens.ui.common.Debouncer;
import org.filmlens.ui.common.WorkspaceSession;
import org.filmlens.ui.quotebrowser.QuoteOrder;
import org.filmlens.ui.quotebrowser.QuoteRow;
import org.filmlens.ui.quotebrowser.QuotesViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quote filter runs through the runner, and a filter overtaken by a newer one never shows its rows. */
class QuoteFilterInBackgroundTest {
    private static final QuoteOrder BY_QUOTE_UP =
            new QuoteOrder(List.of(new QuoteOrder.Key(QuoteOrder.Column.TEXT, true)));
    @TempDir
    Path dir;
    HeldRunner runner;
    WorkbenchViewModel vm;
    QuotesViewModel quotes;

    @BeforeEach
    void open() throws Exception {
        InventedFilm.writeTo(dir);
        runner = new HeldRunner();
        vm = new WorkbenchViewModel(runner, Debouncer.immediate());
        vm.open(dir, false);
        runner.runAll();
        quotes = vm.quotes();
        quotes.activate();
        runner.runAll();
        assertEquals(2, quotes.quotes().size());
    }

    @Test
    void theFilterResultArrivesThroughTheRunner() {
        quotes.textFilterProperty().set("sea keeps");
        assertEquals(2, quotes.quotes().size(), "nothing filtered on the calling thread");
        assertEquals(1, runner.held());
        runner.runAll();
        assertEquals(List.of(InventedFilm.LINE_SEA), texts());
        assertEquals("1 of 2 quotes", quotes.summaryProperty().get());
    }

    @Test
    void aStaleResultDoesNotOverwriteANewerOne() {
        quotes.textFilterProperty().set("sea");
        quotes.textFilterProperty().set("se");
        quotes.textFilterProperty().set("light");
        assertEquals(1, runner.held(), "one filter runs at a time; the requests behind it coalesce");
        runner.runOne();
        assertEquals(2, quotes.quotes().size(), "the overtaken filter's rows are dropped");
        assertEquals(1, runner.held(), "the latest filter runs next");
        runner.runOne();
        assertEquals(List.of(InventedFilm.LINE_LIGHT), texts());
        assertEquals(0, runner.held());
    }

    @Test
    void clearingTheFilterShowsEveryQuoteAgain() {
        quotes.textFilterProperty().set("no such words");
        runner.runAll();
        assertTrue(quotes.quotes().isEmpty());
        quotes.textFilterProperty().set("");
        runner.runAll();
        assertEquals(2, quotes.quotes().size());
        assertEquals("2 quotes", quotes.summaryProperty().get());
    }

    @Test
    void anOrderSortsThroughTheRunnerAndLaterFiltersKeepIt() {
        assertEquals(List.of(InventedFilm.LINE_SEA, InventedFilm.LINE_LIGHT), texts(), "as loaded");
        quotes.orderProperty().set(BY_QUOTE_UP);
        assertEquals(List.of(InventedFilm.LINE_SEA, InventedFilm.LINE_LIGHT), texts(),
                "nothing sorted on the calling thread");
        assertEquals(1, runner.held());
        assertEquals("Sorting 2 quotes…", quotes.summaryProperty().get());
        runner.runAll();
        assertEquals(List.of(InventedFilm.LINE_LIGHT, InventedFilm.LINE_SEA), texts());
        assertEquals("2 quotes", quotes.summaryProperty().get());

        quotes.textFilterProperty().set("e");
        runner.runAll();
        assertEquals(List.of(InventedFilm.LINE_LIGHT, InventedFilm.LINE_SEA), texts(), "the filter's rows in order");
        quotes.textFilterProperty().set("sea");
        runner.runAll();
        quotes.textFilterProperty().set("");
        runner.runAll();
        assertEquals(List.of(InventedFilm.LINE_LIGHT, InventedFilm.LINE_SEA), texts(), "cleared, still in order");
        quotes.orderProperty().set(BY_QUOTE_UP);
        assertEquals(0, runner.held(), "the same order again asks for nothing");
        quotes.orderProperty().set(QuoteOrder.AS_LOADED);
        runner.runAll();
        assertEquals(List.of(InventedFilm.LINE_SEA, InventedFilm.LINE_LIGHT), texts(), "as loaded again");
    }

    @Test
    void wordsTypedWhileASortRunsAreFilteredInThatOrder() {
        quotes.orderProperty().set(BY_QUOTE_UP);
        quotes.textFilterProperty().set("e");
        assertEquals(1, runner.held(), "the filter waits behind the sort");
        runner.runOne();
        assertEquals(List.of(InventedFilm.LINE_SEA, InventedFilm.LINE_LIGHT), texts(),
                "the sort overtaken by the filter is not shown");
        runner.runOne();
        assertEquals(List.of(InventedFilm.LINE_LIGHT, InventedFilm.LINE_SEA), texts());
        assertEquals(0, runner.held());
    }

    @Test
    void aSortFinishedAfterTheRowsWereReleasedShowsNothing() {
        quotes.orderProperty().set(BY_QUOTE_UP);
        Runnable sort = runner.setAside();
        // an import makes the analysis again: the pane lets its rows go meanwhile
        vm.session().analysisAway(WorkspaceSession.AnalysisState.MAKING);
        assertTrue(quotes.quotes().isEmpty());
        sort.run();
        assertTrue(quotes.quotes().isEmpty(), "the released rows stay released");
    }

    private List<String> texts() {
        return quotes.quotes().stream().map(QuoteRow::text).toList();
    }

    /** Holds submitted work until the test runs it, as a pool thread would run it later. */
    static final class HeldRunner implements BackgroundRunner {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
            held.add(() -> BackgroundRunner.direct().submit(work, onSuccess, onError));
        }

        @Override
        public void toUi(Runnable update) {
            update.run();
        }

        int held() {
            return held.size();
        }

        void runOne() {
            held.poll().run();
        }

        void runAll() {
            while (!held.isEmpty()) {
                runOne();
            }
        }

        /** Takes the work handed over first out of the queue, for the test to run when it chooses. */
        Runnable setAside() {
            return held.poll();
        }
    }
}
