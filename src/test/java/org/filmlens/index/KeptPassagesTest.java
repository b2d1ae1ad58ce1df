package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index built with the old index's passages carried over is the index a whole build makes of the same corpus and
 * analysis: every posting, norm and stored field by document number, and so every answer; and whenever the old
 * index cannot be trusted or the corpus does not continue the old one, the whole index is built.
 */
class KeptPassagesTest {
    private static final String[] WORDS = {"love", "voice", "ending", "letter", "city", "operating", "system",
        "Samantha", "Theodore", "Catherine", "Amy", "divorce", "beach", "rooftop", "game", "the", "a", "of", "her",
        "what", "leaves", "heart", "writes", "sings", "lonely", "future", "Los", "Angeles", "piano", "photograph"};
    private static final List<String> QUERIES = List.of("love", "voice ending", "\"operating system\"",
            "love OR letter", "her -love", "lov*", "Samantha", "source:s1 love", "the", "piano photograph",
            "\"the city\"", "missing", "heart OR sings OR lonely");
    private static final List<String> SPEAKERS = List.of("Samantha", "Theodore", "Amy", "Catherine", "Nobody");

    @TempDir
    Path tmp;

    @Test
    void addedSourcesCarryTheOldPassagesOverAndAnswerAsAWholeBuild() throws Exception {
        Random random = new Random(7);
        Corpus old = corpus(random, "s", 6, new Film("Her", 2013, "Spike Jonze"));
        Path oldDir = tmp.resolve("old");
        // several segments, the kept passages ending inside one that holds quotes too
        try (Analyzer analyzer = IndexSchema.analyzer()) {
            IndexBuilder.build(oldDir, new IndexDocuments(old, quotes(old, random, 0)), "g1", analyzer, 3);
        }
        assertTrue(segments(oldDir) > 1);
        Corpus added = continued(old, corpus(random, "t", 3, old.film()));
        // quotes anew: old passages gain, lose and change speakers
        Analysis analysis = quotes(added, random, 1);

        int kept = buildBoth(added, analysis, new LuceneSearchIndex.Previous(oldDir, old, "g1"));
        assertEquals(old.passages().size(), kept);

        // and again on the index just made, which must keep the numbering the next add relies on
        Corpus again = continued(added, corpus(random, "u", 2, old.film()));
        Path first = Files.move(tmp.resolve("kept"), tmp.resolve("first"));
        assertEquals(added.passages().size(), buildBoth(again, quotes(again, random, 2),
                new LuceneSearchIndex.Previous(first, added, "g2")));
    }

    @Test
    void segmentsOfPassagesWhoseSpeakersStayAreAddedAsTheyAre() throws Exception {
        Random random = new Random(13);
        Corpus old = corpus(random, "s", 8, new Film("Her", 2013, "Spike Jonze"));
        Analysis before = quotes(old, random, 0);
        Path oldDir = tmp.resolve("old");
        try (Analyzer analyzer = IndexSchema.analyzer()) {
            IndexBuilder.build(oldDir, new IndexDocuments(old, before), "g1", analyzer, 4);
        }
        Corpus added = continued(old, corpus(random, "t", 2, old.film()));
        // the old quotes again, and new ones found in the new passages only: no old passage's speakers change
        List<Quote> quotes = new ArrayList<>(before.quotes());
        List<Passage> fresh = added.passages().subList(old.passages().size(), added.passages().size());
        Passage p = fresh.get(0);
        quotes.add(new Quote("new", "Theodore writes", "Theodore", List.of(p.sourceId()),
                List.of(new QuoteOccurrence(p.sourceId(), p.id(), p.start(), p.end(), p.text(), null))));
        Analysis same = new Analysis(quotes, List.of(), List.of(), List.of());
        List<Integer> counts = wholeAndMerged(oldDir, old, added, same);
        assertTrue(counts.get(0) >= 2 && counts.get(1) <= 1, "segments of passages alone as they are: " + counts);
        assertEquals(old.passages().size(), buildBoth(added, same, new LuceneSearchIndex.Previous(oldDir, old, "g1")));

        // a speaker changed in the first passage: its segment is merged with the new speakers, the others stay
        Passage first = old.passages().get(0);
        quotes.add(new Quote("changed", "Paul says", "Paul", List.of(first.sourceId()),
                List.of(new QuoteOccurrence(first.sourceId(), first.id(), first.start(), first.end(), first.text(),
                        null))));
        Analysis changed = new Analysis(quotes, List.of(), List.of(), List.of());
        assertEquals(List.of(counts.get(0) - 1, counts.get(1) + 1), wholeAndMerged(oldDir, old, added, changed));
        assertEquals(old.passages().size(), buildBoth(added, changed,
                new LuceneSearchIndex.Previous(oldDir, old, "g1")));
    }

