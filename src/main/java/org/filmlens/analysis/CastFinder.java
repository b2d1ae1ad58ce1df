package org.filmlens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmlens.analysis.CastDraft.Candidate;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.FilmCharacter;
import org.filmlens.corpus.Mention;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.Quote;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.text.LabelForms;
import org.filmlens.corpus.text.NameParticles;
import org.filmlens.corpus.text.PersonTitles;
import org.filmlens.corpus.text.RegexSpace;

/**
 * Finds the film's characters, their actors, aliases and mentions.
 *
 * <p>A character is someone who speaks a labelled line, or someone the prose says an actor plays. Real people are
 * never characters: the director, the sources' authors, and every actor. A character the prose alone introduces
 * must keep an actor: when two characters claim one actor ("Charlotte (played by Scarlett Johansson)" in a
 * paragraph about another film) the better-attested one keeps the actor and the other is dropped unless it speaks.
 * Characters are ordered by importance: mentions plus lines.
 */
public final class CastFinder {
    private static final Pattern NAME_WORD = Pattern.compile(NameShapes.WORD);
    /** A word (a possible first name) not glued to letters before it, a space, and a capitalised word. */
    static final Pattern WORD_AND_NEXT = Pattern.compile("(?<![\\p{L}])([\\p{L}\\p{N}]\\S*) ("
            + NameShapes.WORD + ")");

