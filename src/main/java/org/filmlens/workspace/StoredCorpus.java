package org.filmlens.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Source;

/**
 * corpus.json in formats 1 and 2, whose passages are objects of named fields, bound by the plain mapper; the current
 * format is {@link CorpusFile}'s. {@code generation} changes with every ingest; the analysis file and the index
 * record the generation they were built from, so a crash between writing them is detected and repaired. Since
 * version 2 a passage is stored without its text, which is its source's text between {@code start} and {@code end}:
 * the file held every passage's text twice. Read back, the text is cut from the source again.
 */
record StoredCorpus(int formatVersion, String generation, Film film, List<Source> sources,
                    @JsonIgnoreProperties("text") List<Passage> passages) {
    static final int VERSION = 2;

    /** Version 1 stored each passage's text as well; dropping it reads the rest as version 2. */
    static final Map<Integer, UnaryOperator<ObjectNode>> MIGRATIONS = Map.of(1, StoredCorpus::withoutPassageText);

    StoredCorpus {
        passages = withText(sources, passages);
    }

    private static ObjectNode withoutPassageText(ObjectNode doc) {
        doc.path("passages").forEach(p -> {
            if (p instanceof ObjectNode passage) {
                passage.remove("text");
            }
        });
        return doc;
    }

    /** Passages read without their text get it from their source; the source's id and equal sections are shared. */
    private static List<Passage> withText(List<Source> sources, List<Passage> passages) {
        if (passages == null || passages.stream().allMatch(p -> p.text() != null)) {
            return passages;
        }
        Map<String, Source> byId = new HashMap<>();
        for (Source s : sources == null ? List.<Source>of() : sources) {
            byId.put(s.id(), s);
        }
        Map<String, String> sections = new HashMap<>();
        List<Passage> out = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            out.add(p.text() != null ? p : cut(p, byId.get(p.sourceId()), sections));
        }
        return out;
    }

    private static Passage cut(Passage p, Source source, Map<String, String> sections) {
        if (source == null || source.text() == null) {
            throw new IllegalArgumentException("passage " + p.id() + " names no stored source (" + p.sourceId() + ")");
        }
        if (p.start() < 0 || p.start() > p.end() || p.end() > source.text().length()) {
            throw new IllegalArgumentException("passage " + p.id() + " lies outside its source's text");
        }
        String section = p.section() == null ? null : sections.computeIfAbsent(p.section(), s -> s);
        return new Passage(p.id(), source.id(), p.ordinal(), p.kind(), section, p.start(), p.end(),
                source.text().substring(p.start(), p.end()));
    }
}