    @Test
    void linkingTheKeptSegmentsLeavesTheLiveIndexOpenToSearches() throws Exception {
        Random random = new Random(19);
        Corpus old = corpus(random, "s", 4, new Film("Her", 2013, "Spike Jonze"));
        Path oldDir = build("old", old, quotes(old, random, 0), "g1");
        try (FSDirectory folder = FSDirectory.open(oldDir);
             SelectedSegments view = SelectedSegments.of(folder,
                     org.apache.lucene.index.SegmentInfos.readLatestCommit(folder).asList(),
                     Version.LATEST.major);
             org.apache.lucene.store.Lock lock = view.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            // addIndexes holds the view's lock while it links: a search opening the index meanwhile is not refused
            LuceneSearchIndex.open(oldDir).close();
        }
    }

    @Test
    void manyAddsKeepTheSegmentsFew() throws Exception {
        Random random = new Random(17);
        Corpus corpus = corpus(random, "s", 12, new Film("Her", 2013, "Spike Jonze"));
        List<Quote> quotes = new ArrayList<>(quotes(corpus, random, 0).quotes());
        Path previous = build("old", corpus, new Analysis(quotes, List.of(), List.of(), List.of()), "g1");
        String generation = "g1";
        for (int add = 1; add <= 15; add++) {
            Corpus added = continued(corpus, corpus(random, "a" + add + "-", 1, corpus.film()));
            // the old passages' speakers stay, so their segments could all be kept as they are
            Passage p = added.passages().get(corpus.passages().size());
            quotes.add(new Quote("add-" + add, "Samantha sings", "Samantha", List.of(p.sourceId()),
                    List.of(new QuoteOccurrence(p.sourceId(), p.id(), p.start(), p.end(), p.text(), null))));
            Analysis analysis = new Analysis(List.copyOf(quotes), List.of(), List.of(), List.of());
            assertEquals(corpus.passages().size(), buildBoth(added, analysis,
                    new LuceneSearchIndex.Previous(previous, corpus, generation)), "add " + add);
            previous = Files.move(tmp.resolve("kept"), tmp.resolve("add-" + add));
            // at most 10 segments as they were, one merged and the new documents' (one part here)
            assertTrue(segments(previous) <= 12, "add " + add + ": " + segments(previous) + " segments");
            corpus = added;
            generation = "g2";
        }
    }

    private static List<Integer> wholeAndMerged(Path oldDir, Corpus old, Corpus corpus, Analysis analysis)
            throws IOException {
        try (KeptPassages kept = KeptPassages.open(new LuceneSearchIndex.Previous(oldDir, old, "g1"), corpus,
                new IndexDocuments(corpus, analysis))) {
            int[] counts = kept.segmentsWholeAndMerged();
            return List.of(counts[0], counts[1]);
        }
    }

    @Test
    void anotherFilmStillCarriesOver() throws Exception {
        Random random = new Random(11);
        Corpus old = corpus(random, "s", 4, new Film("Untitled film", null, null));
        Path oldDir = build("old", old, quotes(old, random, 0), "g1");
        Corpus added = continued(old, corpus(random, "t", 2, new Film("Her", 2013, "Spike Jonze")));
        assertEquals(old.passages().size(), buildBoth(added, quotes(added, random, 1),
                new LuceneSearchIndex.Previous(oldDir, old, "g1")));
    }

    @Test
    void aReplacedSourceBuildsTheWholeIndex() throws Exception {
        Random random = new Random(3);
        Corpus old = corpus(random, "s", 4, new Film("Her", 2013, "Spike Jonze"));
        Path oldDir = build("old", old, quotes(old, random, 0), "g1");
        // s1 ingested again: a new source of the same id with new passages, in its old place
        Corpus fresh = corpus(random, "s", 4, old.film());
        List<Source> sources = new ArrayList<>(old.sources());
        sources.set(1, fresh.sources().get(1));
        List<Passage> passages = new ArrayList<>();
        for (Source s : sources) {
            passages.addAll(s == fresh.sources().get(1) ? fresh.passagesOf(s.id()) : old.passagesOf(s.id()));
        }
        Corpus replaced = new Corpus(old.film(), sources, passages);
        assertEquals(0, buildBoth(replaced, quotes(replaced, random, 1),
                new LuceneSearchIndex.Previous(oldDir, old, "g1")));
    }

