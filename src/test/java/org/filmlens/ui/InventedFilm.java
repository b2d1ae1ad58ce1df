package org.filmlens.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.EndingAnswer;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.QuoteOccurrence;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.SceneLink;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;
import org.filmlens.corpus.Stance;
import org.filmlens.storage.VersionedJson;
import org.filmlens.workspace.DamagedParts;
import org.filmlens.workspace.Workspace;

/**
 * A small invented film's workspace, written as the files a Workspace reads (corpus.json, analysis.json), so that
 * the window's view models can be tested with known data whatever the services derive. Every offset is computed,
 * so {@code source.text().substring(start, end)} equals each passage's and occurrence's text.
 */
public final class InventedFilm {
    public static final Film FILM = new Film("Tidewater", 2021, "Ana Ruiz");
    public static final String LINE_SEA = "The sea keeps what you give it.";
    public static final String LINE_LIGHT = "Leave the light on for me.";

    public final List<Source> sources = new ArrayList<>();
    public final List<Passage> passages = new ArrayList<>();

    private InventedFilm() {}

    /** Writes the workspace into {@code dir} and returns what was written. */
    public static InventedFilm writeTo(Path dir) throws Exception {
        InventedFilm f = new InventedFilm();
        f.source("harbor-review", "Tidewater ending explained", "Harbor Review", SourceKind.ARTICLE,
                List.of("Tidewater ending explained",
                        "Mara rows out at dawn while Jonah watches from the lighthouse.",
                        "When Mara says \"" + LINE_SEA + "\" she is letting her brother go; the ending is hopeful.",
                        "The last shot shows the lamp still burning."));
        f.source("coast-weekly", "What the lamp means", "Coast Weekly", SourceKind.ARTICLE,
                List.of("What the lamp means",
                        "Jonah asks her to \"" + LINE_LIGHT + "\" and she never comes back, a bleak farewell.",
                        "The sea took both of them, in our reading."));
        f.source("film-lines", "Tidewater quotes", "Film Lines", SourceKind.QUOTES,
                List.of("Mara : " + LINE_SEA, "Jonah : " + LINE_LIGHT));
        f.source("quiet-blog", "Ten quiet films", "Quiet Blog", SourceKind.LISTING,
                List.of("Ten quiet films", "Tidewater is slow and grey, and worth it."));

        Quote sea = f.quote("q-sea", LINE_SEA, "Mara", "film-lines", "harbor-review");
        Quote light = f.quote("q-light", LINE_LIGHT, "Jonah", "film-lines", "coast-weekly");
        List<FilmCharacter> cast = List.of(
                new FilmCharacter("Mara", "Lena Holt", List.of("Mara Vance"), f.mentions("Mara"), List.of("q-sea")),
                new FilmCharacter("Jonah", "Tom Price", List.of(), f.mentions("Jonah"), List.of("q-light")));
        List<Scene> scenes = List.of(
                new Scene("s1", 1, "The storm", List.of("Mara", "Jonah"), List.of(), List.of()),
                new Scene("s2", 2, "Dawn departure", List.of("Mara"),
                        List.of(new SceneLink(f.passageId("harbor-review", 1), 0.9, "cue: at dawn")),
                        List.of(new SceneLink("q-sea", 1.0, "quote match"))),
                new Scene("s3", 3, "The lamp", List.of("Jonah"),
                        List.of(new SceneLink(f.passageId("harbor-review", 3), 0.8, "cue: last shot")),
                        List.of(new SceneLink("q-light", 1.0, "quote match"))));
        List<EndingQuestion> ending = List.of(
                new EndingQuestion("e-return", "Does Mara come back?", List.of(
                        f.answer("harbor-review", 2, Stance.HOPEFUL),
                        f.answer("coast-weekly", 1, Stance.BLEAK))),
                new EndingQuestion("e-lamp", "What does the lamp mean?", List.of(
                        f.answer("harbor-review", 3, Stance.AMBIGUOUS))));
        Analysis analysis = new Analysis(List.of(sea, light), cast, scenes, ending);

        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("formatVersion", 1);
        corpus.put("generation", "invented-1");
        corpus.put("film", FILM);
        corpus.put("sources", f.sources);
        corpus.put("passages", f.passages);
        VersionedJson.write(dir.resolve("corpus.json"), corpus);
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("formatVersion", 1);
        stored.put("generation", "invented-1");
        stored.put("analysis", analysis);
        VersionedJson.write(dir.resolve("analysis.json"), stored);
        return f;
    }


    private void source(String id, String title, String site, SourceKind kind, List<String> paragraphs) {
        StringBuilder text = new StringBuilder();
        int ordinal = 0;
        for (String p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(p);
            PassageKind pk = ordinal == 0 && kind != SourceKind.QUOTES ? PassageKind.HEADING
                    : kind == SourceKind.QUOTES ? PassageKind.DIALOGUE : PassageKind.PARAGRAPH;
            passages.add(new Passage(id + "#" + ordinal, id, ordinal, pk, null, start, text.length(), p));
            ordinal++;
        }
        sources.add(new Source(id, title, site, null, "https://" + site.toLowerCase().replace(' ', '-') + ".example/"
                + id, kind, text.toString()));
    }

    public String passageId(String sourceId, int ordinal) {
        return sourceId + "#" + ordinal;
    }

    public Source sourceById(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    public Passage passage(String sourceId, int ordinal) {
        return passages.stream().filter(p -> p.id().equals(passageId(sourceId, ordinal))).findFirst().orElseThrow();
    }

    /** A quote with an occurrence in each given source; sources in corpus order, as Quote promises. */
    private Quote quote(String id, String line, String speaker, String... quotedIn) {
        List<String> sourceIds = sources.stream().map(Source::id).filter(List.of(quotedIn)::contains).toList();
        List<QuoteOccurrence> occ = new ArrayList<>();
        for (String sid : sourceIds) {
            String text = sourceById(sid).text();
            int start = text.indexOf(line);
            Passage holder = passages.stream().filter(p -> p.sourceId().equals(sid) && p.start() <= start
                    && p.end() >= start + line.length()).findFirst().orElseThrow();
            occ.add(new QuoteOccurrence(sid, holder.id(), start, start + line.length(), line,
                    sid.equals("film-lines") ? speaker : null));
        }
        return new Quote(id, line, speaker, sourceIds, occ);
    }

    private List<Mention> mentions(String name) {
        List<Mention> out = new ArrayList<>();
        for (Passage p : passages) {
            int i = p.text().indexOf(name);
            while (i >= 0) {
                out.add(new Mention(p.sourceId(), p.id(), p.start() + i, p.start() + i + name.length()));
                i = p.text().indexOf(name, i + 1);
            }
        }
        return out;
    }

    /**
     * Has the workspace written in {@code dir} save its analysis.json in parts (a first open saves format 1 so), then
     * damages the scenes' part and the scene list: the other parts read well, but the analysis can be neither read
     * whole nor derived again.
     */
    public static void damageScenesPart(Path dir) throws Exception {
        Workspace.open(dir).close();
        DamagedParts.beyondRepair(dir, "scenes");
    }

    private EndingAnswer answer(String sourceId, int ordinal, Stance stance) {
        Passage p = passage(sourceId, ordinal);
        return new EndingAnswer(sourceId, List.of(p.id()), p.text(), stance);
    }
}
