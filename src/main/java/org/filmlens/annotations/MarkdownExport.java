package org.filmlens.annotations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filmlens.corpus.Analysis;
import org.filmlens.corpus.Annotation;
import org.filmlens.corpus.AnnotationTarget;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Source;

/**
 * Annotations as Markdown for an essay: grouped by source in corpus order, each annotated text quoted as a
 * blockquote, the note and the tags below it. Quotes without a span, scenes, ending questions and unplaced
 * annotations follow in their own sections.
 */
public final class MarkdownExport {
    private final Corpus corpus;
    private final Analysis analysis;
    /** The quotes by id, made at the first quote annotation without text (one pass, not one per annotation). */
    private Map<String, Quote> quotesById;

    public MarkdownExport(Corpus corpus, Analysis analysis) {
        this.corpus = corpus;
        this.analysis = analysis;
    }

    public String render(List<Annotation> annotations) {
        Map<String, List<Annotation>> bySource = new LinkedHashMap<>();
        corpus.sources().forEach(s -> bySource.put(s.id(), new ArrayList<>()));
        List<Annotation> others = new ArrayList<>();
        List<Annotation> unplaced = new ArrayList<>();
        for (Annotation a : annotations) {
            AnnotationTarget t = a.target();
            if (a.unplaced()) {
                unplaced.add(a);
            } else if (t.hasSpan() && bySource.containsKey(t.sourceId())) {
                bySource.get(t.sourceId()).add(a);
            } else {
                others.add(a);
            }
        }
        StringBuilder md = new StringBuilder("# Annotations: ").append(corpus.film().title()).append("\n");
        for (Map.Entry<String, List<Annotation>> e : bySource.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Source s = corpus.source(e.getKey()).orElseThrow();
            md.append("\n## ").append(literal(heading(s))).append("\n");
            if (s.url() != null && !s.url().isBlank()) {
                md.append("\n<").append(s.url().strip()).append(">\n");
            }
            e.getValue().stream().sorted((x, y) -> Integer.compare(x.target().start(), y.target().start()))
                    .forEach(a -> entry(md, a));
        }
        if (!others.isEmpty()) {
            md.append("\n## Quotes, scenes and ending questions\n");
            others.forEach(a -> entry(md, a));
        }
        if (!unplaced.isEmpty()) {
            md.append("\n## Unplaced (their text was not found in the current sources)\n");
            unplaced.forEach(a -> entry(md, a));
        }
        return md.toString();
    }

    private static String heading(Source s) {
        String title = s.title() == null || s.title().isBlank() ? s.id() : s.title().strip();
        return s.site() == null || s.site().isBlank() ? title : title + " (" + s.site().strip() + ")";
    }

    private void entry(StringBuilder md, Annotation a) {
        md.append('\n');
        String quoted = quotedText(a);
        if (quoted != null) {
            for (String line : quoted.strip().split("\\R", -1)) {
                md.append(line.isBlank() ? ">" : "> " + literal(line)).append('\n');
            }
            md.append('\n');
        }
        if (a.textChanged()) {
            md.append("*The text has changed since it was annotated, which read:* ")
                    .append(literal(a.annotatedText().strip().replaceAll("\\s+", " "))).append("\n\n");
        }
        if (!a.note().isBlank()) {
            // the user's line breaks kept as hard breaks, and their text never read as headings, lists or HTML
            md.append(String.join("  \n", a.note().strip().lines().map(MarkdownExport::literal).toList()))
                    .append("\n\n");
        }
        List<String> meta = new ArrayList<>();
        if (!a.tags().isEmpty()) {
            meta.add("Tags: " + String.join(", ", a.tags().stream().map(t -> "`" + t + "`").toList()));
        }
        if (a.stance() != null) {
            meta.add("Stance: " + a.stance().label());
        }
        if (!meta.isEmpty()) {
            md.append('*').append(String.join(" · ", meta)).append("*\n");
        }
    }

    /**
     * One line of the user's (or a page's) text as Markdown that shows it as written: a mark that would start a
     * heading, quote, list, rule or code block at the line's start is escaped with a backslash, and so is every
     * "<", which would open HTML.
     */
    private static final java.util.regex.Pattern LIST_NUMBER = java.util.regex.Pattern.compile("(\\d+)[.)](?:\\s|$)");

    static String literal(String line) {
        String text = line.replace("<", "\\<");
        String lead = text.stripLeading();
        String indent = text.substring(0, text.length() - lead.length());
        java.util.regex.Matcher number = LIST_NUMBER.matcher(lead);
        if (number.lookingAt()) { // "1. " starts a list; "1\. " does not (a backslash before a digit shows as is)
            return indent + number.group(1) + "\\" + lead.substring(number.group(1).length());
        }
        boolean block = !lead.isEmpty() && "#>-+*=|`~".indexOf(lead.charAt(0)) >= 0;
        return block ? indent + "\\" + lead : text;
    }

    /** The annotated text, or for scenes and questions what they are about. */
    private String quotedText(Annotation a) {
        AnnotationTarget t = a.target();
        if (t.exact() != null && !t.exact().isBlank()) {
            return t.exact();
        }
        return switch (t.type()) {
            case QUOTE -> Optional.ofNullable(quotesById().get(t.refId())).map(Quote::text)
                    .orElse("Quote " + t.refId());
            case SCENE -> analysis.scenes().stream().filter(s -> s.id().equals(t.refId())).findFirst()
                    .map(s -> "Scene: " + s.title()).orElse("Scene " + t.refId());
            case ENDING_QUESTION -> analysis.ending().stream().filter(q -> q.id().equals(t.refId())).findFirst()
                    .map(q -> "Ending: " + q.question()).orElse("Ending question " + t.refId());
            case PASSAGE_SPAN -> null;
        };
    }

    private Map<String, Quote> quotesById() {
        if (quotesById == null) {
            quotesById = new HashMap<>();
            analysis.quotes().forEach(q -> quotesById.putIfAbsent(q.id(), q));
        }
        return quotesById;
    }
}