    @Test
    void anIndexOfAnotherGenerationOrNoneOrDamagedBuildsTheWholeIndex() throws Exception {
        Random random = new Random(5);
        Corpus old = corpus(random, "s", 4, new Film("Her", 2013, "Spike Jonze"));
        Path oldDir = build("old", old, quotes(old, random, 0), "g1");
        Corpus added = continued(old, corpus(random, "t", 2, old.film()));
        Analysis analysis = quotes(added, random, 1);

        assertEquals(0, buildBoth(added, analysis, new LuceneSearchIndex.Previous(oldDir, old, "g0")), "generation");
        assertEquals(0, buildBoth(added, analysis, new LuceneSearchIndex.Previous(tmp.resolve("none"), old, "g1")),
                "no index");
        assertEquals(0, buildBoth(added, analysis, new LuceneSearchIndex.Previous(oldDir, old, "")),
                "an empty workspace's generation");
        assertEquals(0, buildBoth(added, analysis, null), "nothing before");

        // a postings file cut short: found when the old index is opened or merged, never written into the new one
        try (Stream<Path> files = Files.list(oldDir)) {
            Path doc = files.filter(p -> p.getFileName().toString().endsWith(".doc")).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(doc);
            Files.write(doc, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        assertEquals(0, buildBoth(added, analysis, new LuceneSearchIndex.Previous(oldDir, old, "g1")), "damaged");
    }

    @Test
    void speakersWhereTheOldIndexHadNoneBuildTheWholeIndex() throws Exception {
        Random random = new Random(9);
        Corpus old = corpus(random, "s", 3, new Film("Her", 2013, "Spike Jonze"));
        Path oldDir = build("old", old, Analysis.empty(), "g1");
        Corpus added = continued(old, corpus(random, "t", 1, old.film()));
        assertEquals(0, buildBoth(added, quotes(added, random, 1),
                new LuceneSearchIndex.Previous(oldDir, old, "g1")));
        // with no speakers now either, the old segment's documents serve as they are
        assertEquals(old.passages().size(), buildBoth(added, Analysis.empty(),
                new LuceneSearchIndex.Previous(oldDir, old, "g1")));
    }

    @Test
    void aCancelDuringTheMergeStopsPromptlyWithoutBuildingTheWholeIndex() throws Exception {
        Random random = new Random(11);
        TinyCorpus tiny = new TinyCorpus();
        for (int s = 0; s < 8; s++) {
            String[] paragraphs = new String[2000];
            for (int p = 0; p < paragraphs.length; p++) {
                paragraphs[p] = paragraph(random) + " " + random.nextInt(100_000) + " " + paragraph(random);
            }
            tiny.source("s" + s, SourceKind.values()[0], paragraphs);
        }
        Corpus old = tiny.build();
        Path oldDir = tmp.resolve("old");
        try (Analyzer analyzer = IndexSchema.analyzer()) { // one segment, passages and quotes: merged, not linked
            IndexBuilder.build(oldDir, new IndexDocuments(old, quotes(old, random, 0)), "g1", analyzer, 1);
        }
        Corpus added = continued(old, corpus(random, "t", 1, old.film()));
        Analysis analysis = quotes(added, random, 1);
        Object[] result = new Object[2];
        long[] ended = new long[1];
        Thread build = new Thread(() -> {
            try {
                result[0] = LuceneSearchIndex.build(tmp.resolve("kept"), added, analysis, "g2",
                        new LuceneSearchIndex.Previous(oldDir, old, "g1"));
            } catch (Throwable e) {
                result[0] = e;
            }
            result[1] = Thread.currentThread().isInterrupted();
            ended[0] = System.nanoTime();
        });
        build.start();
        boolean merging = false;
        while (build.isAlive() && !merging) {
            for (StackTraceElement e : build.getStackTrace()) {
                merging |= e.getMethodName().equals("addIndexes") && e.getClassName().endsWith(".IndexWriter");
            }
        }
        long interrupted = System.nanoTime();
        build.interrupt();
        build.join();
        assertTrue(merging, "the merge was reached");
        assertTrue(result[0] instanceof IOException || result[0] instanceof RuntimeException,
                "stopped, not built: " + result[0]);
        assertEquals(true, result[1], "the interrupt is given back");
        long ms = (ended[0] - interrupted) / 1_000_000;
        assertTrue(ms < 2000, "stopped " + ms + " ms after the cancel");
    }

    @Test
    void aFlippedByteInAnOldSegmentNeverReachesTheNewIndex() throws Exception {
        Random random = new Random(3);
        Corpus old = corpus(random, "s", 40, new Film("Her", 2013, "Spike Jonze"));
        Analysis analysis = oneQuote(old);
        Corpus added = continued(old, corpus(random, "t", 1, old.film()));
        for (String which : new String[] {"kept as it is", "merged"}) {
            Path oldDir = tmp.resolve("old " + which);
            try (Analyzer analyzer = IndexSchema.analyzer()) {
                IndexBuilder.build(oldDir, new IndexDocuments(old, analysis), "g1", analyzer, 4);
            }
            KeptPassages kept = KeptPassages.open(new LuceneSearchIndex.Previous(oldDir, old, "g1"), added,
                    new IndexDocuments(added, oneQuote(added)));
            assertEquals(List.of(3, 1), List.of(kept.segmentsWholeAndMerged()[0], kept.segmentsWholeAndMerged()[1]),
                    "the first three segments kept as they are, the last (with the quote) merged");
            kept.close();
            String segment;
            try (FSDirectory d = FSDirectory.open(oldDir); DirectoryReader r = DirectoryReader.open(d)) {
                int leaf = which.equals("merged") ? r.leaves().size() - 1 : 0;
                segment = ((SegmentReader) r.leaves().get(leaf).reader()).getSegmentName();
            }
            Path doc;
            try (Stream<Path> files = Files.list(oldDir)) {
                doc = files.filter(p -> p.getFileName().toString().startsWith(segment + "_")
                        && p.getFileName().toString().endsWith(".doc")).findFirst().orElseThrow();
            }
            byte[] bytes = Files.readAllBytes(doc);
            bytes[bytes.length / 2] ^= 0x55;
            Files.write(doc, bytes);

            assertEquals(0, buildBoth(added, oneQuote(added), new LuceneSearchIndex.Previous(oldDir, old, "g1")),
                    which);
            try (FSDirectory d = FSDirectory.open(tmp.resolve("kept")); CheckIndex check = new CheckIndex(d)) {
                assertTrue(check.checkIndex().clean, which + ": the new index passes CheckIndex");
            }
        }
    }

    @Test
    void segmentsOfAnotherCodecAreMergedNotKeptAsTheyAre() throws Exception {
        Random random = new Random(4);
        Corpus old = corpus(random, "s", 10, new Film("Her", 2013, "Spike Jonze"));
        Corpus added = continued(old, corpus(random, "t", 1, old.film()));
        for (Codec codec : new Codec[] {new FilmlensCodec(), Codec.forName("Lucene912")}) {
            Path oldDir = tmp.resolve("old " + codec.getName());
            IndexDocuments docs = new IndexDocuments(old, oneQuote(old));
            try (Analyzer analyzer = IndexSchema.analyzer(); FSDirectory d = FSDirectory.open(oldDir);
                 IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer).setCodec(codec)
                         .setMergePolicy(NoMergePolicy.INSTANCE))) {
                docs.writer(w).write(0, old.passages().size()); // a segment of passages only
                w.flush();
                docs.writer(w).write(old.passages().size(), docs.size());
                w.setLiveCommitData(Map.of(IndexSchema.GENERATION_KEY, "g1",
                        IndexSchema.SCHEMA_KEY, Integer.toString(IndexSchema.VERSION)).entrySet());
                w.commit();
            }
            LuceneSearchIndex.Previous previous = new LuceneSearchIndex.Previous(oldDir, old, "g1");
            try (KeptPassages kept = KeptPassages.open(previous, added, new IndexDocuments(added, oneQuote(added)))) {
                int[] wholeAndMerged = kept.segmentsWholeAndMerged();
                assertEquals(codec instanceof FilmlensCodec ? List.of(1, 0) : List.of(0, 1),
                        List.of(wholeAndMerged[0], wholeAndMerged[1]), codec.getName());
            }
            assertEquals(old.passages().size(), buildBoth(added, oneQuote(added), previous), codec.getName());
        }
    }

