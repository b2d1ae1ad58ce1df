package org.filmlens.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Source;
import org.filmlens.storage.VersionedJson;

/**
 * An ingested workspace's corpus and stored analysis, read straight from its JSON files, for the benchmarks that run
 * one analysis stage alone and compare its result with the stored one.
 */
record StoredWorkspace(Corpus corpus, Analysis analysis) {
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record CorpusDoc(Film film, List<Source> sources, @JsonIgnoreProperties("text") List<Passage> passages) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record AnalysisDoc(Analysis analysis) {}

    static StoredWorkspace read(Path ws) throws IOException {
        ObjectMapper mapper = VersionedJson.mapper();
        CorpusDoc doc = mapper.readValue(ws.resolve("corpus.json").toFile(), CorpusDoc.class);
        Corpus corpus = new Corpus(doc.film(), doc.sources(), withText(doc.sources(), doc.passages()));
        Analysis stored = mapper.readValue(ws.resolve("analysis.json").toFile(), AnalysisDoc.class).analysis();
        return new StoredWorkspace(corpus, stored);
    }

    /** corpus.json keeps a passage as offsets into its source's text: the passages with their text cut out again. */
    private static List<Passage> withText(List<Source> sources, List<Passage> passages) {
        Map<String, Source> byId = new HashMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        List<Passage> out = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            String text = byId.get(p.sourceId()).text().substring(p.start(), p.end());
            out.add(new Passage(p.id(), p.sourceId(), p.ordinal(), p.kind(), p.section(), p.start(), p.end(), text));
        }
        return out;
    }
}
