package org.filmlens.index;

import java.io.IOException;
import java.util.Iterator;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FilterCodecReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.util.Bits;

/** An old segment showing its first {@code kept} documents, with their speakers replaced. */
final class SegmentWithNewSpeakers extends FilterCodecReader {
    private final int kept;
    private final SpeakerPostings.Postings speakers;
    private final Bits live;

    SegmentWithNewSpeakers(CodecReader in, int kept, SpeakerPostings.Postings speakers) {
        super(in);
        this.kept = kept;
        this.speakers = speakers;
        int maxDoc = in.maxDoc();
        this.live = new Bits() {
            @Override
            public boolean get(int index) {
                return index < kept;
            }

            @Override
            public int length() {
                return maxDoc;
            }
        };
    }

    @Override
    public Bits getLiveDocs() {
        return kept == maxDoc() ? null : live; // none hidden: the merge may then copy stored fields in bulk
    }

    @Override
    public int numDocs() {
        return kept;
    }

    @Override
    public FieldsProducer getPostingsReader() {
        FieldsProducer postings = super.getPostingsReader();
        return postings == null ? null : new SpeakersReplaced(postings, speakers);
    }

    @Override
    protected void doClose() {
        // the segment belongs to the old index's reader, which closes it
    }

    // no cache keys: this view has other postings and live documents than the segment, so it must not share
    // the segment's key (a cache entry made for one would be served for the other)
    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    /** A segment's postings with the speaker field's taken from the new analysis (null: no speakers). */
    private static final class SpeakersReplaced extends FieldsProducer {
        private final FieldsProducer in;
        private final SpeakerPostings.Postings speakers;

        SpeakersReplaced(FieldsProducer in, SpeakerPostings.Postings speakers) {
            this.in = in;
            this.speakers = speakers;
        }

        // the segment's fields serve as they are: PerFieldPostingsFormat lists every indexed field of the field
        // infos, the speaker field among them even where it has no terms, and KeptPassages.runs merges only
        // segments whose speaker field is indexed (or that get no speakers, where terms() answers null)
        @Override
        public Iterator<String> iterator() {
            return in.iterator();
        }

        @Override
        public Terms terms(String field) throws IOException {
            return IndexSchema.SPEAKER.equals(field) ? speakers : in.terms(field);
        }

        @Override
        public int size() {
            return in.size();
        }

        @Override
        public void close() {
            // the postings reader belongs to the old segment, which the old index's reader closes (as doClose above)
        }

        @Override
        public void checkIntegrity() throws IOException {
            in.checkIntegrity();
        }

        @Override
        public FieldsProducer getMergeInstance() {
            return new SpeakersReplaced(in.getMergeInstance(), speakers);
        }
    }
}