    /** One quote, without a speaker, so that the speakers of the old passages stay as they were. */
    private static Analysis oneQuote(Corpus corpus) {
        Passage p = corpus.passages().get(5);
        return new Analysis(List.of(new Quote("q", "line", null, List.of(p.sourceId()),
                List.of(new QuoteOccurrence(p.sourceId(), p.id(), p.start(), p.end(), p.text(), null)))),
                List.of(), List.of(), List.of());
    }

    /**
     * Builds {@code corpus} into "kept" with {@code previous} and into "whole" without, checks the two give the same
     * index and answers, and returns how many documents were carried over.
     */
    private int buildBoth(Corpus corpus, Analysis analysis, LuceneSearchIndex.Previous previous) throws Exception {
        Path kept = tmp.resolve("kept");
        Path whole = tmp.resolve("whole");
        org.filmlens.storage.FileTrees.deleteQuietly(kept);
        org.filmlens.storage.FileTrees.deleteQuietly(whole);
        Path oldDir = previous == null ? tmp.resolve("none") : previous.indexDir();
        List<String> oldFiles = fileNames(oldDir);
        int carried = LuceneSearchIndex.build(kept, corpus, analysis, "g2", previous);
        assertEquals(oldFiles, fileNames(oldDir), "nothing written into the old index");
        LuceneSearchIndex.build(whole, corpus, analysis, "g2");
        assertEquals(IndexDigest.lines(whole), IndexDigest.lines(kept));
        try (LuceneSearchIndex a = LuceneSearchIndex.open(whole); LuceneSearchIndex b = LuceneSearchIndex.open(kept)) {
            for (String q : QUERIES) {
                for (String speaker : SPEAKERS) {
                    for (String who : new String[] {null, speaker}) {
                        SearchRequest r = new SearchRequest(q, 5, null, who);
                        assertEquals(a.search(r).total(), b.search(r).total(), q + " " + who);
                        assertEquals(a.search(r).hits(), b.search(r).hits(), q + " " + who);
                        assertEquals(a.searchQuotes(r).total(), b.searchQuotes(r).total(), q + " " + who);
                        assertEquals(a.searchQuotes(r).hits(), b.searchQuotes(r).hits(), q + " " + who);
                    }
                }
            }
        }
        try (FSDirectory d = FSDirectory.open(kept); DirectoryReader r = DirectoryReader.open(d)) {
            assertTrue(!r.hasDeletions(), "no deleted documents");
        }
        try (Stream<Path> files = Files.list(kept)) {
            assertTrue(files.noneMatch(Files::isDirectory), "no scratch folders left");
        }
        return carried;
    }

