package org.filmlens.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.filmlens.corpus.Corpus;
import org.filmlens.corpus.Film;
import org.filmlens.corpus.Passage;
import org.filmlens.corpus.PassageKind;
import org.filmlens.corpus.Source;
import org.filmlens.corpus.SourceKind;

/**
 * A corpus with a chosen number of quote occurrences, for timing quote linking against its input size, shaped as
 * the ingest shapes the sample (labelled lines are DIALOGUE passages of quotes and listing pages). Invented
 * lines of dialogue (made-up words among common English ones, so lines share words the way real ones do) are
 * each labelled on a quotes page, in a listicle, and quoted in article prose in the ways the linker must tolerate:
 * curly or straight quotes, changed case, a dropped word, a fragment, an attribution splitting the line.
 */
final class SyntheticQuotes {
    /** Occurrences made per line of dialogue: two labelled, the rest in prose. */
    static final int OCCURRENCES_PER_LINE = 10;
    private static final int LINES_PER_QUOTES_PAGE = 200;
    private static final int QUOTES_PER_ARTICLE = 120;
    private static final String[] COMMON = ("i you the to and a it that of is in me what this know don't we "
            + "just your not be have do it's was for so but all my can with are on like want there how feel "
            + "never always love think here now who when he she they said only").split(" ");
    private static final String[] SYLLABLES = ("ka lo mi ren sa tor vel an dri po mu sen ta fi gor le na bri "
            + "cas el om ur shi va zen tu re qui bel dor").split(" ");
    private static final String[] FILLER = {
        "The scene plays out in one long take, and the camera never looks away.",
        "Critics have argued about this moment since the film came out.",
        "It is the line that most reviews remember, and for good reason.",
        "Nothing in the script prepares us for how quietly it lands.",
    };

    private final Random rnd;
    private final List<String> vocabulary = new ArrayList<>();
    private final List<String> speakers = new ArrayList<>();

    private SyntheticQuotes(long seed) {
        rnd = new Random(seed);
        for (int i = 0; vocabulary.size() < 20_000; i++) {
            int syllables = 2 + rnd.nextInt(3);
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                w.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
            }
            vocabulary.add(w.toString());
        }
        for (int i = 0; i < 24; i++) {
            String w = vocabulary.get(rnd.nextInt(vocabulary.size()));
            speakers.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
    }

    /** A corpus holding about {@code occurrences} quote occurrences (a multiple of {@link #OCCURRENCES_PER_LINE}). */
    static Corpus withOccurrences(int occurrences, long seed) {
        return new SyntheticQuotes(seed).build(Math.max(1, occurrences / OCCURRENCES_PER_LINE));
    }

    private Corpus build(int lineCount) {
        List<String> lines = new ArrayList<>(lineCount);
        List<String> saidBy = new ArrayList<>(lineCount);
        for (int i = 0; i < lineCount; i++) {
            lines.add(line());
            saidBy.add(speakers.get(rnd.nextInt(speakers.size())));
        }
        SourceWriter out = new SourceWriter();
        for (int from = 0; from < lineCount; from += LINES_PER_QUOTES_PAGE) {
            out.begin(SourceKind.QUOTES, "Memorable quotes, part " + (from / LINES_PER_QUOTES_PAGE + 1));
            for (int i = from; i < Math.min(lineCount, from + LINES_PER_QUOTES_PAGE); i++) {
                out.passage(PassageKind.DIALOGUE, saidBy.get(i) + " : " + lines.get(i));
            }
            out.end();
        }
        for (int from = 0; from < lineCount; from += LINES_PER_QUOTES_PAGE) {
            out.begin(SourceKind.LISTING, "The best lines of the film, ranked (" + (from / LINES_PER_QUOTES_PAGE + 1)
                    + ")");
            for (int i = from; i < Math.min(lineCount, from + LINES_PER_QUOTES_PAGE); i++) {
                out.passage(PassageKind.DIALOGUE, saidBy.get(i) + ": " + lines.get(i));
            }
            out.end();
        }
        List<int[]> prose = new ArrayList<>(lineCount * (OCCURRENCES_PER_LINE - 2));
        for (int i = 0; i < lineCount; i++) {
            for (int v = 0; v < OCCURRENCES_PER_LINE - 2; v++) {
                prose.add(new int[] {i, v});
            }
        }
        Collections.shuffle(prose, rnd);
        for (int from = 0; from < prose.size(); from += QUOTES_PER_ARTICLE) {
            out.begin(SourceKind.ARTICLE, "What the film is really saying, essay " + (from / QUOTES_PER_ARTICLE + 1));
            for (int k = from; k < Math.min(prose.size(), from + QUOTES_PER_ARTICLE); k += 2) {
                StringBuilder paragraph = new StringBuilder(FILLER[rnd.nextInt(FILLER.length)]);
                for (int j = k; j < Math.min(prose.size(), k + 2); j++) {
                    int[] occ = prose.get(j);
                    paragraph.append(' ').append(inProse(lines.get(occ[0]), saidBy.get(occ[0]), occ[1]));
                }
                out.passage(PassageKind.PARAGRAPH, paragraph.toString());
            }
            out.end();
        }
        return new Corpus(new Film("A synthetic film", 2000, null), out.sources, out.passages);
    }

