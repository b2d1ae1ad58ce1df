package org.filmlens.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmlens.corpus.Arc;
import org.filmlens.corpus.ArcStage;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.SceneLink;
import org.filmlens.corpus.Source;
import org.filmlens.index.SearchHit;
import org.filmlens.index.SearchResults;

/** The JSON shapes of the command-line contract (docs/cli.md), built as ordered maps. */
final class JsonShapes {
    private JsonShapes() {}

    static Map<String, Object> source(Source s, int passages) {
        Map<String, Object> m = sourceHeader(s);
        m.put("passages", passages);
        return m;
    }

    static Map<String, Object> sourceWithText(Source s) {
        Map<String, Object> m = sourceHeader(s);
        m.put("text", s.text());
        return m;
    }

    private static Map<String, Object> sourceHeader(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("site", s.site());
        m.put("author", s.author());
        m.put("url", s.url());
        m.put("kind", s.kind().label());
        m.put("file", s.origin()); // the file it was read from, null for a source ingested before files were kept
        return m;
    }

    static Map<String, Object> passage(Passage p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("sourceId", p.sourceId());
        m.put("section", p.section());
        m.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("start", p.start());
        m.put("end", p.end());
        m.put("text", p.text());
        return m;
    }

    static Map<String, Object> searchResults(SearchResults r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", r.query());
        m.put("total", r.total());
        m.put("tookMicros", r.tookMicros());
        m.put("hits", r.hits().stream().map(JsonShapes::hit).toList());
        return m;
    }

    private static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("passageId", h.passageId());
        m.put("sourceId", h.sourceId());
        m.put("score", h.score());
        m.put("text", h.text());
        m.put("fragments", h.fragments());
        return m;
    }

    static Map<String, Object> quote(Quote q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("text", q.text());
        m.put("speaker", q.speaker());
        m.put("sources", q.sourceIds());
        m.put("occurrences", q.occurrences().stream().map(JsonShapes::occurrence).toList());
        return m;
    }

    private static Map<String, Object> occurrence(QuoteOccurrence o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceId", o.sourceId());
        m.put("passageId", o.passageId());
        m.put("start", o.start());
        m.put("end", o.end());
        m.put("text", o.text());
        m.put("speaker", o.speaker());
        m.put("marker", o.marker());
        m.put("exchangeId", o.exchangeId());
        return m;
    }

    static Map<String, Object> character(FilmCharacter c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("actor", c.actor());
        m.put("aliases", c.aliases());
        m.put("mentions", c.mentions().size());
        m.put("quotes", c.quoteIds().size());
        Map<String, Integer> perSource = new LinkedHashMap<>();
        c.mentions().forEach(x -> perSource.merge(x.sourceId(), 1, Integer::sum));
        m.put("mentionsBySource", perSource);
        return m;
    }

    static Map<String, Object> mention(Mention x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceId", x.sourceId());
        m.put("passageId", x.passageId());
        m.put("start", x.start());
        m.put("end", x.end());
        return m;
    }

    static Map<String, Object> arc(Arc a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("character", a.character());
        m.put("actor", a.actor());
        m.put("mentions", a.mentions().stream().map(JsonShapes::mention).toList());
        m.put("quotes", a.quoteIds());
        m.put("stages", a.stages().stream().map(JsonShapes::stage).toList());
        return m;
    }

    private static Map<String, Object> stage(ArcStage s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", s.label());
        m.put("scene", s.sceneId());
        m.put("passages", s.passageIds());
        m.put("quotes", s.quoteIds());
        m.put("sharedWith", s.sharedWith());
        return m;
    }

    static Map<String, Object> scene(Scene s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("order", s.order());
        m.put("title", s.title());
        m.put("characters", s.characters());
        m.put("passages", s.passages().stream().map(SceneLink::targetId).toList());
        m.put("quotes", s.quotes().stream().map(SceneLink::targetId).toList());
        return m;
    }

    static Map<String, Object> ending(List<EndingQuestion> questions) {
        return Map.of("questions", questions.stream().map(JsonShapes::question).toList());
    }

    private static Map<String, Object> question(EndingQuestion q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("question", q.question());
        m.put("aliases", q.aliases());
        m.put("answers", q.answers().stream().map(JsonShapes::answer).toList());
        m.put("silent", q.silent());
        return m;
    }

    private static Map<String, Object> answer(EndingAnswer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceId", a.sourceId());
        m.put("passageId", a.passageId());
        m.put("passageIds", a.passageIds());
        m.put("text", a.text());
        m.put("stance", a.stance() == null ? null : a.stance().label());
        m.put("stanceCue", a.stanceCue());
        return m;
    }
}
