package org.filmlens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;
import org.filmlens.ingest.Ingester;

/** A dump ingested for real and its quotes, with the look-ups golden tests need. */
final class GoldenQuotes {
    final Corpus corpus;
    final List<Quote> quotes;

    GoldenQuotes(Path dump) {
        try {
            corpus = new Ingester().ingest(Film.unknown(), List.of(dump), Progress.NONE);
        } catch (Exception e) {
            throw new IllegalStateException("cannot ingest " + dump, e);
        }
        quotes = new QuoteFinder().find(corpus, Progress.NONE);
    }

    /** The source whose site is {@code name}, or whose title starts with it. */
    String source(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return corpus.sources().stream()
                .filter(s -> n.equalsIgnoreCase(s.site()) || (s.title() != null
                        && s.title().toLowerCase(Locale.ROOT).startsWith(n)))
                .map(Source::id).findFirst().orElseThrow(() -> new AssertionError("no source " + name));
    }

    /** The one quote with an occurrence containing {@code words} said by {@code speaker} (null: anyone). */
    Quote quote(String words, String speaker) {
        List<Quote> found = quotes.stream()
                .filter(q -> speaker == null || speaker.equals(q.speaker()))
                .filter(q -> q.text().contains(words)
                        || q.occurrences().stream().anyMatch(o -> o.text().contains(words)))
                .toList();
        if (found.size() != 1) {
            fail(found.size() + " quotes by " + speaker + " contain \"" + words + "\": "
                    + found.stream().map(Quote::text).toList());
        }
        return found.get(0);
    }

    Quote quoteWithText(String canonical, String speaker) {
        return quotes.stream().filter(q -> q.text().equals(canonical) && speaker.equals(q.speaker())).findFirst()
                .orElseThrow(() -> new AssertionError("no quote \"" + canonical + "\" by " + speaker));
    }

    void assertSources(Quote q, String... sites) {
        Set<String> expected = new TreeSet<>();
        for (String s : sites) {
            expected.add(source(s));
        }
        assertEquals(expected, new TreeSet<>(q.sourceIds()), q.text());
    }

    /** Some occurrence in {@code site}'s page reads exactly {@code text}. */
    void assertOccurrence(Quote q, String site, String text) {
        String id = source(site);
        assertTrue(q.occurrences().stream().anyMatch(o -> o.sourceId().equals(id) && o.text().equals(text)),
                "no occurrence \"" + text + "\" in " + id + " among " + q.occurrences().stream()
                        .map(QuoteOccurrence::text).collect(Collectors.toList()));
    }

    boolean anyQuoteReads(String text) {
        return quotes.stream().anyMatch(q -> q.text().strip().equals(text)
                || q.occurrences().stream().anyMatch(o -> o.text().strip().equals(text)));
    }

    /** Offsets hold, ids are unique, every quote has occurrences and its sources are theirs. */
    void assertWellFormed() {
        Set<String> ids = new java.util.HashSet<>();
        for (Quote q : quotes) {
            assertTrue(ids.add(q.id()), "duplicate id " + q.id());
            assertTrue(q.id().startsWith("q-"));
            assertTrue(!q.occurrences().isEmpty());
            for (QuoteOccurrence o : q.occurrences()) {
                String text = corpus.source(o.sourceId()).orElseThrow().text();
                assertEquals(o.text(), text.substring(o.start(), o.end()), "offsets of " + o);
                assertTrue(corpus.passage(o.passageId()).isPresent());
            }
            assertEquals(q.occurrences().stream().map(QuoteOccurrence::sourceId).distinct().toList(), q.sourceIds());
        }
    }
}