    private static List<String> fileNames(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private Path build(String name, Corpus corpus, Analysis analysis, String generation) throws IOException {
        Path dir = tmp.resolve(name);
        LuceneSearchIndex.build(dir, corpus, analysis, generation);
        return dir;
    }

    private static int segments(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            return r.leaves().size();
        }
    }

    /** Sources of random paragraphs over a small vocabulary, some paragraphs repeated so that scores tie. */
    private static Corpus corpus(Random random, String prefix, int sources, Film film) {
        TinyCorpus tiny = new TinyCorpus();
        String repeated = paragraph(random);
        for (int s = 0; s < sources; s++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 4 + random.nextInt(30); p++) {
                paragraphs.add(random.nextInt(8) == 0 ? repeated : paragraph(random));
            }
            tiny.source(prefix + s, SourceKind.values()[random.nextInt(SourceKind.values().length)],
                    paragraphs.toArray(String[]::new));
        }
        Corpus c = tiny.build();
        return new Corpus(film, c.sources(), c.passages());
    }

    private static String paragraph(Random random) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 3 + random.nextInt(40); w++) {
            b.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.append('.').toString();
    }

    /** {@code old}'s sources and passages, the same objects, then {@code more}'s. */
    private static Corpus continued(Corpus old, Corpus more) {
        List<Source> sources = new ArrayList<>(old.sources());
        sources.addAll(more.sources());
        List<Passage> passages = new ArrayList<>(old.passages());
        passages.addAll(more.passages());
        return new Corpus(more.film(), sources, passages);
    }

    /** Quotes each found in a few random passages, some with a speaker, drawn afresh for each {@code round}. */
    private static Analysis quotes(Corpus corpus, Random random, int round) {
        List<Quote> quotes = new ArrayList<>();
        List<Passage> passages = corpus.passages();
        for (int q = 0; q < 5 + passages.size() / 4; q++) {
            List<QuoteOccurrence> occurrences = new ArrayList<>();
            List<String> sourceIds = new ArrayList<>();
            for (int o = 0; o < 1 + random.nextInt(3); o++) {
                Passage p = passages.get(random.nextInt(passages.size()));
                occurrences.add(new QuoteOccurrence(p.sourceId(), p.id(), p.start(), p.end(), p.text(), null));
                if (!sourceIds.contains(p.sourceId())) {
                    sourceIds.add(p.sourceId());
                }
            }
            String speaker = random.nextInt(3) == 0 ? null : SPEAKERS.get(random.nextInt(SPEAKERS.size() - 1));
            quotes.add(new Quote("q" + round + "-" + q, paragraph(random), speaker, sourceIds, occurrences));
        }
        return new Analysis(quotes, List.of(), List.of(), List.of());
    }
}