    public List<FilmCharacter> find(Corpus corpus, List<Quote> quotes) {
        WordStats words = new WordStats(corpus);
        SpeakerLabels labels = new SpeakerLabels(corpus, quotes);
        CastDraft cast = new CastDraft();
        Map<String, String> labelToName = new LinkedHashMap<>();
        groupLabels(labels.lines(), cast, labelToName);

        Set<String> known = new LinkedHashSet<>(labelToName.keySet());
        known.addAll(cast.byName.keySet());
        CastEvidence evidence = new CastEvidence(corpus, known);
        People people = new People(realPeople(corpus, evidence));
        cast.byName.keySet().removeIf(people::has);

        for (CastEvidence.Claim c : evidence.claims()) {
            // Both names must be names: words this corpus never writes in lower case ("Operating System" is not).
            // A speaker's name may also be a word ("Grace Halloran" where "Grace:" labels lines).
            if (!actorShaped(c.actor(), words) || !known.contains(c.name())
                    && !speakerOrProper(PersonTitles.withoutTitle(c.name()), known, words)) {
                continue;
            }
            Candidate who = resolve(c.name(), cast, people, true);
            if (who != null) {
                who.actorVotes.merge(c.actor(), c.weight(), Double::sum);
            }
        }
        for (String[] sc : evidence.surnameCharacters()) {
            String actor = people.bySurname.get(sc[0]);
            Candidate who = sc[1] == null ? null : resolve(sc[1], cast, people, actor != null);
            if (who != null && actor != null) {
                who.actorVotes.merge(actor, 1.0, Double::sum);
                cast.addAlias(who, "the " + sc[0] + " character");
            }
        }
        for (String[] sc : evidence.surnameClaims()) {
            Candidate who = cast.get(sc[1]);
            String actor = people.fullNameBySurname.get(sc[0]);
            if (who != null && actor != null) {
                who.actorVotes.merge(actor, 1.0, Double::sum);
            }
        }
        assignActors(cast.byName);
        cast.byName.values().removeIf(c -> c.lines == 0 && c.actor == null);
        String title = corpus.film() == null || corpus.film().title() == null ? "" : corpus.film().title();
        cast.byName.values().removeIf(c -> c.lines == 0 && c.name.equalsIgnoreCase(title));
        addFullNames(corpus, words, cast, people);
        AliasFinder.find(corpus, name -> {
            Candidate c = resolve(name, cast, people, false);
            return c == null ? null : c.name;
        }).forEach((name, descriptions) -> descriptions.forEach(d -> cast.addAlias(cast.get(name), d)));
        addNicknames(corpus, cast, people);
        mergeNamesOfOthers(cast, labelToName);
        mergeSurnames(cast, labelToName);

        List<MentionFinder.Form> forms = new ArrayList<>();
        for (Candidate c : cast.byName.values()) {
            forms.add(new MentionFinder.Form(c.name, c.name, MentionFinder.Kind.NAME));
            for (String a : c.aliases()) {
                boolean fullName = !a.isEmpty() && Character.isUpperCase(a.charAt(0)) && !a.contains("’s ")
                        && !a.contains("'s ") || a.endsWith(" character");
                forms.add(new MentionFinder.Form(a, c.name, fullName ? MentionFinder.Kind.FULL_NAME
                        : MentionFinder.Kind.DESCRIPTION));
            }
        }
        Map<String, List<Mention>> mentions = new MentionFinder(corpus, words, labels).find(forms);
        Map<String, List<String>> quoteIds = quotesBySpeaker(quotes, cast.byName, labelToName);

        List<FilmCharacter> out = new ArrayList<>();
        for (Candidate c : cast.byName.values()) {
            List<String> qs = quoteIds.getOrDefault(c.name, List.of());
            out.add(new FilmCharacter(c.name, c.actor, List.copyOf(c.aliases()),
                    List.copyOf(mentions.getOrDefault(c.name, List.of())), List.copyOf(qs)));
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        cast.byName.values().forEach(c -> lines.put(c.name, c.lines));
        out.sort(Comparator.comparingInt((FilmCharacter c) -> -(c.mentions().size()
                + Math.max(c.quoteIds().size(), lines.get(c.name())))).thenComparing(FilmCharacter::name));
        return out;
    }

    /**
     * "Theodore Twombly" speaks as Theodore when "Theodore" is also a label: the short form is the name. "Danny P."
     * speaks as the "Danny Pruitt" another label names.
     */
    private static void groupLabels(Map<String, Integer> lines, CastDraft cast, Map<String, String> labelToName) {
        Set<String> single = new LinkedHashSet<>();
        lines.keySet().stream().filter(l -> !l.contains(" ")).forEach(single::add);
        Map<String, Integer> untitledForms = new HashMap<>(); // "Smith" of both "Mr. Smith" and "Mrs. Smith"
        lines.keySet().forEach(l -> untitledForms.merge(PersonTitles.withoutTitle(l), 1, Integer::sum));
        for (Map.Entry<String, Integer> e : lines.entrySet()) {
            String label = e.getKey();
            String full = LabelForms.fullNameOfInitial(label, lines.keySet());
            String name = LabelForms.speaksAs(full != null ? full : label, single::contains);
            Candidate c = cast.add(name);
            c.lines += e.getValue();
            if (!name.equals(label)) {
                cast.addAlias(c, label);
            }
            String untitled = PersonTitles.withoutTitle(label);
            // (a title that is itself a speaker's label, "Lady" beside "Lady Books", is that speaker's name)
            if (!untitled.equals(label) && !untitled.equals(name) && !single.contains(NameShapes.firstWord(label))
                    && untitledForms.get(untitled) == 1) {
                cast.addAlias(c, untitled); // "Ruiz" for "Detective Ruiz", "Helen Marsh" for "Dr. Helen Marsh"
            }
            labelToName.put(label, name);
        }
    }

    /**
     * An actor's name: capitalised words, the surname proper; a first name may be a word as well ("Will Harrow",
     * "Grace Park").
     */
    private static boolean actorShaped(String actor, WordStats words) {
        int space = actor.indexOf(' ');
        return allProper(actor, words) || space > 0 && Character.isUpperCase(actor.charAt(0))
                && !NameShapes.isFunctionWord(actor.substring(0, space)) // "Then Joaquin Phoenix plays…"
                && allProper(actor.substring(space + 1), words);
    }

    /** Every word proper, or the first a speaker's label and the rest proper. */
    private static boolean speakerOrProper(String name, Set<String> known, WordStats words) {
        int space = name.indexOf(' ');
        return allProper(name, words)
                || space > 0 && known.contains(name.substring(0, space)) && allProper(name.substring(space + 1), words);
    }

    /** Every word proper but a name's particles ("de" in "Ana de Armas"; "d’" before "Aubigné"). */
    private static boolean allProper(String name, WordStats words) {
        for (String w : name.split("[ -]")) {
            String word = NameParticles.elided(w);
            if (!word.isEmpty() && !NameParticles.is(word) && !words.isProper(word) && !word.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> realPeople(Corpus corpus, CastEvidence evidence) {
        Set<String> people = new LinkedHashSet<>(evidence.castListActors());
        evidence.claims().stream().filter(c -> NameShapes.isPerson(c.actor())).forEach(c -> people.add(c.actor()));
        if (corpus.film() != null && corpus.film().director() != null) {
            people.add(corpus.film().director());
        }
        for (Source s : corpus.sources()) {
            if (s.author() != null && !s.author().isBlank()) {
                people.add(s.author().trim());
            }
        }
        return people;
    }

    /** Real people, looked up without a scan: a name in any case, and the first person with a surname. */
    private static final class People {
        final Set<String> all;
        private final Set<String> ignoringCase = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        final Map<String, String> bySurname = new HashMap<>();
        /** Only people written with at least two words. */
        final Map<String, String> fullNameBySurname = new HashMap<>();

        People(Set<String> all) {
            this.all = all;
            ignoringCase.addAll(all);
            for (String p : all) {
                bySurname.putIfAbsent(NameShapes.surname(p), p);
                if (p.contains(" ")) {
                    fullNameBySurname.putIfAbsent(NameShapes.surname(p), p);
                }
            }
        }

        boolean has(String name) {
            return ignoringCase.contains(name);
        }
    }

    /** The candidate a name refers to; a new prose-only candidate when allowed and the name is nobody known. */
    private static Candidate resolve(String name, CastDraft cast, People people, boolean create) {
        if (people.has(name)) {
            return null;
        }
        Candidate known = cast.answeringTo(name);
        if (known != null) {
            return known;
        }
        Candidate byForm = byNameForm(name, cast);
        if (byForm != null) {
            if (create) {
                cast.addAlias(byForm, name); // a credit's full name ("Theodore Twombly") is the character's
            }
            return byForm;
        }
        String first = NameShapes.firstWord(PersonTitles.withoutTitle(name));
        if (!create) {
            return null;
        }
        Candidate c = cast.add(name.contains(" ") ? first : name);
        if (name.contains(" ")) {
            cast.addAlias(c, name);
            String bare = PersonTitles.withoutTitle(name);
            int space = bare.indexOf(' ');
            if (!bare.equals(name) && space > 0) { // "Mme. Hélène Lefèvre" is also "Hélène Lefèvre", "Mme. Lefèvre"
                cast.addAlias(c, bare);
                cast.addAlias(c, name.substring(0, name.length() - bare.length()) + NameShapes.surname(bare));
            }
        }
        return c;
    }

    /**
     * The character a full name stands for by the form its labels take: its first name ("Theodore" for "Theodore
     * Twombly", after a title: "Dr. Helen Marsh"), its first name and initial ("Danny K." for "Danny Kowalski"), or
     * its surname where the labels use surnames ("Teague" for "Gordon Teague").
     */
    private static Candidate byNameForm(String name, CastDraft cast) {
        String bare = PersonTitles.withoutTitle(name);
        Candidate untitled = bare.equals(name) ? null : cast.answeringTo(bare); // "Captain Corin Vale"
        if (untitled != null) {
            return untitled;
        }
        String[] words = bare.split(" +");
        Candidate byFirst = cast.get(words[0]);
        if (byFirst != null || words.length < 2) {
            return byFirst;
        }
        String initial = words[0] + " " + words[1].charAt(0) + ".";
        Candidate byInitial = cast.get(initial);
        if (byInitial != null) {
            return byInitial;
        }
        Candidate bySurname = cast.answeringTo(words[words.length - 1]); // "Cole", or "Abernathy" of "Mrs. Abernathy"
        return bySurname != null && bySurname.lines > 0 && !otherFirstName(bySurname, words[0]) ? bySurname : null;
    }

    /**
     * A candidate whose name another's credit or prose gives as that one's full name ("Nora Crane" labelling lines,
     * "Nora" credited with her actor and called "Nora Crane") is that character, unless an actor of its own says
     * otherwise; its labels then name the other.
     */
    /**
     * Willem "Dutch" Dekker: the character called Dutch answers to Willem Dekker and Willem too, so that one called
     * Willem joins him ({@link #mergeNamesOfOthers}); with no Dutch in the cast, Willem answers to Dutch.
     */
    private static void addNicknames(Corpus corpus, CastDraft cast, People people) {
        for (Nicknames.Nickname n : Nicknames.find(corpus)) {
            Candidate byNickname = cast.answeringTo(n.nickname());
            Candidate byName = resolve(n.fullName(), cast, people, false);
            if (byName == null) {
                byName = cast.answeringTo(n.first());
            }
            if (byNickname != null && byNickname != byName) {
                cast.addAlias(byNickname, n.fullName());
                if (byName != null && byName.name.equals(n.first())) {
                    cast.addAlias(byNickname, n.first());
                }
            } else if (byNickname == null && byName != null) {
                cast.addAlias(byName, n.nickname());
            }
        }
    }

    /**
     * "Mulroney:" labels the lines of the man a credit names Detective Ray Mulroney: a one-word name that is the
     * surname of exactly one other character's full name is that character (two Vales, a brother and a sister, stay
     * apart), when one of the two never speaks: a credit's name and the label his lines go under ("Detective
     * Mulroney", titled, as a surname that speaks must be), or a credit to the surname alone ("Dekker (Rafe
     * Calloway)"). The one with the lines keeps the name, as the pages call him, and the actor comes along.
     */
    private static void mergeSurnames(CastDraft cast, Map<String, String> labelToName) {
        Map<String, Set<Candidate>> bySurname = new HashMap<>();
        for (Candidate o : cast.byName.values()) {
            for (String a : o.aliases()) {
                int space = a.lastIndexOf(' ');
                if (space > 0 && Character.isUpperCase(a.charAt(0))) {
                    bySurname.computeIfAbsent(a.substring(space + 1), k -> new LinkedHashSet<>()).add(o);
                }
            }
        }
        for (Candidate c : List.copyOf(cast.byName.values())) {
            Set<Candidate> owners = c.name.contains(" ") ? Set.of() : bySurname.getOrDefault(c.name, Set.of());
            List<Candidate> others = owners.stream().filter(o -> o != c).toList(); // "Detective Mulroney" is c's own
            if (cast.byName.get(c.name) != c || others.size() != 1) {
                continue;
            }
            Candidate owner = others.get(0);
            if (cast.byName.get(owner.name) != owner || c.lines > 0 && owner.lines > 0
                    || c.actor != null && owner.actor != null && !c.actor.equals(owner.actor)
                    || c.lines > 0 && !titled(c)) {
                // two who both speak are two people; a bare surname that speaks may be a family's ("Vale:", the
                // father of the credited Nora Vale), unless a title says it is one man's ("Detective Mulroney")
                continue;
            }
            Candidate keep = c.lines > owner.lines ? c : owner;
            Candidate gone = keep == c ? owner : c;
            String actor = keep.actor != null ? keep.actor : gone.actor;
            cast.merge(gone, keep);
            keep.actor = actor;
            labelToName.replaceAll((label, name) -> name.equals(gone.name) ? keep.name : name);
        }
    }

    /**
     * Called by a rank or a profession ("Detective Mulroney"): one man, whom the pages name by surname. Not Mr. or
     * Mrs., which a family's members share.
     */
    private static boolean titled(Candidate c) {
        return c.aliases().stream().anyMatch(a -> !PersonTitles.withoutTitle(a).equals(a)
                && !FAMILY_TITLE.matcher(a).lookingAt());
    }

    private static final Pattern FAMILY_TITLE = Pattern.compile("(?i)(?:mr|mrs|ms|miss|mx|mme|madame|señora|señor|"
            + "herr|frau)\\b");

    private static void mergeNamesOfOthers(CastDraft cast, Map<String, String> labelToName) {
        for (Candidate c : List.copyOf(cast.byName.values())) {
            Candidate other = cast.byName.get(c.name) == c ? cast.otherWithAlias(c.name, c) : null;
            if (other == null || c.actor != null && !c.actor.equals(other.actor)) {
                continue;
            }
            cast.merge(c, other);
            labelToName.replaceAll((label, name) -> name.equals(c.name) ? other.name : name);
        }
    }

    /** The candidate has a full name with another first name ("Draco Malfoy", asked about "Lucius Malfoy"). */
    private static boolean otherFirstName(Candidate c, String firstName) {
        for (String alias : c.aliases()) {
            int space = alias.indexOf(' ');
            if (space > 0 && Character.isUpperCase(alias.charAt(0))
                    && !alias.substring(0, space).equals(firstName)) {
                return true;
            }
        }
        return false;
    }

    /** Each character gets the actor most often credited; an actor plays one character, the best attested. */
    private static void assignActors(Map<String, Candidate> cast) {
        for (Candidate c : cast.values()) {
            c.actor = c.actorVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(null);
        }
        Map<String, Candidate> owner = new LinkedHashMap<>();
        for (Candidate c : cast.values()) {
            if (c.actor == null) {
                continue;
            }
            Candidate other = owner.get(c.actor);
            if (other == null) {
                owner.put(c.actor, c);
                continue;
            }
            boolean better = c.votesFor(c.actor) > other.votesFor(c.actor)
                    || c.votesFor(c.actor) == other.votesFor(c.actor) && c.lines > other.lines;
            Candidate loser = better ? other : c;
            if (better) {
                owner.put(c.actor, c);
            }
            loser.actor = null;
        }
    }

    /**
     * Full names ("Theodore Twombly"): the character's name followed by a word that is always capitalised, seen at
     * least twice, and not the name of a real person ("Samantha Morton", "Amy Adams").
     */
    private static void addFullNames(Corpus corpus, WordStats words, CastDraft cast, People people) {
        Set<String> names = new HashSet<>();
        for (Candidate c : cast.byName.values()) {
            if (!c.name.contains(" ")) {
                names.add(c.name);
            }
        }
        FirstWords singleNames = new FirstWords(names);
        // One pass over the passages with a set lookup, not one pass per character: the cast grows with the corpus.
        // The passages are read on all cores; the pairs are counted in corpus order (first seen, first aliased).
        List<Passage> passages = corpus.passages();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (List<String> pairs : InOrder.chunks(passages.size(), (from, to) -> {
            List<String> found = new ArrayList<>();
            Matcher nameWord = NAME_WORD.matcher("");
            for (Passage passage : passages.subList(from, to)) {
                forEachWordAndNext(passage.text(), singleNames, (name, next) -> {
                    if (words.isProper(next) && !NameShapes.isFunctionWord(next) && nameWord.reset(next).matches()) {
                        found.add(name + " " + next);
                    }
                });
            }
            return found;
        })) {
            pairs.forEach(full -> seen.merge(full, 1, Integer::sum));
        }
        seen.forEach((full, n) -> {
            if (n >= 2 && !people.has(full)) {
                Candidate c = cast.get(NameShapes.firstWord(full));
                if (c != null && !cast.aliasUsedByOther(full, c)) {
                    cast.addAlias(c, full);
                }
            }
        });
    }

    /**
     * Each {@link #WORD_AND_NEXT} match whose first word is one of {@code firstWords}, as the regex finds them when
     * each search resumes at the second word. By hand, one word at a time: the regex tried every offset.
     */
    static void forEachWordAndNext(String text, FirstWords firstWords, BiConsumer<String, String> sink) {
        // the scan reads a char[], not String.charAt (ADR 14)
        char[] chars = text.toCharArray();
        if (AnchoredMatches.hasSurrogates(chars)) {
            Matcher m = WORD_AND_NEXT.matcher(text);
            int from = 0;
            while (m.find(from)) {
                from = m.start(2); // the next word may itself be a name followed by its surname
                if (firstWords.contains(m.group(1))) {
                    sink.accept(m.group(1), m.group(2));
                }
            }
            return;
        }
        Matcher next = NAME_WORD.matcher(text);
        int n = chars.length;
        // Only a run of non-blanks followed by a space and a capital can match (\p{Lu} is within isUpperCase), so
        // only the runs before such spaces are read, backwards to the blank before.
        for (int end = 0; end + 1 < n; end++) {
            if (chars[end] != ' ' || !Character.isUpperCase(chars[end + 1])) {
                continue;
            }
            int at = end;
            while (at > 0 && !RegexSpace.is(chars[at - 1])) {
                at--;
            }
            // The regex's first word runs from a letter or digit that follows no letter to the end of the run of
            // non-spaces; every such start in one run ends at the same space, so the first one decides.
            int start = at;
            while (start < end && !(FormMatcher.isWordChar(chars[start])
                    && (start == 0 || !Character.isLetter(chars[start - 1])))) {
                start++;
            }
            String word = start < end ? firstWords.exactly(chars, start, end) : null;
            if (word != null && next.region(end + 1, n).lookingAt()) {
                sink.accept(word, next.group());
            }
        }
    }

    /** The single-word names, in a set and in a trie (found in the text without a String per word). */
    static final class FirstWords {
        private final Set<String> words;
        private final FormMatcher trie;

        FirstWords(Set<String> words) {
            this.words = words;
            this.trie = new FormMatcher(words);
        }

        boolean contains(String word) {
            return words.contains(word);
        }

        /** The word equal to {@code text[start, end)}, or null. */
        String exactly(char[] text, int start, int end) {
            return trie.exactly(text, start, end);
        }
    }

    private static Map<String, List<String>> quotesBySpeaker(List<Quote> quotes, Map<String, Candidate> cast,
                                                           Map<String, String> labelToName) {
        Map<String, String> nameOf = new LinkedHashMap<>();
        for (Candidate c : cast.values()) {
            nameOf.put(c.name.toLowerCase(Locale.ROOT), c.name);
            c.aliases().forEach(a -> nameOf.putIfAbsent(a.toLowerCase(Locale.ROOT), c.name));
        }
        labelToName.forEach((label, name) -> {
            if (cast.containsKey(name)) {
                nameOf.putIfAbsent(label.toLowerCase(Locale.ROOT), name);
            }
        });
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Quote q : quotes) {
            if (q.speaker() == null) {
                continue;
            }
            String name = nameOf.get(q.speaker().toLowerCase(Locale.ROOT));
            if (name == null) {
                name = nameOf.get(NameShapes.firstWord(q.speaker()).toLowerCase(Locale.ROOT));
            }
            if (name != null) {
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(q.id());
            }
        }
        return out;
    }
}
