package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.filmlens.corpus.Arc;
import org.filmlens.corpus.ArcStage;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;
import org.filmlens.corpus.SceneLink;

/**
 * Builds one character's arc: one stage per scene they are in, in film order, with their lines there, the passages
 * linked to that scene that mention them (surest first), and who else is in the scene. "In the scene" is the
 * scene's own cast, so a passage that names them only about another scene does not open a stage here.
 */
public final class ArcBuilder {
    /**
     * From the three parts of the analysis an arc is made of, not the whole: the window shows arcs once those are
     * read, before the ending's (or when it cannot be read).
     *
     * @param characterName a character's name or alias, any case
     */
    public Optional<Arc> build(String characterName, List<FilmCharacter> cast, List<Quote> quotes, List<Scene> scenes) {
        Optional<FilmCharacter> found = cast.stream().filter(c -> matches(c, characterName))
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FilmCharacter c = found.get();
        Set<String> mentionedIn = new HashSet<>();
        for (Mention m : c.mentions()) {
            mentionedIn.add(m.passageId());
        }
        Set<String> lines = new HashSet<>(c.quoteIds());
        Map<String, List<String>> quotedIn = new HashMap<>();
        for (Quote q : quotes) {
            if (lines.contains(q.id())) {
                q.occurrences().forEach(o -> quotedIn.computeIfAbsent(q.id(), k -> new ArrayList<>()).add(o.passageId()));
            }
        }
        List<ArcStage> stages = new ArrayList<>();
        List<Scene> inOrder = new ArrayList<>(scenes);
        inOrder.sort(java.util.Comparator.comparingInt(Scene::order));
        for (Scene s : inOrder) {
            if (!s.characters().contains(c.name())) {
                continue; // mentioned in a passage of this scene, but about another scene
            }
            List<String> theirLines = s.quotes().stream().map(SceneLink::targetId).filter(lines::contains).toList();
            // A passage that is one of their lines shows as the line, not again as something said about them.
            Set<String> shownAsLines = new HashSet<>();
            theirLines.forEach(q -> shownAsLines.addAll(quotedIn.getOrDefault(q, List.of())));
            List<String> passages = s.passages().stream().map(SceneLink::targetId).filter(mentionedIn::contains)
                    .filter(p -> !shownAsLines.contains(p)).toList();
            if (theirLines.isEmpty() && passages.isEmpty()) {
                continue;
            }
            List<String> others = s.characters().stream().filter(n -> !n.equals(c.name())).toList();
            stages.add(new ArcStage(s.title(), s.id(), passages, theirLines, others));
        }
        return Optional.of(new Arc(c.name(), c.actor(), c.mentions(), c.quoteIds(), stages));
    }

    private static boolean matches(FilmCharacter c, String name) {
        String wanted = name.trim();
        return c.name().equalsIgnoreCase(wanted) || c.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(wanted));
    }
}
