package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;

/**
 * Finds references to characters, not every token equal to a name. A name is not a mention when it is part of
 * another person's name ("Samantha Morton", "Amy Adams": the actor, not the character), the film's title, a date
 * ("in June"), or the title of a work ("the song Samantha"). Descriptions ("the OS") count only in a
 * passage that also names their character, since elsewhere they may mean someone else. A speaker label on a
 * quotes page is a mention: it names the character, and per-source counts should show who a page is about.
 */
final class MentionFinder {
    enum Kind { NAME, FULL_NAME, DESCRIPTION }

    /** One way of referring to a character. */
    record Form(String text, String character, Kind kind) {}

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> DATE_WORDS = Set.of("in", "since", "until", "till", "by", "early", "late", "mid",
            "last", "next", "this", "every", "of", "during", "through", "from");
    private static final Set<String> TITLE_WORDS = Set.of("song", "track", "single", "album", "ballad", "tune",
            "record", "titled", "entitled", "book", "novel", "poem", "film", "movie", "show", "series", "hit");
    private static final Set<String> OTHER_PEOPLE_ROLES = Set.of("actress", "actor", "singer", "rapper", "band",
            "musician", "songwriter", "director", "author", "writer", "critic", "filmmaker", "star", "co-star",
            "novelist", "poet", "comedian", "host");
    private static final Pattern DATE_AFTER = Pattern.compile(",? \\d");
    private static final Pattern WORD_AFTER = Pattern.compile("^ (" + NameShapes.WORD + ")");

    private final Corpus corpus;
    private final WordStats words;
    private final SpeakerLabels labels;
    private final String filmTitle;

    MentionFinder(Corpus corpus, WordStats words, SpeakerLabels labels) {
        this.corpus = corpus;
        this.words = words;
        this.labels = labels;
        this.filmTitle = corpus.film() == null || corpus.film().title() == null ? ""
                : corpus.film().title().trim().toLowerCase(Locale.ROOT);
    }

    /** Mentions per character, in corpus order; a span is claimed by the longest form that fits it. */
    Map<String, List<Mention>> find(List<Form> given) {
        List<Form> forms = withLowercaseNames(given);
        Map<String, List<Mention>> out = new LinkedHashMap<>();
        given.forEach(f -> out.putIfAbsent(f.character(), new ArrayList<>()));
        if (forms.isEmpty()) {
            return out;
        }
        Map<String, Form> byText = new HashMap<>();
        forms.stream().sorted(Comparator.comparingInt((Form f) -> -f.text().length()))
                .forEach(f -> byText.putIfAbsent(f.text(), f));
        FormMatcher matcher = new FormMatcher(byText.keySet());
        List<String> names = byText.values().stream().filter(f -> f.kind() != Kind.DESCRIPTION).map(Form::text)
                .toList();
        FormMatcher nameMatcher = names.isEmpty() ? null : new FormMatcher(names);
        Set<String> fullNames = forms.stream().filter(f -> f.kind() == Kind.FULL_NAME).map(Form::text)
                .collect(Collectors.toSet());
        List<Passage> passages = corpus.passages();
        // Passages are searched on all cores; each character's mentions are joined in corpus order.
        for (List<Named> named : InOrder.chunks(passages.size(), (from, to) -> {
            List<Named> part = new ArrayList<>();
            passages.subList(from, to).forEach(p -> mentionsIn(p, byText, matcher, nameMatcher, fullNames, part));
            return part;
        })) {
            named.forEach(n -> out.computeIfAbsent(n.character(), k -> new ArrayList<>()).add(n.mention()));
        }
        return out;
    }

    /** A mention and the character it refers to. */
    private record Named(String character, Mention mention) {}

