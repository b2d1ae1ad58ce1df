package org.filmlens.ui.quotebrowser;

import java.util.List;
import java.util.StringJoiner;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Source;

/** A quote as a user pastes it into an essay: the line, who says it, the film, and where it is quoted. */
final class Citation {
    private Citation() {}

    static String format(Quote quote, Film film, List<Source> sources) {
        StringBuilder out = new StringBuilder();
        out.append('“').append(quote.text().strip()).append('”');
        out.append(" — ");
        if (quote.speaker() != null && !quote.speaker().isBlank()) {
            out.append(quote.speaker()).append(", ");
        }
        out.append(filmLabel(film));
        if (!sources.isEmpty()) {
            StringJoiner where = new StringJoiner("; ", "\nQuoted in: ", ".");
            for (Source s : sources) {
                where.add(sourceLabel(s));
            }
            out.append(where);
        }
        return out.toString();
    }

    static String filmLabel(Film film) {
        StringJoiner detail = new StringJoiner(", ", " (", ")").setEmptyValue("");
        if (film.year() != null) {
            detail.add(String.valueOf(film.year()));
        }
        if (film.director() != null && !film.director().isBlank()) {
            detail.add("dir. " + film.director());
        }
        return film.title() + detail;
    }

    private static String sourceLabel(Source s) {
        boolean hasTitle = s.title() != null && !s.title().isBlank();
        boolean hasSite = s.site() != null && !s.site().isBlank();
        if (hasTitle && hasSite) {
            return s.title() + " (" + s.site() + ")";
        }
        if (hasTitle || hasSite) {
            return hasTitle ? s.title() : s.site();
        }
        return s.url() != null ? s.url() : s.id();
    }
}
