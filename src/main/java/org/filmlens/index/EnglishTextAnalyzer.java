package org.filmlens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English words. ASCII folding comes first: it maps curly apostrophes and accented letters to their plain forms,
 * so "heart’s" and "heart's" (or "Amélie" and "Amelie") are the same word.
 *
 * <p>The stemmed variant (field {@code text}) drops possessives and stop words and stems, so "loving" finds
 * "love". The exact variant (field {@code exact}) keeps every word as written (lower-cased): quoted phrases search
 * it, so "come find me" matches those words in that order, "me" included.
 *
 * <p>Both variants share their first steps ({@link #folded}); the index builder runs those once per text and
 * feeds the two fields' remaining steps ({@link #finish}) from the one result ({@link SharedTokens}).
 */
final class EnglishTextAnalyzer extends Analyzer {
    private final boolean stemmed;

    EnglishTextAnalyzer(boolean stemmed) {
        this.stemmed = stemmed;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, finish(folded(source), stemmed));
    }

    /** The steps both variants take first: words, folded to ASCII. */
    static TokenStream folded(StandardTokenizer source) {
        return new ASCIIFoldingFilter(source);
    }

    /** The rest of a variant's steps, after {@link #folded}. */
    static TokenStream finish(TokenStream folded, boolean stemmed) {
        TokenStream stream = folded;
        if (stemmed) {
            stream = new EnglishPossessiveFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        if (stemmed) {
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new PorterStemFilter(stream);
        }
        return stream;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new ASCIIFoldingFilter(in));
    }
}
