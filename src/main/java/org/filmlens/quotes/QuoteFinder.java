package org.filmlens.quotes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.filmlens.corpus.text.CreditedLine;
import org.filmlens.corpus.text.EditorialLabels;
import org.filmlens.corpus.text.TitleShape;

/**
 * Finds every quotation of the film in a corpus, attributes speakers and links each line's occurrences: labelled
 * lines of quotes pages first (they name the speakers), then quotations credited to one of those speakers
 * ({@link CreditedLine}), then quotations in prose, kept when they match a labelled line, carry an attribution or
 * stand alone as a quotation; scare quotes and titles fall away.
 */
public final class QuoteFinder {
    private static final int MIN_PROSE_WORDS = 3;

    private final DialogueLineParser dialogueParser = new DialogueLineParser();
    private final ProseQuotationFinder proseFinder = new ProseQuotationFinder();

    /** A quotation before linking: where it is, who it is attributed to, its words. */
    private record Found(Source source, int sourceIndex, Passage passage, List<Span> spans, String label,
                         String speaker, boolean needsMatch, String marker, String exchangeId) {
        boolean labelled() {
            return label != null;
        }
    }

    /**
     * A quotation in prose. {@code credit}: the passage is this one quotation credited to someone
     * ({@link CreditedLine}), which makes it a labelled line when the corpus knows them as a speaker; else null.
     */
    private record ProseCandidate(Source source, int sourceIndex, Passage passage, ProseQuotation quotation,
                                  String masked, String previous, CreditedLine credit) {}

    /**
     * What one source holds: its labelled lines, the quotations in its prose, that prose, and the lines a quotes
     * page lists under a heading that may name their speaker ({@link #underSpeakerHeadings}).
     */
    private record SourceReading(List<Found> labelled, List<ProseCandidate> prose, List<String> proseTexts,
                                 List<Found> underHeadings) {}

    /** An accepted prose quotation and its match keys. */
    private record Accepted(Found found, KeyVocabulary.Local keys) {}

    public List<Quote> find(Corpus corpus, Progress progress) {
        try (Workers workers = new Workers(progress)) {
            return find(corpus, progress, workers);
        }
    }

    /** Sources are independent until linking, so each step before it runs on all cores, its output kept in order. */
    private List<Quote> find(Corpus corpus, Progress progress, Workers workers) {
        progress.report("Finding quotations", -1);
        Map<String, Integer> sourceOrder = sourceOrder(corpus);
        List<Source> sources = corpus.sources();
        List<SourceReading> readings = workers.map(sources.size(),
                i -> readSource(corpus, sources.get(i), sourceOrder.get(sources.get(i).id())));
        List<Found> labelled = new ArrayList<>();
        List<ProseCandidate> proseCandidates = new ArrayList<>();
        List<String> proseTexts = new ArrayList<>();
        List<Found> underHeadings = new ArrayList<>();
        for (SourceReading r : readings) {
            labelled.addAll(r.labelled());
            proseCandidates.addAll(r.prose());
            proseTexts.addAll(r.proseTexts());
            underHeadings.addAll(r.underHeadings());
        }
        SpeakerNames names = new SpeakerNames(labelled.stream().map(Found::label).toList());
        CastDirectory cast = new CastDirectory(names, proseTexts, workers);
        labelled.addAll(underSpeakerHeadings(underHeadings, cast, names));
        Attribution attribution = new Attribution(cast);
        List<Found> all = new ArrayList<>(workers.map(labelled.size(), i -> {
            Found f = labelled.get(i);
            return new Found(f.source(), f.sourceIndex(), f.passage(), f.spans(), f.label(),
                    speakerOf(f.label(), cast, names), false,
                    f.marker(), f.exchangeId());
        }));
        List<ProseCandidate> inProse = creditedToKnownSpeakers(proseCandidates, cast, names, all);
        List<Accepted> accepted = workers.map(inProse.size(), KeyVocabulary.Chunk::new,
                (chunk, i) -> accept(inProse.get(i), attribution, chunk));
        progress.report("Linking quotations", -1);
        KeyVocabulary vocabulary = new KeyVocabulary();
        List<KeyVocabulary.Local> locals = new ArrayList<>(workers.map(all.size(), KeyVocabulary.Chunk::new,
                (chunk, i) -> chunk.number(MatchTokens.of(spokenText(all.get(i))))));
        for (Accepted a : accepted) {
            if (a != null) {
                all.add(a.found());
                locals.add(a.keys());
            }
        }
        int[][] keys = vocabulary.global(locals);
        List<QuoteLinker.Unit> units = new ArrayList<>(all.size());
        for (int u = 0; u < all.size(); u++) {
            Found f = all.get(u);
            units.add(new QuoteLinker.Unit(vocabulary.view(keys[u]), f.speaker(), f.source().id(), f.passage().id(),
                    f.labelled(), f.needsMatch()));
        }
        QuoteLinker.Linking linking = new QuoteLinker().link(units, keys, workers, progress);
        return toQuotes(all, units, linking, workers);
    }

