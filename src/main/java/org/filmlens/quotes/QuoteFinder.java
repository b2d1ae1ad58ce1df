package org.filmlens.quotes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Progress;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/**
 * Finds every quotation of the film in a corpus, attributes speakers and links each line's occurrences: labelled
 * lines of quotes pages first (they name the speakers), then quotations in prose, kept when they match a labelled
 * line, carry an attribution or stand alone as a quotation; scare quotes and titles fall away.
 */
public final class QuoteFinder {
    private static final int MIN_PROSE_WORDS = 3;

    private final DialogueLineParser dialogueParser = new DialogueLineParser();
    private final ProseQuotationFinder proseFinder = new ProseQuotationFinder();

    /** A quotation before linking: where it is, who it is attributed to, its words. */
    private record Found(Source source, Passage passage, List<Span> spans, String label, String speaker,
                         boolean needsMatch, String marker, String exchangeId) {
        boolean labelled() {
            return label != null;
        }
    }

    private record ProseCandidate(Source source, Passage passage, ProseQuotation quotation, String masked,
                                  String previous) {}

    public List<Quote> find(Corpus corpus, Progress progress) {
        progress.report("Finding quotations", -1);
        List<Found> labelled = new ArrayList<>();
        List<ProseCandidate> proseCandidates = new ArrayList<>();
        List<String> proseTexts = new ArrayList<>();
        for (Source source : corpus.sources()) {
            progress.checkCancelled();
            readSource(corpus, source, labelled, proseCandidates, proseTexts);
        }
        SpeakerNames names = new SpeakerNames(labelled.stream().map(Found::label).toList());
        CastDirectory cast = new CastDirectory(names, proseTexts);
        Attribution attribution = new Attribution(cast);
        List<Found> all = new ArrayList<>();
        for (Found f : labelled) {
            String speaker = cast.speaker(f.label()) != null ? cast.speaker(f.label()) : names.canonical(f.label());
            all.add(new Found(f.source(), f.passage(), f.spans(), f.label(), speaker, false,
                    f.marker(), f.exchangeId()));
        }
        for (ProseCandidate c : proseCandidates) {
            Found f = accept(c, attribution);
            if (f != null) {
                all.add(f);
            }
        }
        progress.report("Linking quotations", -1);
        List<QuoteLinker.Unit> units = new ArrayList<>(all.size());
        for (Found f : all) {
            units.add(new QuoteLinker.Unit(MatchTokens.of(spokenText(f)), f.speaker(), f.source().id(), f.passage().id(),
                    f.labelled(),
                    f.needsMatch()));
        }
        QuoteLinker.Linking linking = new QuoteLinker().link(units, progress);
        return toQuotes(corpus, all, units, linking);
    }

    private void readSource(Corpus corpus, Source source, List<Found> labelled, List<ProseCandidate> prose,
                            List<String> proseTexts) {
        boolean quotesPage = source.kind() == SourceKind.QUOTES || source.kind() == SourceKind.LISTING;
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
                labelled.add(new Found(source, p, d.spoken(), d.label(), null, false, marker, exchange));
                marker = null;
                continue;
            }
            exchange = null;
            lastLabel = null;
            if (p.kind() == PassageKind.HEADING || p.kind() == PassageKind.DIALOGUE) {
                continue;
            }
            proseTexts.add(p.text());
            List<ProseQuotation> quotations = proseFinder.find(p.text());
            String masked = mask(p.text(), quotations);
            for (ProseQuotation q : quotations) {
                prose.add(new ProseCandidate(source, p, q, masked, previousProse));
            }
            previousProse = p.text();
        }
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
    private static Found accept(ProseCandidate c, Attribution attribution) {
        int offset = c.passage().start();
        List<Span> spans = c.quotation().parts().stream()
                .map(s -> new Span(s.start() + offset, s.end() + offset)).toList();
        String words = joined(c.source().text(), spans);
        if (MatchTokens.of(words).size() < MIN_PROSE_WORDS || TitleShape.isTitleLike(words)) {
            return null;
        }
        String speaker = attribution.speaker(c.passage().text(), c.masked(), c.quotation(), c.previous());
        boolean standsAlone = (speaker != null || c.quotation().shape() == ProseQuotation.Shape.STANDALONE);
        return new Found(c.source(), c.passage(), spans, null, speaker, !standsAlone, null, null);
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

    private static List<Quote> toQuotes(Corpus corpus, List<Found> all, List<QuoteLinker.Unit> units,
                                        QuoteLinker.Linking linking) {
        Map<String, Integer> sourceOrder = new HashMap<>();
        for (Source s : corpus.sources()) {
            sourceOrder.put(s.id(), sourceOrder.size());
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < linking.clusters(); c++) {
            members.add(new ArrayList<>());
        }
        for (int u = 0; u < all.size(); u++) {
            if (linking.clusterOf()[u] >= 0) {
                members.get(linking.clusterOf()[u]).add(u);
            }
        }
        Map<String, Integer> idUses = new HashMap<>();
        List<Quote> quotes = new ArrayList<>();
        for (int c = 0; c < linking.clusters(); c++) {
            int rep = linking.representative()[c];
            Found canonical = all.get(rep);
            String speaker = canonical.speaker();
            for (int u : members.get(c)) {
                if (speaker == null) {
                    speaker = all.get(u).speaker();
                }
            }
            List<QuoteOccurrence> occurrences = new ArrayList<>();
            for (int u : members.get(c)) {
                Found f = all.get(u);
                String who = f.speaker() != null ? f.speaker() : speaker;
                for (Span s : f.spans()) {
                    occurrences.add(new QuoteOccurrence(f.source().id(), f.passage().id(), s.start(), s.end(),
                            s.of(f.source().text()), who, f.marker(), f.exchangeId()));
                }
            }
            occurrences.sort(Comparator.comparingInt((QuoteOccurrence o) -> sourceOrder.get(o.sourceId()))
                    .thenComparingInt(QuoteOccurrence::start));
            Set<String> sourceIds = new LinkedHashSet<>();
            occurrences.forEach(o -> sourceIds.add(o.sourceId()));
            String id = stableId(units.get(rep).keys(), speaker, idUses);
            quotes.add(new Quote(id, spokenText(canonical), speaker, List.copyOf(sourceIds), List.copyOf(occurrences)));
        }
        quotes.sort(Comparator.comparingInt((Quote q) -> sourceOrder.get(q.occurrences().get(0).sourceId()))
                .thenComparingInt(q -> q.occurrences().get(0).start()));
        return quotes;
    }

    /** "q-" and a hash of the speaker and the canonical words, so re-ingesting the same pages keeps the ids. */
    private static String stableId(List<String> keys, String speaker, Map<String, Integer> uses) {
        String basis = (speaker == null ? "" : speaker.toLowerCase(Locale.ROOT)) + "|" + String.join(" ", keys);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            String id = "q-" + HexFormat.of().formatHex(digest, 0, 5);
            int n = uses.merge(id, 1, Integer::sum);
            return n == 1 ? id : id + "-" + n;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
