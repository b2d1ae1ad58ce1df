package org.filmlens.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Reads the workbench query syntax into a Lucene query. The syntax is deliberately small, so every mistake can be
 * named with its position and nothing a user types can make a query explode:
 * <ul>
 *   <li>{@code love story}: both words (AND), stemmed: "loving" matches "love";</li>
 *   <li>{@code "come find me"}: these exact words in this order (straight or curly quotation marks);</li>
 *   <li>{@code -word}, {@code -"a phrase"}: exclude;</li>
 *   <li>{@code a OR b}: either; OR binds tighter than the implicit AND, so {@code a b OR c} is a AND (b OR c);</li>
 *   <li>{@code source:ID}: only that source's passages;</li>
 *   <li>{@code lov*}: words starting with "lov" (at least {@value #MIN_PREFIX} characters; only at a word's end).</li>
 * </ul>
 * Thread-safe: it keeps no state between calls.
 */
final class UserQueryParser {
    static final int MAX_LENGTH = 2000;
    static final int MAX_TERMS = 100;
    static final int MIN_PREFIX = 2;
    private static final String SOURCE_PREFIX = "source:";

    private final QueryBuilder builder;
    private final String sourceField;
    private final List<SearchFields> fields;

    /**
     * @param sourceField the keyword field that {@code source:ID} looks up
     * @param fields      each word or phrase matches when it matches in any of these
     */
    UserQueryParser(Analyzer analyzer, String sourceField, List<SearchFields> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a query parser needs at least one field to search");
        }
        this.builder = new QueryBuilder(analyzer);
        this.sourceField = sourceField;
        this.fields = List.copyOf(fields);
    }

    private enum Kind { WORD, PHRASE, SOURCE, OR }

    /** One piece of the query; {@code position} is 1-based, as a person counts characters. */
    private record Token(Kind kind, String text, boolean excluded, int position) {}

    Query parse(String query) throws QuerySyntaxException {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException("the query is empty");
        }
        if (query.length() > MAX_LENGTH) {
            throw new QuerySyntaxException("the query is too long (" + query.length() + " characters, at most "
                    + MAX_LENGTH + ")");
        }
        List<Token> tokens = tokenize(query);
        if (tokens.size() > MAX_TERMS) {
            throw new QuerySyntaxException("the query has too many terms (" + tokens.size() + ", at most "
                    + MAX_TERMS + ")");
        }
        return build(group(tokens));
    }

    // ------------------------------------------------------------------ lexing

    private static List<Token> tokenize(String q) throws QuerySyntaxException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean excluded = false;
            if (c == '-') {
                excluded = true;
                i++;
                if (i >= n || Character.isWhitespace(q.charAt(i))) {
                    throw new QuerySyntaxException("'-' at position " + (start + 1)
                            + " must be followed by a word or phrase to exclude");
                }
                c = q.charAt(i);
            }
            if (isQuotationMark(c)) {
                int close = i + 1;
                while (close < n && !isQuotationMark(q.charAt(close))) {
                    close++;
                }
                if (close >= n) {
                    throw new QuerySyntaxException("unbalanced quotation mark at position " + (i + 1));
                }
                String phrase = q.substring(i + 1, close);
                if (phrase.isBlank()) {
                    throw new QuerySyntaxException("empty phrase at position " + (i + 1));
                }
                tokens.add(new Token(Kind.PHRASE, phrase, excluded, start + 1));
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(q.charAt(end)) && !isQuotationMark(q.charAt(end))) {
                end++;
            }
            String word = q.substring(i, end);
            i = end;
            if (word.equals("OR") && !excluded) {
                tokens.add(new Token(Kind.OR, word, false, start + 1));
            } else if (word.regionMatches(true, 0, SOURCE_PREFIX, 0, SOURCE_PREFIX.length())) {
                String id = word.substring(SOURCE_PREFIX.length());
                if (id.isEmpty()) {
                    throw new QuerySyntaxException("'source:' at position " + (start + 1)
                            + " must be followed by a source id, as in source:ID");
                }
                tokens.add(new Token(Kind.SOURCE, id, excluded, start + 1));
            } else {
                tokens.add(new Token(Kind.WORD, word, excluded, start + 1));
            }
        }
        return tokens;
    }

    /** Straight and typographic double quotation marks all open and close phrases (people paste either). */
    private static boolean isQuotationMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    // ------------------------------------------------------------------ grammar

    /** Splits the token list into AND-ed groups of OR-ed alternatives. */
    private static List<List<Token>> group(List<Token> tokens) throws QuerySyntaxException {
        List<List<Token>> groups = new ArrayList<>();
        Token pendingOr = null;
        for (Token t : tokens) {
            if (t.kind() == Kind.OR) {
                if (pendingOr != null || groups.isEmpty()) {
                    throw new QuerySyntaxException("OR at position " + t.position() + " needs a word or phrase before it");
                }
                pendingOr = t;
                continue;
            }
            if (pendingOr != null) {
                List<Token> last = groups.get(groups.size() - 1);
                last.add(t);
                for (Token alternative : last) {
                    if (alternative.excluded()) {
                        throw new QuerySyntaxException("'-' at position " + alternative.position()
                                + " cannot be combined with OR; exclude outside the OR");
                    }
                }
                pendingOr = null;
            } else {
                List<Token> g = new ArrayList<>();
                g.add(t);
                groups.add(g);
            }
        }
        if (pendingOr != null) {
            throw new QuerySyntaxException("OR at position " + pendingOr.position() + " needs a word or phrase after it");
        }
        return groups;
    }

    private Query build(List<List<Token>> groups) throws QuerySyntaxException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean positive = false;
        boolean excludes = false;
        for (List<Token> g : groups) {
            if (g.size() == 1) {
                Token t = g.get(0);
                Query q = operand(t);
                if (q == null) {
                    continue; // only punctuation: nothing to search for in this piece
                }
                if (t.excluded()) {
                    all.add(q, Occur.MUST_NOT);
                    excludes = true;
                } else {
                    all.add(q, t.kind() == Kind.SOURCE ? Occur.FILTER : Occur.MUST);
                    positive = true;
                }
                continue;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            int alternatives = 0;
            for (Token t : g) {
                Query q = operand(t);
                if (q != null) {
                    either.add(q, Occur.SHOULD);
                    alternatives++;
                }
            }
            if (alternatives > 0) {
                all.add(either.build(), Occur.MUST);
                positive = true;
            }
        }
        if (!positive) {
            throw new QuerySyntaxException(excludes ? "the query only excludes; add a word or phrase to search for"
                    : "the query has no words to search for");
        }
        return all.build();
    }

    /** The query for one word, phrase or filter, or null when it holds no searchable characters. */
    private Query operand(Token t) throws QuerySyntaxException {
        if (t.kind() == Kind.SOURCE) {
            return new TermQuery(new Term(sourceField, t.text()));
        }
        if (fields.size() == 1) {
            return operand(t, fields.get(0));
        }
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        boolean any = false;
        for (SearchFields f : fields) {
            Query q = operand(t, f);
            if (q != null) {
                anyField.add(q, Occur.SHOULD);
                any = true;
            }
        }
        return any ? anyField.build() : null;
    }

    private Query operand(Token t, SearchFields f) throws QuerySyntaxException {
        return t.kind() == Kind.PHRASE ? builder.createPhraseQuery(f.exact(), t.text()) : word(t, f);
    }

    private Query word(Token t, SearchFields f) throws QuerySyntaxException {
        String w = t.text();
        int star = w.indexOf('*');
        if (star >= 0) {
            return prefix(t, star, f);
        }
        // A single word that the analyzer splits ("self-aware") becomes a phrase of its parts.
        Query q = builder.createPhraseQuery(f.stemmed(), w);
        // A stop word ("me", "her") has no stemmed form: look it up as written.
        return q != null ? q : builder.createPhraseQuery(f.exact(), w);
    }

    private Query prefix(Token t, int star, SearchFields f) throws QuerySyntaxException {
        String w = t.text();
        int at = t.position() + (t.excluded() ? 1 : 0) + star;
        if (star != w.length() - 1) {
            throw new QuerySyntaxException("'*' at position " + at + " can only end a word, as in lov*");
        }
        String stem = w.substring(0, star);
        if (stem.codePointCount(0, stem.length()) < MIN_PREFIX || !stem.codePoints().allMatch(Character::isLetterOrDigit)) {
            throw new QuerySyntaxException("'*' at position " + at + " needs at least " + MIN_PREFIX
                    + " letters before it, as in lov*");
        }
        BytesRef normalized = builder.getAnalyzer().normalize(f.exact(), stem.toLowerCase(Locale.ROOT));
        return new PrefixQuery(new Term(f.exact(), normalized));
    }
}
