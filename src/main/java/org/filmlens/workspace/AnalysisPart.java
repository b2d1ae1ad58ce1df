package org.filmlens.workspace;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.EndingQuestion;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Scene;

/**
 * The analysis's parts, in the order analysis.json holds them (format 3 gives each one's byte range): each can be
 * read alone, and a workspace opened corpus first has each in memory as soon as it is read
 * ({@link Workspace#partRead}).
 */
public enum AnalysisPart {
    QUOTES("quotes", new TypeReference<List<Quote>>() {}),
    CHARACTERS("characters", new TypeReference<List<FilmCharacter>>() {}),
    SCENES("scenes", new TypeReference<List<Scene>>() {}),
    ENDING("ending", new TypeReference<List<EndingQuestion>>() {});

    final String field;
    final TypeReference<? extends List<?>> type;

    AnalysisPart(String field, TypeReference<? extends List<?>> type) {
        this.field = field;
        this.type = type;
    }

    List<?> of(Analysis a) {
        return switch (this) {
            case QUOTES -> a.quotes();
            case CHARACTERS -> a.characters();
            case SCENES -> a.scenes();
            case ENDING -> a.ending();
        };
    }
}