    /** The mentions in one passage, in text order, each with its character. */
    private void mentionsIn(Passage p, Map<String, Form> byText, FormMatcher matcher, FormMatcher nameMatcher,
                            Set<String> fullNames, List<Named> sink) {
        List<Mention> found = new ArrayList<>();
        List<String> who = new ArrayList<>();
        List<Form> how = new ArrayList<>();
        char[] chars = p.text().toCharArray(); // read as a char[], see FormMatcher.find
        matcher.find(chars, (text, start, end) -> {
            Form f = byText.get(text);
            if (f != null && isReference(p, chars, start, end, f, fullNames)) {
                found.add(new Mention(p.sourceId(), p.id(), p.start() + start, p.start() + end));
                who.add(f.character());
                how.add(f);
                if (f.kind() == Kind.DESCRIPTION && nameMatcher != null) {
                    // "Mara's sister" means June and names Mara too
                    nameMatcher.find(text, (name, innerStart, innerEnd) -> {
                        Form n = byText.get(name);
                        if (n != null && !n.character().equals(f.character())) {
                            found.add(new Mention(p.sourceId(), p.id(), p.start() + start + innerStart,
                                    p.start() + start + innerEnd));
                            who.add(n.character());
                            how.add(n);
                        }
                    });
                }
            }
        });
        for (int i = 0; i < found.size(); i++) {
            Form f = how.get(i);
            // A description counts only beside its character's name in the same passage.
            if (f.kind() == Kind.DESCRIPTION && !namedIn(who, how, f.character())) {
                continue;
            }
            sink.add(new Named(who.get(i), found.get(i)));
        }
    }

    private static boolean namedIn(List<String> who, List<Form> how, String character) {
        for (int i = 0; i < who.size(); i++) {
            if (who.get(i).equals(character) && how.get(i).kind() != Kind.DESCRIPTION) {
                return true;
            }
        }
        return false;
    }

    private List<Form> withLowercaseNames(List<Form> given) {
        List<Form> forms = new ArrayList<>(given);
        for (Form f : given) {
            if (f.kind() == Kind.DESCRIPTION && Character.isLowerCase(f.text().charAt(0))) {
                // "the keeper" opens sentences and headings too
                forms.add(new Form(Character.toUpperCase(f.text().charAt(0)) + f.text().substring(1), f.character(),
                        Kind.DESCRIPTION));
            }
            String lower = f.text().toLowerCase(Locale.ROOT);
            if (f.kind() == Kind.NAME && !f.text().contains(" ") && !lower.equals(f.text())
                    && words.lowercaseIsName(f.text())) {
                forms.add(new Form(lower, f.character(), Kind.NAME));
            }
        }
        return forms;
    }

    private boolean isReference(Passage p, char[] chars, int start, int end, Form f, Set<String> fullNames) {
        String text = p.text();
        if (labels.isLabel(p.sourceId(), p.start() + start)) {
            return true; // a speaker label names who speaks: the plainest reference there is
        }
        if (f.kind() == Kind.DESCRIPTION) {
            return true;
        }
        String form = f.text();
        if (form.toLowerCase(Locale.ROOT).equals(filmTitle) && p.kind() != PassageKind.DIALOGUE) {
            return false; // a character named like the film: the prose means the film
        }
        // WORD_AFTER needs a space and then a capital (or a surrogate, whose letter the regex reads): tried only then
        Matcher after = followedByCapital(text, end)
                ? WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))) : null;
        if (after != null && after.find()) {
            String next = after.group(1);
            if (words.isProper(next) && !NameShapes.isFunctionWord(next) && !fullNames.contains(form + " " + next)) {
                return false; // part of another person's full name, e.g. an actress sharing the first name
            }
        }
        boolean month = MONTHS.contains(form.toLowerCase(Locale.ROOT));
        boolean possessive = end + 1 < text.length() && NameShapes.isApostrophe(text.charAt(end))
                && text.charAt(end + 1) == 's';
        if (month && DATE_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        int window = Math.max(0, start - 40);
        WordBefore.Found before = WordBefore.find(chars, window, start);
        if (before != null) {
            String prev = text.substring(before.start(), before.end());
            String prevLower = prev.toLowerCase(Locale.ROOT);
            boolean sentenceStart = before.afterSign() || before.start() == window && start <= 40;
            if (!sentenceStart && f.kind() == Kind.NAME && words.isProper(prev) && !NameShapes.isFunctionWord(prev)
                    && !prev.endsWith("’s") && !prev.endsWith("'s")) {
                return false; // the surname half of someone else's name
            }
            if (month && !possessive && DATE_WORDS.contains(prevLower)) {
                return false;
            }
            if (TITLE_WORDS.contains(prevLower) || OTHER_PEOPLE_ROLES.contains(prevLower)) {
                return false;
            }
        }
        return true;
    }

    private static boolean followedByCapital(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' '
                && (Character.isUpperCase(text.charAt(end + 1)) || Character.isSurrogate(text.charAt(end + 1)));
    }
}
