package org.filmlens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed queries get one plain sentence that says what is wrong and where (positions count from 1). */
class QuerySyntaxTest {
    static org.apache.lucene.analysis.Analyzer analyzer;
    static UserQueryParser parser;

    @BeforeAll
    static void setUp() {
        analyzer = IndexSchema.analyzer();
        parser = new UserQueryParser(analyzer, IndexSchema.SOURCE, java.util.List.of(SearchFields.PASSAGE_TEXT));
    }

    @AfterAll
    static void tearDown() {
        analyzer.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "come \"find me           | unbalanced quotation mark at position 6",
        "\"                       | unbalanced quotation mark at position 1",
        "love \"\"                | empty phrase at position 6",
        "OR love                  | OR at position 1 needs a word or phrase before it",
        "love OR                  | OR at position 6 needs a word or phrase after it",
        "love OR OR hate          | OR at position 9 needs a word or phrase before it",
        "love -                   | '-' at position 6 must be followed by a word or phrase to exclude",
        "-                        | '-' at position 1 must be followed by a word or phrase to exclude",
        "-love                    | the query only excludes; add a word or phrase to search for",
        "love OR -hate            | '-' at position 9 cannot be combined with OR; exclude outside the OR",
        "*ove                     | '*' at position 1 can only end a word, as in lov*",
        "lo*ve                    | '*' at position 3 can only end a word, as in lov*",
        "l*                       | '*' at position 2 needs at least 2 letters before it, as in lov*",
        "love source:             | 'source:' at position 6 must be followed by a source id, as in source:ID",
        "?? !!                    | the query has no words to search for",
    })
    void malformedQueriesAreNamedWithTheirPosition(String query, String message) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> parser.parse(query));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyQueriesAreRefused(String query) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> parser.parse(query));
        assertEquals("the query is empty", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "x "})
    void hugeQueriesAreRefused(String unit) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                () -> parser.parse(unit.repeat(UserQueryParser.MAX_LENGTH / unit.length() + 1)));
        assertEquals(true, e.getMessage().startsWith("the query is too long"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "love story                 | +text:love +text:stori",
        "\"come find me\"           | +exact:\"come find me\"",
        "love -hate                 | +text:love -text:hate",
        "love hate OR war           | +text:love +(text:hate text:war)",
        "love source:abc            | +text:love #source:abc",
        "the                        | +exact:the",
        "self-aware                 | +text:\"self awar\"",
        "lov*                       | +exact:lov*",
        "“curly quotes”             | +exact:\"curly quotes\"",
    })
    void wellFormedQueries(String query, String lucene) throws QuerySyntaxException {
        assertEquals(lucene, parser.parse(query).toString());
    }
}
