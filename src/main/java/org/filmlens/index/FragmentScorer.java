package org.filmlens.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks the sentences of a long passage for its fragments: each distinct matched term adds its BM25-style weight
 * (rarer in the document counts more, repeats in the sentence count less and less), and earlier sentences win ties.
 * The highlighter's own scorer does the same with a hash table per sentence, allocating a 32 KB block each time;
 * a sentence holds a handful of matches, so comparing them pairwise costs less than that allocation.
 */
final class FragmentScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int n = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        float score = 0;
        for (int i = 0; i < n; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < n; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    inPassage++;
                }
            }
            score += weight(contentLength, freqsInDoc[i]) * tf(inPassage, passage.getLength());
        }
        return score * norm(passage.getStartOffset());
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) {
            if (terms[j].bytesEquals(terms[i])) {
                return true;
            }
        }
        return false;
    }
}