    /** "Quotes" in a page's title or site: Wikiquote, "25 Best Quotes From …", a quotes database. */
    private static final Pattern QUOTES_WORD = Pattern.compile("(?i)quot(?:es|e\\b|ations)");

    /**
     * A line alone in a bullet, as a quotes page lists a character's lines under the character's name: a sentence,
     * no label, no quotation marks of its own (those are read as prose quotations) and not too long to be a line.
     */
    private static boolean isBareLine(String text) {
        return text.length() <= 400 && EditorialLabels.spokenSentence(text) && text.indexOf('“') < 0
                && text.indexOf('"') < 0;
    }

    /**
     * The bullets a quotes page lists under a heading, as lines of the speaker the heading names ("Nora Vale", or
     * Willem "Dutch" Dekker where Dutch speaks elsewhere); under any other heading ("Dialogue", "Cast") they are
     * none. The speaker must be one the labels know, so a heading never makes a character.
     */
    private static List<Found> underSpeakerHeadings(List<Found> underHeadings, CastDirectory cast, SpeakerNames names) {
        List<Found> out = new ArrayList<>();
        for (Found f : underHeadings) {
            String heading = f.label();
            String speaker = knownSpeaker(heading, cast, names);
            Matcher nickname = speaker == null ? NICKNAME.matcher(heading) : null;
            if (nickname != null && nickname.find()) {
                speaker = knownSpeaker(nickname.group(1), cast, names);
            }
            if (speaker != null && heading.split(" ").length <= 4) {
                out.add(new Found(f.source(), f.sourceIndex(), f.passage(), f.spans(), speaker, null, false, null,
                        f.exchangeId()));
            }
        }
        return out;
    }

    /** The nickname inside a heading's full name: Willem "Dutch" Dekker. */
    private static final Pattern NICKNAME = Pattern.compile("[\"“‘'](\\p{Lu}[\\p{L}\\-]*)[\"”’']");

    /**
     * Adds to {@code labelled} the credited lines ({@link CreditedLine}) whose credit names a speaker the labels know
     * ({@link #knownSpeaker}): “Hello.” — Amy is Amy's line where Amy speaks elsewhere.
     * Returns the other candidates, in order: a credit to anyone else ("— Peter Travers, Rolling Stone", the
     * director's words in an interview) is read as any quotation in prose, a line only where it matches one.
     */
    private static List<ProseCandidate> creditedToKnownSpeakers(List<ProseCandidate> candidates, CastDirectory cast,
                                                                SpeakerNames names, List<Found> labelled) {
        List<ProseCandidate> prose = new ArrayList<>(candidates.size());
        for (ProseCandidate c : candidates) {
            String speaker = c.credit() == null ? null : knownSpeaker(c.credit().label(), cast, names);
            if (speaker == null) {
                prose.add(c);
                continue;
            }
            int at = c.passage().start();
            labelled.add(new Found(c.source(), c.sourceIndex(), c.passage(), List.of(new Span(
                    at + c.credit().spokenStart(), at + c.credit().spokenEnd())), c.credit().label(), speaker, false,
                    null, c.passage().id()));
        }
        return prose;
    }

    /**
     * The speaker a credit names when the labels use that name or its first word ("Amy Adler" where "Amy:" labels
     * lines), as a label's speaker is found; else null. An actor's name is no such credit: "— Amy Adams" credits
     * what the actor said, in an interview, not her character's line.
     */
    private static String knownSpeaker(String name, CastDirectory cast, SpeakerNames names) {
        int space = name.indexOf(' ');
        String label = names.canonical(name) != null ? name
                : space > 0 && !cast.isActorName(name) && names.canonical(name.substring(0, space)) != null
                ? name.substring(0, space) : null;
        return label == null ? null : speakerOf(label, cast, names);
    }

    /** The speaker a label names: as the cast knows it (a role, a surname), else the labels' own canonical form. */
    private static String speakerOf(String label, CastDirectory cast, SpeakerNames names) {
        String speaker = cast.speaker(label);
        return speaker != null ? speaker : names.canonical(label);
    }

    private static Map<String, Integer> sourceOrder(Corpus corpus) {
        Map<String, Integer> order = new HashMap<>();
        for (Source s : corpus.sources()) {
            order.put(s.id(), order.size());
        }
        return order;
    }

