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
 */
final class EnglishTextAnalyzer extends Analyzer {
    private final boolean stemmed;

    EnglishTextAnalyzer(boolean stemmed) {
        this.stemmed = stemmed;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(source);
        if (stemmed) {
            stream = new EnglishPossessiveFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        if (stemmed) {
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new PorterStemFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new ASCIIFoldingFilter(in));
    }
}