    private String line() {
        int words = 6 + rnd.nextInt(11);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = rnd.nextBoolean() ? COMMON[rnd.nextInt(COMMON.length)]
                    : vocabulary.get((int) Math.abs(rnd.nextGaussian() * vocabulary.size() / 3) % vocabulary.size());
            b.append(i == 0 ? "" : (i == words / 2 && rnd.nextInt(3) == 0 ? ", " : " ")).append(w);
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.append(rnd.nextInt(4) == 0 ? "?" : ".").toString().replace(" i ", " I ");
    }

    /** One way an article quotes a line; {@code variant} picks which. */
    private String inProse(String line, String speaker, int variant) {
        String bare = line.substring(0, line.length() - 1);
        String[] words = bare.split(" ");
        return switch (variant % 8) {
            case 0 -> "\u201C" + line + "\u201D " + speaker + " says.";
            case 1 -> "As " + speaker + " puts it, \"" + line + "\"";
            case 2 -> speaker + " tells her: \u201C" + bare.toLowerCase(Locale.ROOT) + ".\u201D";
            case 3 -> "\u201C" + dropOneWord(words) + ",\u201D " + speaker + " admits.";
            case 4 -> "Later comes \u201C\u2026" + String.join(" ", tail(words)) + "\u2026\u201D and the room goes quiet.";
            case 5 -> {
                int cut = Math.max(2, words.length / 2);
                yield "\u201C" + String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut)) + ",\u201D "
                        + speaker + " says, \u201C" + String.join(" ", java.util.Arrays.copyOfRange(words, cut,
                        words.length)) + ".\u201D";
            }
            case 6 -> "When " + speaker + " says \u201C" + line + "\u201D we believe it.";
            default -> "\u201C" + line.replace("'", "\u2019") + "\u201D";
        };
    }

    private String dropOneWord(String[] words) {
        int drop = 1 + rnd.nextInt(words.length - 1);
        List<String> kept = new ArrayList<>(List.of(words));
        kept.remove(drop);
        return String.join(" ", kept);
    }

    private static String[] tail(String[] words) {
        return java.util.Arrays.copyOfRange(words, Math.min(words.length - 4, words.length / 3), words.length);
    }

    /** Lays out sources with passages separated by blank lines, keeping the offsets exact. */
    private static final class SourceWriter {
        final List<Source> sources = new ArrayList<>();
        final List<Passage> passages = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Passage> pending = new ArrayList<>();
        private SourceKind kind;
        private String title;

        void begin(SourceKind kind, String title) {
            this.kind = kind;
            this.title = title;
            text.setLength(0);
            pending.clear();
            passage(PassageKind.HEADING, title);
        }

        void passage(PassageKind passageKind, String body) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(body);
            String sourceId = sourceId();
            pending.add(new Passage(sourceId + "-p" + pending.size(), sourceId, pending.size(), passageKind,
                    passageKind == PassageKind.HEADING ? null : title, start, text.length(), body));
        }

        void end() {
            sources.add(new Source(sourceId(), title, "synthetic.example", null, null, kind, text.toString()));
            passages.addAll(pending);
        }

        private String sourceId() {
            return String.format(Locale.ROOT, "syn%06d", sources.size());
        }
    }
}