    private SourceReading readSource(Corpus corpus, Source source, int sourceIndex) {
        List<Found> labelled = new ArrayList<>();
        List<ProseCandidate> prose = new ArrayList<>();
        List<String> proseTexts = new ArrayList<>();
        boolean quotesPage = source.kind() == SourceKind.QUOTES || source.kind() == SourceKind.LISTING;
        boolean quotesInTitle = QUOTES_WORD.matcher(source.title() + " " + source.site()).find();
        List<Found> underHeadings = new ArrayList<>();
        String marker = null;
        String exchange = null;
        String lastLabel = null;
        int lastOrdinal = Integer.MIN_VALUE;
        String previousProse = "";
        for (Passage p : corpus.passagesOf(source.id())) {
            boolean dialogueKind = p.kind() == PassageKind.DIALOGUE || (quotesPage && p.kind() == PassageKind.BULLET);
            var line = dialogueKind ? dialogueParser.parse(p.text(), p.start()) : java.util.Optional.<DialogueLine>empty();
            if (line.isPresent()) {
                DialogueLine d = line.get();
                boolean contiguous = p.ordinal() == lastOrdinal + 1;
                lastOrdinal = p.ordinal();
                if (d.isDirectionOnly() || d.spoken().isEmpty()) {
                    if (d.marker() != null) {
                        marker = d.marker();
                        exchange = null;
                    }
                    lastLabel = null; // a direction between two lines of one speaker continues the exchange
                    continue;
                }
                // a new exchange: after prose, after a marker, or when the same speaker speaks twice in a row
                if (exchange == null || !contiguous || d.label().equalsIgnoreCase(lastLabel)) {
                    exchange = p.id();
                }
                lastLabel = d.label();
                labelled.add(new Found(source, sourceIndex, p, d.spoken(), d.label(), null, false, marker, exchange));
                marker = null;
                continue;
            }
            exchange = null;
            lastLabel = null;
            if (p.kind() == PassageKind.HEADING || p.kind() == PassageKind.DIALOGUE) {
                continue;
            }
            if (quotesInTitle && p.kind() == PassageKind.BULLET && p.section() != null && isBareLine(p.text())) {
                underHeadings.add(new Found(source, sourceIndex, p, List.of(new Span(p.start(), p.end())),
                        p.section(), null, false, null, p.id()));
                continue;
            }
            proseTexts.add(p.text());
            List<ProseQuotation> quotations = proseFinder.find(p.text());
            String masked = quotations.isEmpty() ? null : mask(p.text(), quotations); // read only for quotations
            // a credited line is one quotation: it goes with that quotation's candidate
            CreditedLine credit = quotations.size() == 1 ? CreditedLine.parse(p.text()).orElse(null) : null;
            for (ProseQuotation q : quotations) {
                prose.add(new ProseCandidate(source, sourceIndex, p, q, masked, previousProse, credit));
            }
            previousProse = p.text();
        }
        return new SourceReading(labelled, prose, proseTexts, underHeadings);
    }

    /** The paragraph with the quoted words blanked (the cue between split parts kept), length unchanged. */
    static String mask(String text, List<ProseQuotation> quotations) {
        char[] chars = text.toCharArray();
        for (ProseQuotation q : quotations) {
            for (Span part : q.parts()) {
                java.util.Arrays.fill(chars, part.start(), part.end(), ' ');
            }
        }
        return new String(chars);
    }

    /**
     * A prose quotation counts when it is long enough to be a line, is not a title or a name, and either names its
     * speaker or stands alone as a quotation; otherwise it counts only if it matches a line found elsewhere.
     */
    private static Accepted accept(ProseCandidate c, Attribution attribution, KeyVocabulary.Chunk chunk) {
        int offset = c.passage().start();
        List<Span> spans = c.quotation().parts().stream()
                .map(s -> new Span(s.start() + offset, s.end() + offset)).toList();
        String words = joined(c.source().text(), spans);
        List<String> keys = MatchTokens.of(words);
        if (keys.size() < MIN_PROSE_WORDS || TitleShape.isTitleLike(words)) {
            return null;
        }
        String speaker = attribution.speaker(c.passage().text(), c.masked(), c.quotation(), c.previous());
        boolean standsAlone = (speaker != null || c.quotation().shape() == ProseQuotation.Shape.STANDALONE);
        Found found = new Found(c.source(), c.sourceIndex(), c.passage(), spans, null, speaker, !standsAlone, null,
                null);
        return new Accepted(found, chunk.number(keys)); // the same words the linker would key: spokenText(found)
    }

    private static String spokenText(Found f) {
        return joined(f.source().text(), f.spans());
    }

    private static String joined(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s.of(text));
        }
        return sb.toString();
    }

    /** One line's quote before its id is numbered: its base id and where its first occurrence stands. */
    private record Line(String baseId, String text, String speaker, List<String> sourceIds,
                        List<QuoteOccurrence> occurrences, int firstSource, int firstStart) {}

    private record Placed(int sourceIndex, QuoteOccurrence occurrence) {}

    private static List<Quote> toQuotes(List<Found> all, List<QuoteLinker.Unit> units, QuoteLinker.Linking linking,
                                        Workers workers) {
        int clusters = linking.clusters();
        int[] clusterOf = linking.clusterOf();
        int[] from = new int[clusters + 1];
        for (int c : clusterOf) {
            if (c >= 0) {
                from[c + 1]++;
            }
        }
        for (int c = 0; c < clusters; c++) {
            from[c + 1] += from[c];
        }
        int[] members = new int[from[clusters]]; // each line's units in unit order
        int[] next = Arrays.copyOf(from, clusters);
        for (int u = 0; u < clusterOf.length; u++) {
            if (clusterOf[u] >= 0) {
                members[next[clusterOf[u]]++] = u;
            }
        }
        List<Line> lines = workers.map(clusters, QuoteFinder::sha256, (sha, c) ->
                line(all, units, linking.representative()[c], Arrays.copyOfRange(members, from[c], from[c + 1]), sha));
        Map<String, Integer> idUses = new HashMap<>();
        List<Quote> quotes = new ArrayList<>(clusters);
        for (Line l : lines) { // numbered in line order, as ids always were
            quotes.add(new Quote(numbered(l.baseId(), idUses), l.text(), l.speaker(), l.sourceIds(), l.occurrences()));
        }
        Integer[] order = new Integer[clusters];
        for (int c = 0; c < clusters; c++) {
            order[c] = c;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer c) -> lines.get(c).firstSource())
                .thenComparingInt(c -> lines.get(c).firstStart()));
        List<Quote> sorted = new ArrayList<>(clusters);
        for (int c : order) {
            sorted.add(quotes.get(c));
        }
        return sorted;
    }

    private static Line line(List<Found> all, List<QuoteLinker.Unit> units, int rep, int[] members,
                             MessageDigest sha) {
        Found canonical = all.get(rep);
        String speaker = canonical.speaker();
        for (int u : members) {
            if (speaker == null) {
                speaker = all.get(u).speaker();
            }
        }
        List<Placed> placed = new ArrayList<>();
        String text = null;
        for (int u : members) {
            Found f = all.get(u);
            String who = f.speaker() != null ? f.speaker() : speaker;
            for (Span s : f.spans()) {
                String said = s.of(f.source().text());
                placed.add(new Placed(f.sourceIndex(), new QuoteOccurrence(f.source().id(), f.passage().id(),
                        s.start(), s.end(), said, who, f.marker(), f.exchangeId())));
                if (u == rep && f.spans().size() == 1) {
                    // the canonical words are this occurrence's (spokenText of one span): one String for both,
                    // not a second copy of every quote's text held from the quotes to the end of the ingest
                    text = said;
                }
            }
        }
        placed.sort(Comparator.comparingInt(Placed::sourceIndex).thenComparingInt(p -> p.occurrence().start()));
        List<QuoteOccurrence> occurrences = new ArrayList<>(placed.size());
        Set<String> sourceIds = new LinkedHashSet<>();
        for (Placed p : placed) {
            occurrences.add(p.occurrence());
            sourceIds.add(p.occurrence().sourceId());
        }
        return new Line(baseId(sha, units.get(rep).keys(), speaker), text != null ? text : spokenText(canonical),
                speaker, List.copyOf(sourceIds), List.copyOf(occurrences), placed.get(0).sourceIndex(),
                placed.get(0).occurrence().start());
    }

    /** "q-" and a hash of the speaker and the canonical words, so re-ingesting the same pages keeps the ids. */
    private static String baseId(MessageDigest sha, List<String> keys, String speaker) {
        // the UTF-8 of speaker + "|" + the keys joined by spaces, fed piece by piece (no piece splits a character)
        if (speaker != null) {
            sha.update(speaker.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) '|');
        for (int k = 0; k < keys.size(); k++) {
            if (k > 0) {
                sha.update((byte) ' ');
            }
            sha.update(keys.get(k).getBytes(StandardCharsets.UTF_8));
        }
        byte[] digest = sha.digest();
        return "q-" + HexFormat.of().formatHex(digest, 0, 5);
    }

    /** The base id, with "-2", "-3" … for a second and third line that hash alike. */
    private static String numbered(String id, Map<String, Integer> uses) {
        int n = uses.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "-" + n;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
